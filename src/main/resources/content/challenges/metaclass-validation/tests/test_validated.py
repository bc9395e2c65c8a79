"""Checks for metaclass-validation. Each check's result is compared with the reference solution's for the same
inputs; the inputs change from run to run.

make(name, bases, body, **keywords) does what a class statement does: types.new_class calls the metaclass (and
__init_subclass__) with the body's names in the order given, and the keywords of the class line."""
import types

from validated import InterfaceError, Plugin, Validated


def make(name, bases, body, /, **keywords):
    return types.new_class(name, bases, keywords, lambda ns: ns.update(body))


def outcome(fn):
    """('created', class name) when fn made a class, else (exception type name, message)."""
    try:
        return ("created", fn().__name__)
    except Exception as error:
        return (type(error).__name__, str(error))


def method(result):
    return lambda self: result


def shape_interface():
    return make("Shape", (), {"__required__": ("area", "describe"), "SIDES": 0,
                              "describe": lambda self: f"{type(self).__name__} with area {self.area()}"},
                metaclass=Validated)


def test_valid_classes_are_created(check, rng):
    Shape = shape_interface()
    area, sides = rng.randint(1, 99), rng.randint(3, 8)
    name = rng.choice(["Square", "Hexagon", "Kite"])
    body = {"SIDES": sides, "area": method(area), "scale_by": lambda self, k: area * k * k}
    head = f"Shape(__required__=('area', 'describe')); class {name}(Shape) with SIDES, area, scale_by"
    check("make the interface Shape (it declares __required__ and lacks area)", lambda: outcome(shape_interface))
    check(head, lambda: outcome(lambda: make(name, (Shape,), body)))
    check(f"{head}: type({name}) is Validated", lambda: type(make(name, (Shape,), body)) is Validated)
    check(f"{head}: {name}().describe(), {name}().scale_by(2), {name}.SIDES",
          lambda: (lambda c: (c().describe(), c().scale_by(2), c.SIDES))(make(name, (Shape,), body)))
    check(f"{head}: issubclass(InterfaceError, TypeError)", lambda: issubclass(InterfaceError, TypeError))


def test_required_methods(check, rng):
    Shape = shape_interface()
    area = rng.randint(1, 99)
    head = "Shape(__required__=('area', 'describe'), defines describe)"
    check(f"{head}; class Blob(Shape) with only SIDES",
          lambda: outcome(lambda: make("Blob", (Shape,), {"SIDES": 1})))
    Square = make("Square", (Shape,), {"area": method(area)})
    check(f"{head}; class Square(Shape) with area; class Big(Square) with nothing new",
          lambda: outcome(lambda: make("Big", (Square,), {"SIDES": 4})))
    check(f"{head}; class Square(Shape) with area; class Broken(Square, strict=False) with area = None",
          lambda: outcome(lambda: make("Broken", (Square,), {"area": None}, strict=False)))
    Solid = make("Solid", (Shape,), {"__required__": ("volume",)})
    check(f"{head}; class Solid(Shape) with __required__ = ('volume',): created",
          lambda: outcome(lambda: make("Solid", (Shape,), {"__required__": ("volume",)})))
    check(f"{head}; Solid(Shape) requires volume; class Cube(Solid) with area only",
          lambda: outcome(lambda: make("Cube", (Solid,), {"area": method(area)})))
    check(f"{head}; Solid(Shape) requires volume; class Cube(Solid) with area and volume",
          lambda: outcome(lambda: make("Cube", (Solid,), {"area": method(area), "volume": method(area * 2)})))
    check(f"{head}; class Odd(Shape) with describe only, and area as a property",
          lambda: outcome(lambda: make("Odd", (Shape,), {"area": property(method(area))})))


BAD_METHODS = ["doThing", "Compute", "getX", "Area2"]
BAD_CONSTANTS = ["maxSize", "limit", "Default", "tax_rate"]
GOOD_METHODS = ["run", "do_thing", "area2", "to_json"]
GOOD_CONSTANTS = ["MAX_SIZE", "LIMIT", "V2"]


