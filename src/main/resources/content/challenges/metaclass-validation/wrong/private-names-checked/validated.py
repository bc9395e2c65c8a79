"""Checking class definitions when the class is created: a metaclass, and __init_subclass__ for comparison."""
import re

METHOD_NAME = re.compile(r"[a-z][a-z0-9_]*")
CONSTANT_NAME = re.compile(r"[A-Z][A-Z0-9_]*")


class InterfaceError(TypeError):
    """A class definition breaks one of the rules."""


def _is_method(value):
    return callable(value) or isinstance(value, (staticmethod, classmethod, property))


class Validated(type):
    """Checks every class made with it, in this order: final names, naming rules (unless strict=False), required
    methods."""

    def __new__(mcs, name, bases, namespace, *, strict=True, **kwargs):
        cls = super().__new__(mcs, name, bases, namespace, **kwargs)
        ancestors = cls.__mro__[1:]
        for attr in namespace:
            for base in ancestors:
                if attr in base.__dict__.get("__final__", ()):
                    raise InterfaceError(f"{name}: {attr!r} is final in {base.__name__}")
        if strict:
            for attr, value in namespace.items():
                if attr.startswith("__"):
                    continue
                if _is_method(value):
                    if not METHOD_NAME.fullmatch(attr):
                        raise InterfaceError(f"{name}: method name {attr!r} is not snake_case")
                elif not CONSTANT_NAME.fullmatch(attr):
                    raise InterfaceError(f"{name}: constant name {attr!r} is not UPPER_CASE")
        if "__required__" not in namespace:
            required = []
            for klass in reversed(cls.__mro__):
                for attr in klass.__dict__.get("__required__", ()):
                    if attr not in required:
                        required.append(attr)
            for attr in required:
                if not callable(getattr(cls, attr, None)):
                    raise InterfaceError(f"{name}: missing required method {attr!r}")
        return cls


class Plugin:
    """Subclasses must have a run method and are registered by name, with __init_subclass__ instead of a metaclass."""

    registry = {}

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = cls.__name__.lower() if name is None else name
        if not callable(getattr(cls, "run", None)):
            raise InterfaceError(f"{cls.__name__}: missing required method 'run'")
        if key in Plugin.registry:
            raise InterfaceError(f"{cls.__name__}: plugin name {key!r} is taken")
        Plugin.registry[key] = cls
