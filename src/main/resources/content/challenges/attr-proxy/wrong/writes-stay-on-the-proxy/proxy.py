"""A proxy that forwards attribute access to a target object and records every public access."""


class RecordingProxy:
    """Wraps a target: public reads, writes and deletes go to the target and are recorded; private names are hidden."""

    def __init__(self, target):
        self._proxy_target = target
        self._proxy_log = []

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(f"private attribute {name!r}")
        self._proxy_log.append(("get", name))
        return getattr(self._proxy_target, name)


def accesses(proxy):
    return list(proxy._proxy_log)


def unwrap(proxy):
    return proxy._proxy_target
