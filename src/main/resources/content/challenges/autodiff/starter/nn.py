"""A small multi-layer perceptron built on engine.Value, and a plain gradient-descent training loop."""
from engine import Value


class MLP:
    def __init__(self, sizes, weights):
        """sizes: [n_inputs, n_layer_1, ..., n_outputs]; weights: the initial parameters, in the order of parameters().

        Raise ValueError when len(weights) is not the number of parameters the sizes need.
        """
        raise NotImplementedError

    def __call__(self, x):
        """x: a list of n_inputs numbers (or Values). Return a list of Values, one per output neuron."""
        raise NotImplementedError

    def parameters(self):
        """Every weight and bias, as the Value objects the network computes with."""
        raise NotImplementedError

    def zero_grad(self):
        raise NotImplementedError


def train(model, xs, ys, steps, lr):
    """Gradient descent on the summed squared error of model's first output. Return the loss of each step."""
    raise NotImplementedError
