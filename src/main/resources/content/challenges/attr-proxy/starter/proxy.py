"""A proxy that forwards attribute access to a target object and records every public access."""


class RecordingProxy:
    """Wraps a target: public reads, writes and deletes go to the target and are recorded; private names are hidden."""

    def __init__(self, target):
        raise NotImplementedError

    def __getattr__(self, name):
        raise NotImplementedError

    def __setattr__(self, name, value):
        raise NotImplementedError

    def __delattr__(self, name):
        raise NotImplementedError


def accesses(proxy):
    """The proxy's record so far, oldest first: a new list of (operation, name) tuples."""
    raise NotImplementedError


def unwrap(proxy):
    """The object the proxy wraps."""
    raise NotImplementedError
