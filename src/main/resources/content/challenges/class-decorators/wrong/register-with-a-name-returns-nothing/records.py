"""Class decorators: a small dataclass (record) and a registering decorator (register)."""
import inspect

REGISTRY = {}  # name -> class, filled by @register
_MISSING = object()


def record(cls=None, *, order=False):
    """@record or @record(order=True): adds __init__, __repr__, __eq__ (and ordering) from the annotations."""
    if cls is None:
        return lambda klass: _make_record(klass, order)
    return _make_record(cls, order)


def _make_record(cls, order):
    fields = list(getattr(cls, "__record_fields__", ()))  # a record base class's fields come first
    for name in cls.__dict__.get("__annotations__", {}):
        if name not in fields:
            fields.append(name)
    defaults = {}
    for name in fields:
        value = getattr(cls, name, _MISSING)
        if value is _MISSING:
            if defaults:
                raise TypeError(f"non-default field {name!r} follows a default field")
            continue
        if isinstance(value, (list, dict, set)):
            raise ValueError(f"mutable default {type(value).__name__} for field {name!r}")
        defaults[name] = value
    signature = inspect.Signature([
        inspect.Parameter(name, inspect.Parameter.POSITIONAL_OR_KEYWORD, default=defaults.get(name, inspect.Parameter.empty))
        for name in fields
    ])

    def __init__(self, *args, **kwargs):
        bound = signature.bind(*args, **kwargs)  # TypeError for missing, extra or unknown arguments
        bound.apply_defaults()
        for name, value in bound.arguments.items():
            setattr(self, name, value)

    def __repr__(self):
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in fields)
        return f"{type(self).__name__}({inner})"

    def values(self):
        return tuple(getattr(self, name) for name in fields)

    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return values(self) == values(other)

    def comparison(op):
        def compare(self, other):
            if other.__class__ is not self.__class__:
                return NotImplemented
            return op(values(self), values(other))

        return compare

    methods = {"__init__": __init__, "__repr__": __repr__, "__eq__": __eq__, "__hash__": None}
    if order:
        methods.update(__lt__=comparison(lambda a, b: a < b), __le__=comparison(lambda a, b: a <= b),
                       __gt__=comparison(lambda a, b: a > b), __ge__=comparison(lambda a, b: a >= b))
    for name, method in methods.items():
        if name not in cls.__dict__:  # what the class body defines itself is kept
            if method is not None:
                method.__qualname__ = f"{cls.__qualname__}.{name}"
            setattr(cls, name, method)
    cls.__record_fields__ = tuple(fields)
    return cls


def register(name=None):
    """@register or @register("name"): records the class in REGISTRY and returns it unchanged."""
    if isinstance(name, type):  # used bare: @register
        return _register(name, name.__name__)
    def decorate(cls):
        _register(cls, cls.__name__ if name is None else name)

    return decorate


def _register(cls, name):
    if name in REGISTRY:
        raise ValueError(f"{name!r} is already registered")
    REGISTRY[name] = cls
    return cls
