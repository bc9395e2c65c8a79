"""Small tasks, each solved with a tool from functools."""
import functools


# 1. singledispatch ----------------------------------------------------------------------------------------------
@functools.singledispatch
def describe(value):
    """A short text for any value; types are added with describe.register."""
    return f"<{type(value).__name__}>"


@describe.register
def _(value: int):
    return f"int:{value}"


@describe.register
def _(value: bool):
    return "yes" if value else "no"


@describe.register
def _(value: float):
    return f"float:{value:.2f}"


@describe.register
def _(value: str):
    return f"str:{value}"


@describe.register(type(None))
def _(value):
    return "none"


@describe.register
def _(value: list):
    return "[" + ", ".join(describe(item) for item in value) + "]"


@describe.register
def _(value: tuple):
    return "(" + ", ".join(describe(item) for item in value) + ")"


@describe.register
def _(value: dict):
    return "{" + ", ".join(f"{describe(k)}: {describe(v)}" for k, v in value.items()) + "}"


# 2. total_ordering ----------------------------------------------------------------------------------------------
@functools.total_ordering
class Version:
    """A dotted version number such as 1.2.10, compared number by number; trailing zeros do not count."""

    def __init__(self, text):
        parts = text.split(".")
        if not all(part.isdigit() and part.isascii() for part in parts):
            raise ValueError(f"not a version: {text!r}")
        self.text = text
        numbers = [int(part) for part in parts]
        while len(numbers) > 1 and numbers[-1] == 0:
            numbers.pop()
        self.key = tuple(numbers)

    def __repr__(self):
        return f"Version({self.text!r})"

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.key == other.key

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.key < other.key

    def __hash__(self):
        return hash(self.text)


# 3. cached_property ---------------------------------------------------------------------------------------------
class Series:
    """Numbers whose summary is computed once and recomputed only after the numbers change."""

    def __init__(self, values):
        self.values = list(values)
        self.computations = 0

    @functools.cached_property
    def stats(self):
        self.computations += 1
        if not self.values:
            raise ValueError("no values")
        return {"n": len(self.values), "min": min(self.values), "max": max(self.values),
                "mean": sum(self.values) / len(self.values)}

    def append(self, value):
        self.values.append(value)
        self.__dict__.pop("stats", None)  # cached_property keeps its value in the instance __dict__


# 4. partial -----------------------------------------------------------------------------------------------------
def convert(amount, rate):
    return round(amount * rate, 2)


def converters(rates):
    """{currency: functools.partial(convert, rate=rate)} for each currency in rates."""
    return {currency: functools.partial(convert, rate=rate) for currency, rate in rates.items()}


# 5. lru_cache ---------------------------------------------------------------------------------------------------
def cached_fetch(fetch, maxsize, typed=False):
    """fetch(key), remembered for the maxsize most recently used keys (functools.lru_cache)."""
    return functools.lru_cache(maxsize=maxsize, typed=typed)(fetch)


# 6. wraps -------------------------------------------------------------------------------------------------------
def counted(func):
    """A wrapper that counts its calls in .calls and looks like func (functools.wraps)."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)

    wrapper.calls = 0
    return wrapper
