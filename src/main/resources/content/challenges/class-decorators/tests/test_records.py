"""Checks for class-decorators. Each check's result is compared with the reference solution's for the same inputs;
the inputs change from run to run."""
from records import REGISTRY, record, register


def outcome(fn):
    """('ok', repr of the result) or (exception type name, message)."""
    try:
        return ("ok", repr(fn()))
    except Exception as error:
        return (type(error).__name__, str(error))


def failure(fn):
    """The exception type name fn raised, or 'no error'."""
    try:
        fn()
    except Exception as error:
        return type(error).__name__
    return "no error"


def point_class(default_label):
    @record
    class Point:
        x: int
        y: int
        label: str = default_label

    return Point


def test_init_and_repr_come_from_the_annotations(check, rng):
    label, a, b = rng.choice(["p", "q", "origin"]), rng.randint(-9, 9), rng.randint(-9, 9)
    Point = point_class(label)
    head = f"@record class Point: x: int; y: int; label: str = {label!r}"
    check(f"{head}: Point.__record_fields__", lambda: Point.__record_fields__)
    check(f"{head}: repr(Point({a}, {b}))", lambda: repr(Point(a, b)))
    check(f"{head}: repr(Point({a}, y={b}, label='z'))", lambda: repr(Point(a, y=b, label="z")))
    check(f"{head}: repr(Point(label='w', y={b}, x={a}))", lambda: repr(Point(label="w", y=b, x=a)))
    check(f"{head}: vars(Point({a}, {b}))", lambda: vars(Point(a, b)))
    check(f"{head}: Point({a}) (y is missing)", lambda: failure(lambda: Point(a)))
    check(f"{head}: Point(1, 2, 'l', 4) (too many)", lambda: failure(lambda: Point(1, 2, "l", 4)))
    check(f"{head}: Point(1, 2, z=3) (unknown keyword)", lambda: failure(lambda: Point(1, 2, z=3)))
    check(f"{head}: Point(1, 2, x=3) (x twice)", lambda: failure(lambda: Point(1, 2, x=3)))


def test_equality_and_hash(check, rng):
    a, b = rng.randint(-9, 9), rng.randint(-9, 9)
    Point = point_class("p")

    @record
    class Other:
        x: int
        y: int
        label: str = "p"

    head = "@record class Point: x: int; y: int; label: str = 'p' (and Other, the same fields)"
    check(f"{head}: Point({a}, {b}) == Point({a}, {b})", lambda: Point(a, b) == Point(a, b))
    check(f"{head}: Point({a}, {b}) == Point({a}, {b}, 'q')", lambda: Point(a, b) == Point(a, b, "q"))
    check(f"{head}: Point({a}, {b}) != Point({a}, {b})", lambda: Point(a, b) != Point(a, b))
    check(f"{head}: Point({a}, {b}) == Other({a}, {b})", lambda: Point(a, b) == Other(a, b))
    check(f"{head}: Point({a}, {b}) == ({a}, {b}, 'p')", lambda: Point(a, b) == (a, b, "p"))
    check(f"{head}: hash(Point({a}, {b})) (records are unhashable)", lambda: failure(lambda: hash(Point(a, b))))


def test_ordering(check, rng):
    @record(order=True)
    class Version:
        major: int
        minor: int = 0

    @record
    class Plain:
        major: int

    versions = [(rng.randint(0, 3), rng.randint(0, 12)) for _ in range(6)]
    a, b = rng.sample(versions, 2)
    head = "@record(order=True) class Version: major: int; minor: int = 0"
    check(f"{head}: sorted(Version(*v) for v in {versions})",
          lambda: [repr(v) for v in sorted(Version(*v) for v in versions)])
    check(f"{head}: Version{a} <, <=, >, >= Version{b}",
          lambda: [Version(*a) < Version(*b), Version(*a) <= Version(*b), Version(*a) > Version(*b),
                   Version(*a) >= Version(*b)])
    check(f"{head}: Version{a} <= Version{a}, Version{a} > Version{a}",
          lambda: [Version(*a) <= Version(*a), Version(*a) > Version(*a)])
    check(f"{head}: Version(1) < (2, 0) (another type)", lambda: failure(lambda: Version(1) < (2, 0)))
    check(f"@record class Plain: major: int (no order): Plain(1) < Plain(2)", lambda: failure(lambda: Plain(1) < Plain(2)))


