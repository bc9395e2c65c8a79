"""Looking at the call stack from inside a running program (CPython 3.11). See the statement for the exact rules."""
import functools
import sys


def caller_chain(depth):
    """Names of the functions on the stack, from the caller of caller_chain outward, at most `depth` of them."""
    names = []
    frame = sys._getframe(1)  # 0 is caller_chain itself
    while frame is not None and len(names) < depth:
        names.append(frame.f_code.co_name)
        frame = frame.f_back
    return names


def caller_local(name, up=1):
    """The local variable `name` of the frame `up` levels above the function that calls caller_local."""
    if up < 0:
        raise ValueError(f"up must be >= 0, not {up}")
    frame = sys._getframe(1)  # the function that called caller_local: up == 0
    for _ in range(up):
        frame = frame.f_back
        if frame is None:
            raise ValueError(f"the stack is not {up} frames deep")
    local_variables = frame.f_locals
    if name not in local_variables:
        raise KeyError(name)
    return local_variables[name]


def track_depth(func):
    """Decorator: wrapper.depths lists, call by call, how many calls of func were active in that thread."""
    code = func.__code__

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        depth = 1  # this call
        frame = sys._getframe(1)
        while frame is not None:
            if frame.f_code is code:  # an active call of func itself (not of another decorated function)
                depth += 1
            frame = frame.f_back
        wrapper.depths.append(depth)
        return func(*args, **kwargs)

    wrapper.depths = []
    return wrapper
