"""Looking at the call stack from inside a running program (CPython 3.11). See the statement for the exact rules."""
import functools
import sys


def caller_chain(depth):
    """Names of the functions on the stack, from the caller of caller_chain outward, at most `depth` of them."""
    raise NotImplementedError


def caller_local(name, up=1):
    """The local variable `name` of the frame `up` levels above the function that calls caller_local."""
    raise NotImplementedError


def track_depth(func):
    """Decorator: wrapper.depths lists, call by call, how many calls of func were active in that thread."""
    raise NotImplementedError
