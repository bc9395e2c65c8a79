"""Checks for dynamic-methods. Each check's result is compared with the reference solution's for the same inputs;
the inputs change from run to run."""
from dynamic import add_method, attach, record_class

CLASS_NAMES = ["Point", "Pixel", "Order", "Sample", "Ticket", "Reading"]
FIELDS = ["x", "y", "z", "name", "size", "price", "qty", "unit", "label", "level"]
METHOD_NAMES = ["scaled", "shifted", "describe", "total", "twice", "bump"]


def value(rng):
    return rng.choice([rng.randint(-99, 99), rng.choice(["a", "bb", "ccc", "it's"]), None])


def test_record_class_basics(check, rng):
    name, fields = rng.choice(CLASS_NAMES), rng.sample(FIELDS, rng.randint(2, 4))
    values = [value(rng) for _ in fields]
    C = record_class(name, fields)
    call = f"C = record_class({name!r}, {fields}); C(*{values})"
    check(f"record_class({name!r}, {fields}): C.__name__, C.__qualname__", lambda: (C.__name__, C.__qualname__))
    check(f"record_class({name!r}, {fields}): C._fields", lambda: C._fields)
    check(f"{call}: repr", lambda: repr(C(*values)))
    check(f"{call}: ._asdict()", lambda: C(*values)._asdict())
    check(f"{call}: vars() of the instance", lambda: vars(C(*values)))
    check(f"{call}: each field read as an attribute", lambda: [getattr(C(*values), f) for f in fields])


def test_record_class_keywords_and_defaults(check, rng):
    name, fields = rng.choice(CLASS_NAMES), rng.sample(FIELDS, 4)
    defaults = {fields[2]: rng.randint(0, 9), fields[3]: rng.choice(["kg", "m", "s"])}
    a, b, c = rng.randint(1, 50), rng.randint(51, 99), rng.randint(100, 200)
    C = record_class(name, fields, defaults)
    head = f"record_class({name!r}, {fields}, {defaults})"
    check(f"{head}: repr(C({a}, {b}))", lambda: repr(C(a, b)))
    check(f"{head}: repr(C({a}, {fields[1]}={b}, {fields[3]}={c}))", lambda: repr(C(a, **{fields[1]: b, fields[3]: c})))
    check(f"{head}: repr(C({', '.join(f'{f}={v}' for f, v in zip(reversed(fields), (c, b, a, a)))}))",
          lambda: repr(C(**dict(zip(reversed(fields), (c, b, a, a))))))
    check(f"{head}: C({a}) (the second field has no default)", lambda: C(a))
    check(f"{head}: C(1, 2, 3, 4, 5) (one positional argument too many)", lambda: C(1, 2, 3, 4, 5))
    check(f"{head}: C(1, 2, nope=3) (an unknown keyword)", lambda: C(1, 2, nope=3))
    check(f"{head}: C(1, 2, {fields[0]}=3) (the first field given twice)", lambda: C(1, 2, **{fields[0]: 3}))


class Anything:
    """Equal to everything: a record's __eq__ must return NotImplemented for it, so that Python asks Anything."""

    def __eq__(self, other):
        return True


def test_record_class_equality(check, rng):
    fields = rng.sample(FIELDS, 2)
    a, b = rng.randint(1, 99), rng.randint(1, 99)
    P, Q = record_class("P", fields), record_class("Q", fields)
    head = f"P = record_class('P', {fields}), Q = record_class('Q', {fields})"
    check(f"{head}: P({a}, {b}) == P({a}, {b})", lambda: P(a, b) == P(a, b))
    check(f"{head}: P({a}, {b}) == P({a}, {b + 1})", lambda: P(a, b) == P(a, b + 1))
    check(f"{head}: P({a}, {b}) != P({a}, {b})", lambda: P(a, b) != P(a, b))
    check(f"{head}: P({a}, {b}) == Q({a}, {b})", lambda: P(a, b) == Q(a, b))
    check(f"{head}: P({a}, {b}) == ({a}, {b})", lambda: P(a, b) == (a, b))
    check(f"{head}: P({a}, {b}) == Anything() (whose __eq__ always says True)", lambda: P(a, b) == Anything())
    check(f"{head}: hash(P({a}, {b}))", lambda: hash(P(a, b)))


