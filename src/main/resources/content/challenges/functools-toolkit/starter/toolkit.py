"""Small tasks, each solved with a tool from functools."""
import functools


# 1. singledispatch ----------------------------------------------------------------------------------------------
def describe(value):
    """A short text for any value; types are added with describe.register."""
    raise NotImplementedError


# 2. total_ordering ----------------------------------------------------------------------------------------------
class Version:
    """A dotted version number such as 1.2.10, compared number by number; trailing zeros do not count."""

    def __init__(self, text):
        raise NotImplementedError


# 3. cached_property ---------------------------------------------------------------------------------------------
class Series:
    """Numbers whose summary is computed once and recomputed only after the numbers change."""

    def __init__(self, values):
        self.values = list(values)
        self.computations = 0

    def append(self, value):
        raise NotImplementedError


# 4. partial -----------------------------------------------------------------------------------------------------
def convert(amount, rate):
    return round(amount * rate, 2)


def converters(rates):
    """{currency: functools.partial(convert, rate=rate)} for each currency in rates."""
    raise NotImplementedError


# 5. lru_cache ---------------------------------------------------------------------------------------------------
def cached_fetch(fetch, maxsize, typed=False):
    """fetch(key), remembered for the maxsize most recently used keys (functools.lru_cache)."""
    raise NotImplementedError


# 6. wraps -------------------------------------------------------------------------------------------------------
def counted(func):
    """A wrapper that counts its calls in .calls and looks like func (functools.wraps)."""
    raise NotImplementedError
