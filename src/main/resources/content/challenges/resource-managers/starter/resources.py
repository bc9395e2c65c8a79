"""Context-manager classes that keep a log of what they do. See the statement for the exact rules."""


class Resource:
    """A named, single-use resource.

    state: "new" -> "open" -> "closed", or "new" -> "failed" when opening fails.
    log entries: ("open", name), ("open-failed", name), ("close", name, exception type name or None).
    """

    def __init__(self, name, log, *, fail_open=False, fail_close=False):
        raise NotImplementedError

    def __enter__(self):
        raise NotImplementedError

    def __exit__(self, exc_type, exc, tb):
        raise NotImplementedError


class Suppress:
    """Swallows exceptions of the given types (and their subclasses), nothing else; logs ("suppressed", type name)."""

    def __init__(self, *types, log):
        raise NotImplementedError

    def __enter__(self):
        raise NotImplementedError

    def __exit__(self, exc_type, exc, tb):
        raise NotImplementedError


class Group:
    """Enters its members in order, exits them in reverse order, like nested with statements."""

    def __init__(self, *members):
        raise NotImplementedError

    def __enter__(self):
        raise NotImplementedError

    def __exit__(self, exc_type, exc, tb):
        raise NotImplementedError
