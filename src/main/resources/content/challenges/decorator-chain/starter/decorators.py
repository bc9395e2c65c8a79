"""Decorators that keep their function's metadata, work on methods, take optional arguments and compose in order."""
import functools

TRACE = []  # one line per event; append to it, never rebind it


def traced(label=None):
    """@traced, @traced() or @traced("label"): writes each call, its result or its exception to TRACE."""
    raise NotImplementedError


def prefix(text):
    """@prefix("A"): the function's result, with text put in front of it."""
    raise NotImplementedError


def tagged(*tags):
    """@tagged("a", "b"): adds the tags to func.tags (a tuple, older tags first) and returns func itself."""
    raise NotImplementedError


def compose(*decorators):
    """compose(a, b, c)(f) is a(b(c(f))): the same as stacking @a, @b, @c above f."""
    raise NotImplementedError
