"""Checks for engine.Value. Each gradient is compared with the reference solution's, to 6 decimal places; the label
also shows the driver's own central finite-difference estimate of the same derivative."""
from engine import Value

from exprs import OnFloats, OnValues, evaluate, finite_difference, fmt, random_tree, render


def pick(rng, low, high):
    return round(rng.uniform(low, high), 3)


def grads_of(check, text, f, point):
    """Build f on fresh Values at point, call backward() on the result, check the value and every variable's grad."""
    env = {name: Value(v) for name, v in point.items()}
    at = ", ".join(f"{name}={v}" for name, v in point.items())

    def build():
        out = f(**env, T=OnValues)
        out.backward()
        return out.data

    check(f"f({', '.join(point)}) = {text} at {at}: f.data", build, places=6)
    floats = lambda **kw: f(**kw, T=OnFloats)
    for name in point:
        fd = finite_difference(floats, point, name)
        check(f"f = {text} at {at}: {name}.grad after f.backward() (finite difference ≈ {fmt(fd)})",
              lambda: env[name].grad, places=6)


def test_forward_values(check, rng):
    x, y = pick(rng, 0.5, 3), pick(rng, -3, -0.5)
    cases = [
        ("x + y", lambda: Value(x) + Value(y)),
        ("x - y", lambda: Value(x) - Value(y)),
        ("x * y", lambda: Value(x) * Value(y)),
        ("x / y", lambda: Value(x) / Value(y)),
        ("x ** 3", lambda: Value(x) ** 3),
        ("x ** 0.5", lambda: Value(x) ** 0.5),
        ("y ** -2", lambda: Value(y) ** -2),
        ("-x", lambda: -Value(x)),
        ("x.tanh()", lambda: Value(x).tanh()),
        ("y.exp()", lambda: Value(y).exp()),
        ("x.relu()", lambda: Value(x).relu()),
        ("y.relu()", lambda: Value(y).relu()),
        ("x.log()", lambda: Value(x).log()),
    ]
    for text, make in cases:
        check(f"x = Value({x}), y = Value({y}); ({text}).data", lambda: make().data, places=9)
    check(f"Value({x}).grad before any backward()", lambda: Value(x).grad)
    check("Value(3).data", lambda: Value(3).data)
    check("type(Value(3).data).__name__", lambda: type(Value(3).data).__name__)


def test_numbers_on_either_side(check, rng):
    x, c = pick(rng, 0.5, 3), rng.randint(2, 9)
    cases = [
        (f"{c} + x", lambda v: c + v), (f"x + {c}", lambda v: v + c),
        (f"{c} - x", lambda v: c - v), (f"x - {c}", lambda v: v - c),
        (f"{c} * x", lambda v: c * v), (f"x * {c}", lambda v: v * c),
        (f"{c} / x", lambda v: c / v), (f"x / {c}", lambda v: v / c),
    ]
    for text, make in cases:
        v = Value(x)
        out = make(v)
        check(f"x = Value({x}); type({text}).__name__", lambda: type(out).__name__)
        check(f"x = Value({x}); ({text}).data", lambda: out.data, places=9)
        out.backward()
        check(f"x = Value({x}); x.grad after ({text}).backward()", lambda: v.grad, places=9)


def test_gradient_of_each_operation(check, rng):
    x, y = pick(rng, 0.2, 2), pick(rng, -2, -0.2)
    n = pick(rng, 0.3, 1.5) * rng.choice((-1, 1))      # away from 0, where 1 - n**2 and 1 - tanh(n)**2 meet
    grads_of(check, "x + y", lambda x, y, T: x + y, {"x": x, "y": y})
    grads_of(check, "x - y", lambda x, y, T: x - y, {"x": x, "y": y})
    grads_of(check, "x * y", lambda x, y, T: x * y, {"x": x, "y": y})
    grads_of(check, "x / y", lambda x, y, T: x / y, {"x": x, "y": y})
    grads_of(check, "x ** 3", lambda x, T: x ** 3, {"x": x})
    grads_of(check, "x ** -1.5", lambda x, T: x ** -1.5, {"x": x})
    grads_of(check, "-x", lambda x, T: -x, {"x": x})
    grads_of(check, "tanh(n)", lambda n, T: T.tanh(n), {"n": n})
    grads_of(check, "exp(n)", lambda n, T: T.exp(n), {"n": n})
    grads_of(check, "relu(x)", lambda x, T: T.relu(x), {"x": x})
    grads_of(check, "relu(y)", lambda y, T: T.relu(y), {"y": y})
    grads_of(check, "log(x)", lambda x, T: T.log(x), {"x": x})


def test_a_value_used_twice(check, rng):
    x, y = pick(rng, 0.3, 2), pick(rng, -2, -0.3)
    grads_of(check, "x * x", lambda x, T: x * x, {"x": x})
    grads_of(check, "x + x", lambda x, T: x + x, {"x": x})
    grads_of(check, "x * x * x", lambda x, T: x * x * x, {"x": x})
    grads_of(check, "x * y + x", lambda x, y, T: x * y + x, {"x": x, "y": y})
    grads_of(check, "tanh(x) * x - x / y", lambda x, y, T: T.tanh(x) * x - x / y, {"x": x, "y": y})


def diamond(x, y, T):
    a = x * y
    b = T.tanh(a)
    c = a * b
    return c + a


def long_and_short(x, y, T):
    a = x + y
    b = T.exp(a * 0.5)
    c = T.tanh(b) * 2
    d = c * b
    return d + a * 3


def test_a_reused_intermediate_node(check, rng):
    x, y = pick(rng, 0.3, 1.5), pick(rng, -1.5, 1.5)
    grads_of(check, "a + a * tanh(a) where a = x * y", diamond, {"x": x, "y": y})
    grads_of(check, "2 * tanh(b) * b + 3 * a where a = x + y, b = exp(a * 0.5)", long_and_short,
             {"x": x, "y": y})


def test_random_expressions(check, rng):
    for _ in range(6):
        tree = random_tree(rng, 3)
        point = {"x": pick(rng, -1.5, 1.5), "y": pick(rng, -1.5, 1.5), "z": pick(rng, -1.5, 1.5)}
        grads_of(check, render(tree), lambda x, y, z, T, tree=tree: evaluate(tree, {"x": x, "y": y, "z": z}, T),
                 point)


def test_errors(check, rng):
    x = pick(rng, 0.5, 3)
    check(f"Value({-x}).log()", lambda: Value(-x).log())
    check("Value(0).log()", lambda: Value(0).log())
    check(f"Value({x}) / Value(0)", lambda: Value(x) / Value(0))


def test_backward_sets_the_output_gradient_to_one(check, rng):
    x, y = pick(rng, 0.5, 3), pick(rng, 0.5, 3)
    a, b = Value(x), Value(y)
    out = a * b
    out.backward()
    check(f"out = Value({x}) * Value({y}); out.grad after out.backward()", lambda: out.grad)
