"""Context-manager classes that keep a log of what they do."""


class Resource:
    """A named resource that writes ("open", name) and ("close", name, exception name or None) to log.

    Single-use: a second `with` on the same object raises RuntimeError.
    """

    def __init__(self, name, log, *, fail_open=False, fail_close=False):
        self.name = name
        self.log = log
        self.fail_open = fail_open
        self.fail_close = fail_close
        self.state = "new"

    def __enter__(self):
        if self.state != "new":
            raise RuntimeError(f"resource {self.name} is single-use")
        if self.fail_open:
            self.state = "failed"
            self.log.append(("open-failed", self.name))
            raise OSError(f"cannot open {self.name}")
        self.state = "open"
        self.log.append(("open", self.name))
        return self

    def __exit__(self, exc_type, exc, tb):
        self.state = "closed"
        self.log.append(("close", self.name, None if exc_type is None else exc_type.__name__))
        if self.fail_close:
            raise OSError(f"cannot close {self.name}")
        return False


class Suppress:
    """Swallows exceptions of the given types (subclasses too) and nothing else. Reusable and reentrant."""

    def __init__(self, *types, log):
        self.types = types
        self.log = log

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            self.log.append(("suppressed", exc_type.__name__))
            return True
        return False


class Group:
    """Enters its members in order and exits them in reverse order, as nested with statements would."""

    def __init__(self, *members):
        self.members = members
        self.entered = []

    def __enter__(self):
        if self.entered:
            raise RuntimeError("group is already entered")
        values = []
        try:
            for member in self.members:
                values.append(member.__enter__())
                self.entered.append(member)
        except BaseException as error:
            # close what was opened, newest first; a member cannot suppress a failure to enter the group
            self._unwind(type(error), error, error.__traceback__)
            raise
        return values

    def __exit__(self, exc_type, exc, tb):
        return self._unwind(exc_type, exc, tb)

    def _unwind(self, exc_type, exc, tb):
        pending = exc
        original = exc
        while self.entered:
            member = self.entered.pop(0)
            try:
                if pending is None:
                    suppressed = member.__exit__(None, None, None)
                else:
                    suppressed = member.__exit__(type(pending), pending, pending.__traceback__)
                if suppressed:
                    pending = None
            except BaseException as error:
                if error is not pending:
                    error.__context__ = pending
                pending = error
        if pending is None:
            return original is not None
        if pending is original:
            return False
        raise pending
