"""Generator-based context managers and an ExitStack that rolls back. See the statement for the exact rules."""
from contextlib import ExitStack, contextmanager


class Rollback(Exception):
    """Raise inside a transaction to undo it quietly."""


@contextmanager
def temporary_setting(settings, key, value):
    """Set settings[key] = value for the with block; yield the previous value (None if there was none);
    afterwards put back exactly what was there before, even when the block raises."""
    raise NotImplementedError
    yield


@contextmanager
def transaction(store):
    """Yield a working copy of the dict `store`; copy it back on success, leave `store` untouched on an exception;
    Rollback is swallowed, any other exception goes on."""
    raise NotImplementedError
    yield


def open_all(opener, names):
    """Enter opener(name) for each name, in order, and return (handles, stack): the list of what each __enter__
    returned and an ExitStack that will close them all. If one fails, close those already opened, newest first,
    and let the exception go on."""
    raise NotImplementedError
