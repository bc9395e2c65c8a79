import abc


class DuplicateNameError(Exception):
    """Raised when a class would be registered under a name its hierarchy already uses."""


class Registry(abc.ABCMeta):
    """A metaclass that registers the concrete classes of each class hierarchy by name."""

    _classes = {}

    def __new__(mcs, name, bases, namespace, **kwargs):
        cls = super().__new__(mcs, name, bases, namespace, **kwargs)
        if cls.__abstractmethods__ or namespace.get("__abstract__", False):
            return cls
        key = namespace.get("registry_name", name)
        if key in Registry._classes:
            raise DuplicateNameError(f"the name {key!r} is already registered")
        Registry._classes[key] = cls
        return cls

    def lookup(cls, name):
        """The class registered under name in cls's hierarchy; KeyError naming it if there is none."""
        try:
            return Registry._classes[name]
        except KeyError:
            raise KeyError(f"no class named {name!r} is registered") from None

    def registered(cls):
        """The names registered in cls's hierarchy, as a list, in the order the classes were registered."""
        return list(Registry._classes)
