"""Validated fields (data descriptors) and a lazily computed attribute (a non-data descriptor)."""

MISSING = object()  # "no default given"


class Field:
    """A data descriptor that checks the type and range of the values assigned to an attribute."""

    def __init__(self, kind, *, minimum=None, maximum=None, default=MISSING):
        self.kind = kind
        self.minimum = minimum
        self.maximum = maximum
        self.default = default

    def __set_name__(self, owner, name):
        raise NotImplementedError

    def __get__(self, obj, objtype=None):
        raise NotImplementedError

    def __set__(self, obj, value):
        raise NotImplementedError

    def __delete__(self, obj):
        raise NotImplementedError


class lazy:
    """A non-data descriptor: computes the value on first access and caches it in the instance's __dict__."""

    def __init__(self, func):
        self.func = func

    def __set_name__(self, owner, name):
        raise NotImplementedError

    def __get__(self, obj, objtype=None):
        raise NotImplementedError
