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
        registries = []
        for base in bases:
            if isinstance(base, Registry) and not any(base.__registry__ is r for r in registries):
                registries.append(base.__registry__)
        if len(registries) > 1:
            raise TypeError(f"class {name} has bases from {len(registries)} different registry hierarchies")

        cls = super().__new__(mcs, name, bases, namespace, **kwargs)
        if registries:
            registry = registries[0]
        else:
            registry = {}
            cls.__registry__ = registry  # subclasses find the root's dict through their MRO

        if cls.__abstractmethods__ or namespace.get("__abstract__", False):
            return cls
        key = getattr(cls, "registry_name", name)
        if key in registry:
            raise DuplicateNameError(
                f"cannot register {name}: the name {key!r} is already taken by {registry[key].__qualname__}")
        registry[key] = cls
        return cls

    def lookup(cls, name):
        """The class registered under name in cls's hierarchy; KeyError naming it if there is none."""
        try:
            return cls.__registry__[name]
        except KeyError:
            raise KeyError(f"no class named {name!r} is registered in this hierarchy") from None

    def registered(cls):
        """The names registered in cls's hierarchy, as a list, in the order the classes were registered."""
        return list(cls.__registry__)
