"""Expressions written once and evaluated two ways: on the solution's Value objects, and on plain floats by the
driver itself (for the finite-difference estimate shown in each label)."""
import math

H = 1e-6


class OnValues:
    """Unary operations as Value methods."""

    @staticmethod
    def tanh(v):
        return v.tanh()

    @staticmethod
    def exp(v):
        return v.exp()

    @staticmethod
    def relu(v):
        return v.relu()

    @staticmethod
    def log(v):
        return v.log()


class OnFloats:
    """The same operations on floats, computed by the driver."""

    tanh = staticmethod(math.tanh)
    exp = staticmethod(math.exp)
    log = staticmethod(math.log)

    @staticmethod
    def relu(v):
        return v if v > 0 else 0.0


def finite_difference(f, point, name):
    """Central difference of f (a function of keyword floats) in the variable name at point."""
    up = dict(point, **{name: point[name] + H})
    down = dict(point, **{name: point[name] - H})
    return (f(**up) - f(**down)) / (2 * H)


def fmt(x):
    return f"{x:.4f}".replace("-0.0000", "0.0000")


# Random expression trees over x, y, z. Every operation used is defined on the whole real line.
def random_tree(rng, depth):
    """A tree of the given depth; the two sides of a subtraction or a division are never the same text."""
    while True:
        tree = _tree(rng, depth)
        if len(render(tree)) <= 110 and not _degenerate(tree):
            return tree


def _degenerate(t):
    if t[0] in ("sub", "div") and render(t[1]) == render(t[2]):
        return True
    return any(_degenerate(c) for c in t[1:] if isinstance(c, tuple))


def _tree(rng, depth):
    if depth == 0:
        return ("var", rng.choice("xyz"))
    kind = rng.choice(["add", "sub", "mul", "div", "add", "sub", "mul", "tanh", "exp", "relu", "log", "pow", "neg",
                       "const_left"])
    if kind in ("add", "sub", "mul", "div"):
        return (kind, _tree(rng, depth - 1), _tree(rng, rng.randint(0, depth - 1)))
    if kind == "pow":
        return ("pow", _tree(rng, depth - 1), rng.choice([2, 3, -0.5, 0.5]))
    if kind == "const_left":
        return ("const_left", rng.choice(["+", "-", "*", "/"]), rng.randint(1, 5), _tree(rng, depth - 1))
    return (kind, _tree(rng, depth - 1))


def render(t):
    kind = t[0]
    if kind == "var":
        return t[1]
    if kind == "add":
        return f"({render(t[1])} + {render(t[2])})"
    if kind == "sub":
        return f"({render(t[1])} - {render(t[2])})"
    if kind == "mul":
        return f"({render(t[1])} * {render(t[2])})"
    if kind == "div":
        b = render(t[2])
        return f"({render(t[1])} / ({b} * {b} + 1))"
    if kind == "pow":
        a, k = render(t[1]), t[2]
        if k in (2, 3):
            return f"({a}) ** {k}" if a.startswith("-") else f"{a} ** {k}"
        return f"({a} * {a} + 1) ** {k}"
    if kind == "neg":
        return f"-{render(t[1])}"
    if kind == "const_left":
        op, c, a = t[1], t[2], render(t[3])
        return f"({c} / ({a} * {a} + 1))" if op == "/" else f"({c} {op} {a})"
    if kind == "exp":
        return f"exp(tanh({render(t[1])}))"
    if kind == "log":
        a = render(t[1])
        return f"log({a} * {a} + 1)"
    return f"{kind}({render(t[1])})"


def evaluate(t, env, ops):
    """Each subtree is evaluated once; a subtree written twice in render() is the same node used twice."""
    kind = t[0]
    if kind == "var":
        return env[t[1]]
    if kind == "add":
        return evaluate(t[1], env, ops) + evaluate(t[2], env, ops)
    if kind == "sub":
        return evaluate(t[1], env, ops) - evaluate(t[2], env, ops)
    if kind == "mul":
        return evaluate(t[1], env, ops) * evaluate(t[2], env, ops)
    if kind == "div":
        a, b = evaluate(t[1], env, ops), evaluate(t[2], env, ops)
        return a / (b * b + 1)
    if kind == "pow":
        a, k = evaluate(t[1], env, ops), t[2]
        return a ** k if k in (2, 3) else (a * a + 1) ** k
    if kind == "neg":
        return -evaluate(t[1], env, ops)
    if kind == "const_left":
        op, c, a = t[1], t[2], evaluate(t[3], env, ops)
        if op == "+":
            return c + a
        if op == "-":
            return c - a
        if op == "*":
            return c * a
        return c / (a * a + 1)
    if kind == "exp":
        return ops.exp(ops.tanh(evaluate(t[1], env, ops)))
    if kind == "log":
        a = evaluate(t[1], env, ops)
        return ops.log(a * a + 1)
    return getattr(ops, kind)(evaluate(t[1], env, ops))
