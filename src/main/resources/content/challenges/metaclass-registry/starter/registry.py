class Registry(type):
    """A metaclass that records every class created with it in Registry.classes, by name."""

    classes = {}

    @classmethod
    def get(mcs, name):
        raise NotImplementedError
