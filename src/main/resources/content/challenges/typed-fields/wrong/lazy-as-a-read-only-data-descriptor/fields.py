"""Validated fields (data descriptors) and a lazily computed attribute (a non-data descriptor)."""

MISSING = object()  # "no default given"


class Field:
    """A data descriptor that checks the type and range of the values assigned to an attribute."""

    def __init__(self, kind, *, minimum=None, maximum=None, default=MISSING):
        self.kind = kind
        self.minimum = minimum
        self.maximum = maximum
        self.default = default
        self.name = None
        self.key = None

    def __set_name__(self, owner, name):
        self.name = name
        self.key = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        try:
            return obj.__dict__[self.key]
        except KeyError:
            if self.default is not MISSING:
                return self.default
            raise AttributeError(f"'{self.name}' is not set") from None

    def __set__(self, obj, value):
        if self.kind is float and type(value) is int:
            value = float(value)
        if (isinstance(value, bool) and self.kind is not bool) or not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.name} must be >= {self.minimum}, got {value!r}")
        if self.maximum is not None and value > self.maximum:
            raise ValueError(f"{self.name} must be <= {self.maximum}, got {value!r}")
        obj.__dict__[self.key] = value

    def __delete__(self, obj):
        try:
            del obj.__dict__[self.key]
        except KeyError:
            raise AttributeError(f"'{self.name}' is not set") from None


class lazy:
    """A non-data descriptor: computes the value on first access and caches it in the instance's __dict__."""

    def __init__(self, func):
        self.func = func
        self.name = None

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        if self.name in obj.__dict__:
            return obj.__dict__[self.name]
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value

    def __set__(self, obj, value):
        raise AttributeError(f"{self.name} is read-only")
