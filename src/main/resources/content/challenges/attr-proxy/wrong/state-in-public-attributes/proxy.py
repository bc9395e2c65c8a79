"""A proxy that forwards attribute access to a target object and records every public access."""


class RecordingProxy:
    """Wraps a target: public reads, writes and deletes go to the target and are recorded; private names are hidden."""

    def __init__(self, target):
        object.__setattr__(self, "target", target)
        object.__setattr__(self, "log", [])

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(f"private attribute {name!r}")
        self.log.append(("get", name))
        return getattr(self.target, name)

    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError(f"private attribute {name!r}")
        self.log.append(("set", name))
        setattr(self.target, name, value)

    def __delattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(f"private attribute {name!r}")
        self.log.append(("del", name))
        delattr(self.target, name)


def accesses(proxy):
    return list(proxy.log)


def unwrap(proxy):
    return proxy.target
