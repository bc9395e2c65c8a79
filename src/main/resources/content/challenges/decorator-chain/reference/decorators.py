"""Decorators that keep their function's metadata, work on methods, take optional arguments and compose in order."""
import functools

TRACE = []  # one line per event; append to it, never rebind it


def _arguments(args, kwargs):
    return ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])


def traced(label=None):
    """@traced, @traced() or @traced("label"): writes each call, its result or its exception to TRACE."""

    def decorate(func):
        name = label if label is not None else func.__qualname__

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            TRACE.append(f"call {name}({_arguments(args, kwargs)})")
            try:
                result = func(*args, **kwargs)
            except Exception as error:
                TRACE.append(f"raise {name} {type(error).__name__}")
                raise
            TRACE.append(f"return {name} -> {result!r}")
            return result

        return wrapper

    if callable(label):  # used bare: @traced
        func, label = label, None
        return decorate(func)
    return decorate


def prefix(text):
    """@prefix("A"): the function's result, with text put in front of it."""

    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return text + func(*args, **kwargs)

        return wrapper

    return decorate


def tagged(*tags):
    """@tagged("a", "b"): adds the tags to func.tags (a tuple, older tags first) and returns func itself."""

    def decorate(func):
        func.tags = getattr(func, "tags", ()) + tags
        return func

    return decorate


def compose(*decorators):
    """compose(a, b, c)(f) is a(b(c(f))): the same as stacking @a, @b, @c above f."""

    def decorate(func):
        for decorator in reversed(decorators):
            func = decorator(func)
        return func

    return decorate
