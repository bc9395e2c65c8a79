"""A proxy that forwards attribute access to a target object and records every public access."""


class RecordingProxy:
    """Wraps a target: public reads, writes and deletes go to the target and are recorded; private names are hidden."""

    def __init__(self, target):
        # Our own __setattr__ forwards to the target, so the proxy's state is set with object.__setattr__,
        # under names that start with "_proxy" (ordinary lookup finds them; __getattr__ never sees them).
        object.__setattr__(self, "_proxy_target", target)
        object.__setattr__(self, "_proxy_log", [])

    def __getattr__(self, name):
        # Called only when ordinary lookup fails: every public name, and private names the proxy does not have.
        if name.startswith("_"):
            raise PermissionError(f"private attribute {name!r}")
        self._proxy_log.append(("get", name))
        return getattr(self._proxy_target, name)

    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise PermissionError(f"private attribute {name!r}")
        self._proxy_log.append(("set", name))
        setattr(self._proxy_target, name, value)

    def __delattr__(self, name):
        if name.startswith("_"):
            raise PermissionError(f"private attribute {name!r}")
        self._proxy_log.append(("del", name))
        delattr(self._proxy_target, name)


def accesses(proxy):
    """The proxy's record so far, oldest first: a new list of (operation, name) tuples."""
    return list(object.__getattribute__(proxy, "_proxy_log"))


def unwrap(proxy):
    """The object the proxy wraps."""
    return object.__getattribute__(proxy, "_proxy_target")
