import abc


class DuplicateNameError(Exception):
    """Raised when a class would be registered under a name its hierarchy already uses."""


class Registry(abc.ABCMeta):
    """A metaclass that registers the concrete classes of each class hierarchy by name.

    - A class whose bases include no class made by Registry is a root: it starts a hierarchy of its own,
      with an empty registry.
    - Every class made by Registry (the root and every subclass) is registered in its hierarchy's registry when
      it is defined, unless it is abstract.
    - Abstract means: the class has abstract methods (cls.__abstractmethods__ is not empty, inherited ones
      included), or its own class body sets __abstract__ = True (that marker is not inherited).
    - The name is the class body's own registry_name if it sets one, else the class's __name__.
    - A name already used in the same hierarchy raises DuplicateNameError (the class is not registered).
    - Bases from two different hierarchies raise TypeError.
    """

    def __new__(mcs, name, bases, namespace, **kwargs):
        raise NotImplementedError

    def lookup(cls, name):
        """The class registered under name in cls's hierarchy; KeyError naming it if there is none."""
        raise NotImplementedError

    def registered(cls):
        """The names registered in cls's hierarchy, as a list, in the order the classes were registered."""
        raise NotImplementedError
