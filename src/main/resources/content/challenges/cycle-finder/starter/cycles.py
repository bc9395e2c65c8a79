"""Reference cycles and the cyclic garbage collector (CPython 3.11). See the statement for the exact rules."""
import gc


def find_cycles(objects):
    """objects: {label: object}. The groups of labels whose objects lie on reference cycles, as sorted lists."""
    raise NotImplementedError


def count_freed(make):
    """Call make() with the automatic collector off; return how many objects gc.collect() then finds unreachable."""
    raise NotImplementedError


def generation_of(obj):
    """0, 1 or 2: the collector's generation that holds obj; None if the collector does not track obj."""
    raise NotImplementedError
