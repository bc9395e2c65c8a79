class Registry(type):
    """A metaclass that records every class created with it in Registry.classes, by name."""

    classes = {}

    def __new__(mcs, name, bases, namespace):
        cls = super().__new__(mcs, name, bases, namespace)
        if namespace.get("register", True):
            mcs.classes[name] = cls
        return cls

    @classmethod
    def get(mcs, name):
        try:
            return mcs.classes[name]
        except KeyError:
            raise KeyError(f"no class named {name!r} is registered") from None