def test_naming_rules(check, rng):
    bad_method, bad_constant = rng.choice(BAD_METHODS), rng.choice(BAD_CONSTANTS)
    good = {rng.choice(GOOD_METHODS): method(1), rng.choice(GOOD_CONSTANTS): rng.randint(1, 9),
            "_privateHelper": method(2), "_lowConstant": 3, "__doc__": "docs"}
    base = make("Base", (), {}, metaclass=Validated)
    head = f"class Tool(Base) with {sorted(good)}"
    check(head, lambda: outcome(lambda: make("Tool", (base,), good)))
    check(f"{head} and a method {bad_method}",
          lambda: outcome(lambda: make("Tool", (base,), {**good, bad_method: method(0)})))
    check(f"{head} and a constant {bad_constant} = 5",
          lambda: outcome(lambda: make("Tool", (base,), {**good, bad_constant: 5})))
    check(f"{head} and a staticmethod {bad_method}",
          lambda: outcome(lambda: make("Tool", (base,), {**good, bad_method: staticmethod(lambda: 0)})))
    check(f"{head} and a property {bad_method}",
          lambda: outcome(lambda: make("Tool", (base,), {**good, bad_method: property(method(0))})))
    pair = [(bad_method, method(0)), (bad_constant, 5)]
    rng.shuffle(pair)
    check(f"{head}, then {pair[0][0]}, then {pair[1][0]} (report the first in the body)",
          lambda: outcome(lambda: make("Tool", (base,), {**good, **dict(pair)})))
    check(f"{head}, {bad_method} and {bad_constant}, with strict=False",
          lambda: outcome(lambda: make("Tool", (base,), {**good, **dict(pair)}, strict=False)))
    check(f"class Base2 (the metaclass checks the base class too) with a constant {bad_constant} = 5",
          lambda: outcome(lambda: make("Base2", (), {bad_constant: 5}, metaclass=Validated)))


def test_final_names(check, rng):
    final = rng.choice(["save", "close", "check"])
    other = rng.choice(["load", "open", "reset"])
    Model = make("Model", (), {"__final__": (final,), final: method("saved"), other: method("base")},
                 metaclass=Validated)
    head = f"Model with __final__ = ({final!r},)"
    check(f"{head}; class User(Model) overriding {other}", lambda: outcome(lambda: make("User", (Model,), {other: method("u")})))
    User = make("User", (Model,), {other: method("u")})
    check(f"{head}; class User(Model) overriding {final}",
          lambda: outcome(lambda: make("User", (Model,), {final: method("u")})))
    check(f"{head}; User(Model); class Admin(User) overriding {final}",
          lambda: outcome(lambda: make("Admin", (User,), {final: method("a")})))
    check(f"{head}; User(Model); class Admin(User) with only a constant: Admin().{final}()",
          lambda: (lambda c: getattr(c(), final)())(make("Admin", (User,), {"LEVEL": 3})))
    check(f"{head}; class User(Model, strict=False) overriding {final}",
          lambda: outcome(lambda: make("User", (Model,), {final: method("u")}, strict=False)))
    check(f"{head}; class User(Model) with a method doThing, then {final} (final names are checked first)",
          lambda: outcome(lambda: make("User", (Model,), {"doThing": method(0), final: method("u")})))


def test_plugins_register_with_init_subclass(check, rng):
    tag = f"p{rng.randint(1000, 9999)}"
    first, second = f"{tag}-csv", f"{tag}-json"
    run = method("ran")
    check(f"class CsvReader(Plugin, name={first!r}) with run",
          lambda: outcome(lambda: make("CsvReader", (Plugin,), {"run": run}, name=first)))
    check(f"Plugin.registry[{first!r}].__name__", lambda: Plugin.registry[first].__name__)
    cls_name = f"Reader{tag}"
    check(f"class {cls_name}(Plugin) with run and no name: registered as {cls_name.lower()!r}",
          lambda: (make(cls_name, (Plugin,), {"run": run}), Plugin.registry[cls_name.lower()].__name__)[1])
    check(f"class NoRun(Plugin, name={second!r}) without run",
          lambda: outcome(lambda: make("NoRun", (Plugin,), {"RATE": 1}, name=second)))
    check(f"{second!r} in Plugin.registry after NoRun failed", lambda: second in Plugin.registry)
    check(f"class Other(Plugin, name={first!r}) with run (the name is taken)",
          lambda: outcome(lambda: make("Other", (Plugin,), {"run": run}, name=first)))
    check(f"Plugin.registry[{first!r}].__name__ after Other failed", lambda: Plugin.registry[first].__name__)
    check(f"class FastCsv(CsvReader, name={second!r}) inherits run",
          lambda: outcome(lambda: make("FastCsv", (Plugin.registry[first],), {}, name=second)))
    check("'plugin' in Plugin.registry (Plugin itself is not a subclass of itself)", lambda: "plugin" in Plugin.registry)


class Colored:
    """A mixin with its own __init_subclass__ keyword: Plugin must pass keywords it does not use along."""

    def __init_subclass__(cls, /, color="none", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.color = color


def test_init_subclass_passes_other_keywords_on(check, rng):
    tag = f"c{rng.randint(1000, 9999)}"
    color = rng.choice(["red", "teal", "amber"])
    check(f"class Painter(Plugin, Colored, name={tag!r}, color={color!r}) with run: Painter.color",
          lambda: make("Painter", (Plugin, Colored), {"run": method(0)}, name=tag, color=color).color)
    check(f"Plugin.registry[{tag!r}].__name__", lambda: Plugin.registry[tag].__name__)
    check(f"class Sketch(Plugin, Colored) with run: Sketch.color",
          lambda: make(f"Sketch{tag}", (Plugin, Colored), {"run": method(0)}).color)
