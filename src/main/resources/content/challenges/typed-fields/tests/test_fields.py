"""Checks for typed-fields. Each check's result is compared with the reference solution's for the same inputs;
the inputs change from run to run."""
from fields import Field, lazy


def outcome(fn):
    """What fn did, as plain data: ('ok', value) or (exception type name, message)."""
    try:
        return ("ok", fn())
    except Exception as error:
        return (type(error).__name__, str(error))


def product_class(lo, hi, default):
    class Product:
        name = Field(str)
        qty = Field(int, minimum=lo, maximum=hi)
        price = Field(float, minimum=0, default=default)

        def __init__(self, name, qty):
            self.name = name
            self.qty = qty

    return Product


def bounds(rng):
    lo = rng.randint(0, 20)
    return lo, lo + rng.randint(5, 50), rng.choice([0.5, 1.25, 9.75])


def describe(lo, hi, default):
    return f"Product with qty = Field(int, minimum={lo}, maximum={hi}), price default {default}"


def test_valid_values_are_stored(check, rng):
    lo, hi, default = bounds(rng)
    Product = product_class(lo, hi, default)
    name, qty, price = rng.choice(["pen", "ink", "pad"]), rng.randint(lo, hi), rng.randint(1, 99)
    p = Product(name, qty)
    head = f"{describe(lo, hi, default)}; p = Product({name!r}, {qty})"
    check(f"{head}: (p.name, p.qty)", lambda: (p.name, p.qty))
    check(f"{head}: p.price (not set: the default)", lambda: p.price)
    check(f"{head}: vars(p)", lambda: vars(p))
    check(f"{head}: p.price = {price} (an int for a float field), then (p.price, type(p.price).__name__)",
          lambda: (setattr(p, "price", price), (p.price, type(p.price).__name__))[1])
    check(f"{head}: vars(p) after p.price = {price}", lambda: vars(p))


def test_types_are_checked(check, rng):
    lo, hi, default = bounds(rng)
    Product = product_class(lo, hi, default)
    qty = rng.randint(lo, hi)
    p = Product("pen", qty)
    head = f"{describe(lo, hi, default)}; p = Product('pen', {qty})"
    for attr, bad in [("qty", str(qty)), ("qty", float(qty)), ("qty", True), ("qty", None), ("price", False),
                      ("price", "1.5"), ("name", rng.randint(1, 9))]:
        check(f"{head}: p.{attr} = {bad!r}", lambda: outcome(lambda: setattr(p, attr, bad)))
    check(f"{head}: (p.name, p.qty, p.price) after those failed assignments", lambda: (p.name, p.qty, p.price))


def test_ranges_are_checked(check, rng):
    lo, hi, default = bounds(rng)
    Product = product_class(lo, hi, default)
    mid = (lo + hi) // 2
    p = Product("pen", mid)
    head = f"{describe(lo, hi, default)}; p = Product('pen', {mid})"
    for value in (hi, lo, lo - 1, hi + 1, hi + rng.randint(2, 99)):
        check(f"{head}: p.qty = {value}, then p.qty", lambda: (outcome(lambda: setattr(p, "qty", value)), p.qty))
    for value in (0, -rng.randint(1, 9), -0.25):
        check(f"{head}: p.price = {value!r}, then p.price",
              lambda: (outcome(lambda: setattr(p, "price", value)), p.price))


def test_unset_fields_and_delete(check, rng):
    lo, hi, default = bounds(rng)

    class Item:
        qty = Field(int, minimum=lo, maximum=hi)
        price = Field(float, default=default)

    item = Item()
    qty = rng.randint(lo, hi)
    head = f"class Item: qty = Field(int, minimum={lo}, maximum={hi}); price = Field(float, default={default}); item = Item()"
    check(f"{head}: item.qty before any assignment", lambda: outcome(lambda: item.qty))
    check(f"{head}: del item.qty before any assignment", lambda: outcome(lambda: delattr(item, "qty")))
    check(f"{head}: item.qty = {qty}; del item.qty; item.qty",
          lambda: (setattr(item, "qty", qty), delattr(item, "qty"), outcome(lambda: item.qty))[2])
    check(f"{head}: item.price = 2; del item.price; item.price",
          lambda: (setattr(item, "price", 2), delattr(item, "price"), item.price)[2])
    check(f"{head}: vars(item) at the end", lambda: vars(item))


