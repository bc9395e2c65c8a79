"""A small multi-layer perceptron built on engine.Value, and a plain gradient-descent training loop."""
from engine import Value


class MLP:
    def __init__(self, sizes, weights):
        sizes = list(sizes)
        if len(sizes) < 2:
            raise ValueError("sizes needs the number of inputs and at least one layer")
        numbers = list(weights)
        needed = sum((n_in + 1) * n_out for n_in, n_out in zip(sizes, sizes[1:]))
        if len(numbers) != needed:
            raise ValueError(f"{sizes} needs {needed} weights, got {len(numbers)}")
        it = iter(numbers)
        self.layers = []  # each layer: a list of neurons, each neuron: (weights, bias)
        for n_in, n_out in zip(sizes, sizes[1:]):
            layer = []
            for _ in range(n_out):
                w = [Value(next(it)) for _ in range(n_in)]
                b = Value(next(it))
                layer.append((w, b))
            self.layers.append(layer)

    def __call__(self, x):
        values = list(x)
        for layer in self.layers:
            outputs = []
            for w, b in layer:
                total = w[0] * values[0]
                for wi, xi in zip(w[1:], values[1:]):
                    total = total + wi * xi
                outputs.append((total + b).tanh())
            values = outputs
        return values

    def parameters(self):
        return [p for layer in self.layers for w, b in layer for p in (*w, b)]

    def zero_grad(self):
        for p in self.parameters():
            p.grad = 0.0


def train(model, xs, ys, steps, lr):
    losses = []
    params = model.parameters()
    for _ in range(steps):
        loss = Value(0.0)
        for x, y in zip(xs, ys):
            loss = loss + (model(x)[0] - y) ** 2
        model.zero_grad()
        loss.backward()
        for p in params:
            p.data -= lr * p.grad
        losses.append(loss.data)
    return losses
