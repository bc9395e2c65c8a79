"""Checks for nn.MLP and nn.train. Initial weights come from the driver's random source."""
from engine import Value
from nn import MLP, train

XOR_X = [[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]]
XOR_Y = [-1.0, 1.0, 1.0, -1.0]


def count(sizes):
    return sum((n_in + 1) * n_out for n_in, n_out in zip(sizes, sizes[1:]))


def draw(rng, n, low=-1.0, high=1.0):
    return [round(rng.uniform(low, high), 4) for _ in range(n)]


def test_parameters_follow_the_weights_list(check, rng):
    sizes = [3, rng.randint(2, 4), 2]
    weights = draw(rng, count(sizes))
    model = MLP(sizes, weights)
    check(f"len(MLP({sizes}, weights).parameters()) for {len(weights)} weights", lambda: len(model.parameters()))
    check(f"[p.data for p in MLP({sizes}, {weights}).parameters()]", lambda: [p.data for p in model.parameters()])
    check(f"type(MLP({sizes}, weights).parameters()[0]).__name__",
          lambda: type(model.parameters()[0]).__name__)


def test_forward_pass(check, rng):
    sizes = [3, rng.randint(2, 4), 2]
    weights = draw(rng, count(sizes))
    model = MLP(sizes, weights)
    for _ in range(3):
        x = draw(rng, 3, -2, 2)
        check(f"len(MLP({sizes}, {weights})({x}))", lambda: len(model(x)))
        for i in range(2):
            check(f"MLP({sizes}, {weights})({x})[{i}].data", lambda: model(x)[i].data, places=9)


def test_wrong_number_of_weights(check, rng):
    sizes = [2, rng.randint(2, 4), 1]
    n = count(sizes)
    check(f"MLP({sizes}, {n - 1} weights)", lambda: MLP(sizes, draw(rng, n - 1)) and "no exception")
    check(f"MLP({sizes}, {n + 1} weights)", lambda: MLP(sizes, draw(rng, n + 1)) and "no exception")


def test_network_gradients(check, rng):
    sizes = [2, 3, 1]
    weights = draw(rng, count(sizes))
    x, y = draw(rng, 2, -2, 2), round(rng.uniform(-1, 1), 4)
    model = MLP(sizes, weights)
    loss = (model(x)[0] - y) ** 2
    loss.backward()
    params = model.parameters()
    for i in range(len(weights)):
        check(f"MLP({sizes}, {weights}); loss = (model({x})[0] - {y}) ** 2; parameters()[{i}].grad after "
              f"loss.backward()", lambda: params[i].grad, places=6)
    model.zero_grad()
    check("after model.zero_grad(): [p.grad for p in model.parameters()]", lambda: [p.grad for p in params])


def test_training_follows_gradient_descent(check, rng):
    sizes = [3, 3, 1]
    weights = draw(rng, count(sizes))
    xs = [draw(rng, 3) for _ in range(5)]
    ys = draw(rng, 5)
    steps, lr = 12, 0.05
    model = MLP(sizes, weights)
    losses = train(model, xs, ys, steps, lr)
    label = f"train(MLP({sizes}, {weights}), xs={xs}, ys={ys}, steps={steps}, lr={lr})"
    check(f"len({label})", lambda: len(losses))
    for i in range(steps):
        check(f"{label}[{i}]: the loss at step {i}", lambda: losses[i], places=6)
    params = model.parameters()
    for i in range(4):
        check(f"after {label}: parameters()[{i}].data", lambda: params[i].data, places=6)


def test_learns_xor(check, rng):
    sizes, steps, lr = [2, 4, 1], 100, 0.1
    predictions = None
    for _ in range(4):  # fresh starts: a rare draw of initial weights lands in a local minimum of XOR
        model = MLP(sizes, draw(rng, count(sizes)))
        train(model, XOR_X, XOR_Y, steps, lr)
        predictions = [1 if model(x)[0].data > 0 else 0 for x in XOR_X]
        if predictions == [0, 1, 1, 0]:
            break
    check(f"MLP({sizes}, random weights), train(model, {XOR_X}, {XOR_Y}, steps={steps}, lr={lr}), up to 4 fresh "
          f"starts: predictions (1 when model(x)[0].data > 0) for {XOR_X}", lambda: predictions)