def test_instances_are_independent(check, rng):
    lo, hi, default = bounds(rng)
    Product = product_class(lo, hi, default)
    a, b = rng.sample(range(lo, hi + 1), 2)
    first, second = Product("pen", a), Product("ink", b)
    head = f"{describe(lo, hi, default)}; first = Product('pen', {a}); second = Product('ink', {b})"
    check(f"{head}: (first.name, first.qty)", lambda: (first.name, first.qty))
    check(f"{head}: (second.name, second.qty)", lambda: (second.name, second.qty))
    check(f"{head}: first.price = 3; second.price", lambda: (setattr(first, "price", 3), second.price)[1])


def test_a_field_wins_over_the_instance_dict(check, rng):
    lo, hi, default = bounds(rng)
    Product = product_class(lo, hi, default)
    qty, bogus = rng.randint(lo, hi), rng.randint(1000, 2000)
    p = Product("pen", qty)
    head = f"{describe(lo, hi, default)}; p = Product('pen', {qty})"
    check(f"{head}: p.__dict__['qty'] = {bogus}; p.qty (a data descriptor comes first)",
          lambda: (p.__dict__.__setitem__("qty", bogus), p.qty)[1])
    check(f"{head}: isinstance(Product.qty, Field) (read on the class)", lambda: isinstance(Product.qty, Field))
    check("hasattr(Field, '__set__') (a data descriptor)", lambda: hasattr(Field, "__set__"))
    check("hasattr(lazy, '__set__') (a non-data descriptor has none)", lambda: hasattr(lazy, "__set__"))


def report_class():
    class Report:
        def __init__(self, values):
            self.values = values
            self.computed = 0

        def compute_total(self):
            self.computed += 1
            return sum(self.values)

        total = lazy(compute_total)

    return Report


def test_lazy_computes_once_per_instance(check, rng):
    Report = report_class()
    xs, ys = [rng.randint(1, 99) for _ in range(4)], [rng.randint(1, 99) for _ in range(3)]
    r, s = Report(xs), Report(ys)
    head = f"class Report: total = lazy(compute_total); r = Report({xs}), s = Report({ys})"
    check(f"{head}: isinstance(Report.total, lazy) (read on the class)", lambda: isinstance(Report.total, lazy))
    check(f"{head}: r.computed before reading r.total", lambda: r.computed)
    check(f"{head}: [r.total, r.total, r.total]", lambda: [r.total, r.total, r.total])
    check(f"{head}: r.computed after reading r.total three times", lambda: r.computed)
    check(f"{head}: 'total' in vars(r)", lambda: "total" in vars(r))
    check(f"{head}: [s.total, s.total], then s.computed", lambda: ([s.total, s.total], s.computed))


def test_lazy_can_be_replaced_and_reset(check, rng):
    Report = report_class()
    xs, forced = [rng.randint(1, 99) for _ in range(4)], rng.randint(500, 999)
    r = Report(xs)
    head = f"class Report: total = lazy(compute_total); r = Report({xs})"
    check(f"{head}: r.total = {forced}; (r.total, r.computed)",
          lambda: outcome(lambda: (setattr(r, "total", forced), (r.total, r.computed))[1]))
    check(f"{head}: then del r.total; (r.total, r.computed)",
          lambda: outcome(lambda: (delattr(r, "total"), (r.total, r.computed))[1]))
    check(f"{head}: then r.values.append(1); del r.total; (r.total, r.total, r.computed)",
          lambda: outcome(lambda: (r.values.append(1), delattr(r, "total"), (r.total, r.total, r.computed))[2]))
