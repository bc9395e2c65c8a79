"""Checks for decorator-chain. Each check's result is compared with the reference solution's for the same inputs;
the inputs change from run to run. Decorators are applied by calling them (traced(add) is @traced above add)."""
import inspect

from decorators import TRACE, compose, prefix, tagged, traced


def add(a, b=0):
    """Add two numbers."""
    return a + b


def mul(a, b):
    return a * b


def parse(text):
    return int(text)


def word(w="x"):
    return w


def traced_call(fn, *args, **kwargs):
    """Calls fn and returns (its result or exception type name, the TRACE lines the call wrote)."""
    TRACE.clear()
    try:
        result = fn(*args, **kwargs)
    except Exception as error:
        result = type(error).__name__
    return result, list(TRACE)


def test_traced_records_calls_and_results(check, rng):
    a, b = rng.randint(-50, 50), rng.randint(-50, 50)
    f = traced(add)
    check(f"traced(add)({a}, {b})", lambda: traced_call(f, a, b))
    check(f"traced(add)({a}, b={b})", lambda: traced_call(f, a, b=b))
    check(f"traced(add)({a})", lambda: traced_call(f, a))
    text = rng.choice(["3.5", "x", ""])
    check(f"traced(parse)({text!r}) (int() raises ValueError)", lambda: traced_call(traced(parse), text))
    check(f"traced(parse)({text!r}) raises the same exception", lambda: traced(parse)(text))


def test_traced_takes_an_optional_label(check, rng):
    a, b = rng.randint(2, 20), rng.randint(2, 20)
    label = rng.choice(["times", "mul-op", "product"])
    check(f"traced({label!r})(mul)({a}, {b})", lambda: traced_call(traced(label)(mul), a, b))
    check(f"traced()(mul)({a}, {b})", lambda: traced_call(traced()(mul), a, b))
    check(f"traced(mul)({a}, {b})", lambda: traced_call(traced(mul), a, b))


def test_metadata_is_kept(check, rng):
    tag = rng.choice(["fast", "pure", "math"])
    f = traced(add)
    check("traced(add): __name__, __qualname__, __doc__, __module__",
          lambda: (f.__name__, f.__qualname__, f.__doc__, f.__module__))
    check("traced(add).__wrapped__ is add", lambda: f.__wrapped__ is add)
    check("str(inspect.signature(traced(add)))", lambda: str(inspect.signature(f)))
    check("prefix('p')(word): __name__, __wrapped__ is word",
          lambda: (prefix("p")(word).__name__, prefix("p")(word).__wrapped__ is word))

    def local():
        return 1

    check(f"tagged({tag!r})(local) is local", lambda: tagged(tag)(local) is local)
    check(f"tagged({tag!r})(local), then tagged('b', 'c'): local.tags", lambda: (tagged("b", "c")(local), local.tags)[1])

    def inner():
        return 2

    g = tagged("outer")(traced(tagged(tag)(inner)))
    check(f"tagged('outer')(traced(tagged({tag!r})(inner))).tags (wraps copies __dict__)", lambda: g.tags)
    check(f"the same, .__wrapped__.tags", lambda: g.__wrapped__.tags)


def test_stacked_decorators_apply_from_the_bottom_up(check, rng):
    first, second, w = rng.choice(["A", "B", "C"]), rng.choice(["x", "y", "z"]), rng.choice(["w", "v"])
    # @prefix(first) / @traced / @prefix(second) / def word
    f = prefix(first)(traced(prefix(second)(word)))
    check(f"@prefix({first!r}) @traced @prefix({second!r}) def word; word({w!r})", lambda: traced_call(f, w))
    g = traced(prefix(first)(prefix(second)(word)))
    check(f"@traced @prefix({first!r}) @prefix({second!r}) def word; word({w!r})", lambda: traced_call(g, w))
    h = traced("outer")(traced("inner")(word))
    check(f"@traced('outer') @traced('inner') def word; word({w!r})", lambda: traced_call(h, w))


def test_compose_keeps_the_stacking_order(check, rng):
    texts = rng.sample(["a", "b", "c", "d", "e"], 3)
    f = compose(*(prefix(t) for t in texts))(word)
    check(f"compose(prefix({texts[0]!r}), prefix({texts[1]!r}), prefix({texts[2]!r}))(word)('!')", lambda: f("!"))
    g = compose(prefix(texts[0]), traced, prefix(texts[1]))(word)
    check(f"compose(prefix({texts[0]!r}), traced, prefix({texts[1]!r}))(word)('!')", lambda: traced_call(g, "!"))
    check("compose()(word) is word", lambda: compose()(word) is word)
    h = compose(traced("t"), tagged(texts[2]))(add)
    check(f"compose(traced('t'), tagged({texts[2]!r}))(add): .tags and __name__", lambda: (h.tags, h.__name__))


def test_traced_works_on_methods(check, rng):
    side, k = rng.randint(1, 9), rng.randint(2, 5)

    class Box:
        def __init__(self, side):
            self.side = side

        def __repr__(self):
            return f"Box({self.side})"

        @traced
        def area(self, times=1):
            return self.side * self.side * times

        @staticmethod
        @traced
        def unit():
            return "cm"

        @classmethod
        @traced("Box.make")
        def make(cls, side):
            return cls(side)

    box = Box(side)
    check(f"Box({side}).area({k})", lambda: traced_call(box.area, k))
    check(f"Box({side}).area(times={k})", lambda: traced_call(box.area, times=k))
    check("Box.unit() (@staticmethod over @traced)", lambda: traced_call(Box.unit))
    check(f"Box.make({side}) (@classmethod over @traced('Box.make'))", lambda: traced_call(Box.make, side))
    check("Box.area.__name__, Box.area.__qualname__", lambda: (Box.area.__name__, Box.area.__qualname__))
