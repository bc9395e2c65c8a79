"""Classes and methods made at run time."""
import keyword
import types


def record_class(name, fields, defaults=None):
    """A new class called name, made with type(), whose instances hold the given fields."""
    raise NotImplementedError


def add_method(cls, func, name=None, kind="instance"):
    """Attach func to cls as a method called name (default func.__name__); kind is instance, class or static."""
    raise NotImplementedError


def attach(obj, func, name=None):
    """Bind func to obj alone, as a method called name (default func.__name__); returns the bound method."""
    raise NotImplementedError
