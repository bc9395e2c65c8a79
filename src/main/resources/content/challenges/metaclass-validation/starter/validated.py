"""Checking class definitions when the class is created: a metaclass, and __init_subclass__ for comparison."""
import re


class InterfaceError(TypeError):
    """A class definition breaks one of the rules."""


class Validated(type):
    """Checks every class made with it, in this order: final names, naming rules (unless strict=False), required
    methods."""

    def __new__(mcs, name, bases, namespace, *, strict=True, **kwargs):
        raise NotImplementedError


class Plugin:
    """Subclasses must have a run method and are registered by name, with __init_subclass__ instead of a metaclass."""

    registry = {}

    def __init_subclass__(cls, /, name=None, **kwargs):
        raise NotImplementedError