def test_fields_are_inherited(check, rng):
    label, default_z = rng.choice(["p", "q"]), rng.randint(1, 9)
    Point = point_class(label)

    @record
    class Point3(Point):
        z: int = default_z

    head = f"@record class Point: x; y; label = {label!r}; @record class Point3(Point): z: int = {default_z}"
    check(f"{head}: Point3.__record_fields__", lambda: Point3.__record_fields__)
    check(f"{head}: repr(Point3(1, 2))", lambda: repr(Point3(1, 2)))
    check(f"{head}: repr(Point3(1, 2, 'r', 7))", lambda: repr(Point3(1, 2, "r", 7)))
    check(f"{head}: Point3(1, 2) == Point(1, 2)", lambda: Point3(1, 2) == Point(1, 2))

    def define():
        @record
        class Bad(Point):
            w: int

    check(f"{head}: @record class Bad(Point): w: int (no default after label's default)", lambda: failure(define))


def test_definitions_are_checked(check, rng):
    def non_default_after_default():
        @record
        class Bad:
            a: int = 1
            b: int

    def mutable_default(kind):
        def define():
            @record
            class Bad:
                items: object = kind()

        return define

    check("@record class Bad: a: int = 1; b: int", lambda: failure(non_default_after_default))
    for kind in (list, dict, set):
        check(f"@record class Bad: items: object = {kind.__name__}()", lambda: failure(mutable_default(kind)))
    check("@record class Fine: items: object = (); fine = tuple()", lambda: failure(mutable_default(tuple)))


def test_the_class_is_returned_and_its_own_methods_kept(check, rng):
    n = rng.randint(1, 99)

    class Money:
        amount: int
        currency: str = "EUR"

        def __repr__(self):
            return f"{self.amount} {self.currency}"

    check("record(Money) is Money", lambda: record(Money) is Money)
    check(f"Money defines its own __repr__: repr(Money({n}))", lambda: repr(Money(n)))
    check(f"Money({n}) == Money({n})", lambda: Money(n) == Money(n))

    class Tag:
        name: str

    check("record(order=True)(Tag) is Tag", lambda: record(order=True)(Tag) is Tag)
    check("Tag('a') < Tag('b')", lambda: Tag("a") < Tag("b"))
    check("Tag.__init__.__qualname__ ends with 'Tag.__init__'", lambda: Tag.__init__.__qualname__.endswith("Tag.__init__"))


def test_register(check, rng):
    tag = rng.randint(1000, 9999)
    alias = f"alias-{tag}"
    first = type(f"Parser{tag}", (), {})
    second = type(f"Writer{tag}", (), {})
    check(f"register(Parser{tag}) is Parser{tag}", lambda: register(first) is first)
    check(f"REGISTRY['Parser{tag}'] is Parser{tag}", lambda: REGISTRY.get(f"Parser{tag}") is first)
    check(f"register({alias!r})(Writer{tag}) is Writer{tag}", lambda: register(alias)(second) is second)
    check(f"REGISTRY[{alias!r}] is Writer{tag}", lambda: REGISTRY.get(alias) is second)
    check(f"register({alias!r})(Parser{tag}) (the name is taken)", lambda: failure(lambda: register(alias)(first)))
    check(f"REGISTRY[{alias!r}] is still Writer{tag}", lambda: REGISTRY.get(alias) is second)
    check(f"register()(Writer{tag}) registers under 'Writer{tag}'",
          lambda: (register()(second), REGISTRY.get(f"Writer{tag}") is second)[1])

    @register(f"point-{tag}")
    @record
    class Point:
        x: int

    check(f"@register('point-{tag}') @record class Point: REGISTRY['point-{tag}'](5)",
          lambda: repr(REGISTRY[f"point-{tag}"](5)))