def test_record_class_checks_its_arguments(check, rng):
    good = rng.sample(FIELDS, 2)
    for bad in (["class"], ["2nd"], ["_hidden"], ["a-b"], [good[0], good[0]]):
        fields = good[1:] + bad
        check(f"record_class('R', {fields})", lambda: record_class("R", fields))
    check(f"record_class('R', {good}, {{'nope': 1}})", lambda: record_class("R", good, {"nope": 1}))


def test_record_classes_are_built_with_type(check, rng):
    name, fields = rng.choice(CLASS_NAMES), rng.sample(FIELDS, 2)
    C, D = record_class(name, fields), record_class(name, fields)
    check(f"record_class({name!r}, {fields}): type(C) is type", lambda: type(C) is type)
    check(f"record_class({name!r}, {fields}): C.__bases__ == (object,)", lambda: C.__bases__ == (object,))
    check(f"two calls of record_class({name!r}, {fields}) make two different classes", lambda: C is not D)
    check(f"isinstance(C(1, 2), D) for two classes made by those calls", lambda: isinstance(C(1, 2), D))


def test_add_method_to_a_class(check, rng):
    fields = rng.sample(FIELDS, 2)
    C = record_class("Pair", fields)
    a, b, k = rng.randint(1, 50), rng.randint(1, 50), rng.randint(2, 9)
    early = C(a, b)
    meth, cmeth, smeth = rng.sample(METHOD_NAMES, 3)

    def combine(self, factor):
        return [getattr(self, f) * factor for f in self._fields]

    def make(cls, n):
        return cls(n, n)

    def helper(n):
        return n * n

    head = f"C = record_class('Pair', {fields})"
    check(f"{head}: add_method(C, combine, {meth!r}) returns C", lambda: add_method(C, combine, meth) is C)
    check(f"{head}: C({a}, {b}), made before the method was added, calls .{meth}({k})",
          lambda: getattr(early, meth)(k))
    check(f"{head}: add_method(C, combine) uses the function's name: C({a}, {b}).combine({k})",
          lambda: (add_method(C, combine), C(a, b).combine(k))[1])
    check(f"{head}: add_method(C, make, {cmeth!r}, kind='class'); repr(C.{cmeth}({k}))",
          lambda: (add_method(C, make, cmeth, kind="class"), repr(getattr(C, cmeth)(k)))[1])
    check(f"{head}: add_method(C, helper, {smeth!r}, kind='static'); C({a}, {b}).{smeth}({k})",
          lambda: (add_method(C, helper, smeth, kind="static"), getattr(C(a, b), smeth)(k))[1])
    check(f"{head}: add_method(C, helper, kind='weekly')", lambda: add_method(C, helper, kind="weekly"))
    check(f"{head}: add_method(C, lambda self: {k}, '__len__'); len(C({a}, {b}))",
          lambda: (add_method(C, lambda self: k, "__len__"), len(C(a, b)))[1])


def test_attach_to_one_instance(check, rng):
    fields = rng.sample(FIELDS, 2)
    C = record_class("Cell", fields)
    a, b, k = rng.randint(1, 50), rng.randint(51, 99), rng.randint(2, 9)
    one, other = C(a, b), C(b, a)
    meth = rng.choice(METHOD_NAMES)

    def grow(self, step):
        return getattr(self, fields[0]) + step

    head = f"C = record_class('Cell', {fields}); one = C({a}, {b}), other = C({b}, {a})"
    bound = []
    check(f"{head}: attach(one, grow, {meth!r}) then one.{meth}({k})",
          lambda: (bound.append(attach(one, grow, meth)), getattr(one, meth)(k))[1])
    check(f"{head}: after attach(one, grow, {meth!r}): the returned method's __self__ is one",
          lambda: bound[0].__self__ is one)
    check(f"{head}: after attach(one, grow, {meth!r}): {meth!r} in vars(one)", lambda: meth in vars(one))
    check(f"{head}: after attach(one, grow, {meth!r}): hasattr(other, {meth!r})", lambda: hasattr(other, meth))
    check(f"{head}: after attach(one, grow, {meth!r}): hasattr(C, {meth!r})", lambda: hasattr(C, meth))
    check(f"{head}: attach(one, grow) uses the function's name: one.grow({k})",
          lambda: (attach(one, grow), one.grow(k))[1])
    check(f"{head}: attach(one, lambda self: 3, '__len__')", lambda: attach(one, lambda self: 3, "__len__"))
    check(f"attach({a}, grow) (an int has no __dict__)", lambda: attach(a, grow))
