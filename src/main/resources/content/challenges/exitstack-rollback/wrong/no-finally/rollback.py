"""Generator-based context managers and an ExitStack that rolls back."""
from contextlib import ExitStack, contextmanager


class Rollback(Exception):
    """Raise inside a transaction to undo it quietly."""


_MISSING = object()


@contextmanager
def temporary_setting(settings, key, value):
    previous = settings.get(key, _MISSING)
    settings[key] = value
    yield None if previous is _MISSING else previous
    if previous is _MISSING:
        settings.pop(key, None)
    else:
        settings[key] = previous


@contextmanager
def transaction(store):
    work = dict(store)
    try:
        yield work
    except Rollback:
        return
    store.clear()
    store.update(work)


def open_all(opener, names):
    with ExitStack() as stack:
        handles = [stack.enter_context(opener(name)) for name in names]
        return handles, stack.pop_all()
