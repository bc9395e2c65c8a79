"""Classes and methods made at run time."""
import keyword
import types


def record_class(name, fields, defaults=None):
    """A new class called name, made with type(), whose instances hold the given fields."""
    fields = tuple(fields)
    defaults = dict(defaults or {})
    for field in fields:
        if not isinstance(field, str) or not field.isidentifier() or keyword.iskeyword(field) or field.startswith("_"):
            raise ValueError(f"invalid field name: {field!r}")
    if len(set(fields)) != len(fields):
        raise ValueError("duplicate field name")
    unknown = [key for key in defaults if key not in fields]
    if unknown:
        raise ValueError(f"defaults for unknown fields: {unknown}")

    def __init__(self, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError(f"{name}() takes {len(fields)} positional arguments but {len(args)} were given")
        values = dict(zip(fields, args))
        for key, value in kwargs.items():
            if key not in fields:
                raise TypeError(f"{name}() got an unexpected keyword argument {key!r}")
            if key in values:
                raise TypeError(f"{name}() got multiple values for argument {key!r}")
            values[key] = value
        for field in fields:
            if field not in values:
                if field not in defaults:
                    raise TypeError(f"{name}() missing argument {field!r}")
                values[field] = defaults[field]
            setattr(self, field, values[field])

    def __repr__(self):
        inner = ", ".join(f"{field}={getattr(self, field)!r}" for field in fields)
        return f"{name}({inner})"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, field) == getattr(other, field) for field in fields)

    def _asdict(self):
        return {field: getattr(self, field) for field in fields}

    namespace = {"_fields": fields, "__init__": __init__, "__repr__": __repr__, "__eq__": __eq__,
                 "__hash__": None, "_asdict": _asdict}
    return type(name, (object,), namespace)


def add_method(cls, func, name=None, kind="instance"):
    """Attach func to cls as a method called name (default func.__name__); kind is instance, class or static."""
    name = name or func.__name__
    if kind == "instance":
        value = func
    elif kind == "class":
        value = classmethod(func)
    elif kind == "static":
        value = staticmethod(func)
    else:
        raise ValueError(f"unknown kind {kind!r}")
    setattr(cls, name, value)
    return cls


def attach(obj, func, name=None):
    """Bind func to obj alone, as a method called name (default func.__name__); returns the bound method."""
    name = name or func.__name__
    if name.startswith("__") and name.endswith("__"):
        raise ValueError(f"special method {name} must be added to the class")
    if not hasattr(obj, "__dict__"):
        raise TypeError(f"cannot attach methods to {type(obj).__name__} objects")
    bound = types.MethodType(func, obj)
    setattr(obj, name, bound)
    return bound
