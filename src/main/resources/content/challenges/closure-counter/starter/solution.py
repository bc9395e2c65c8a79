def make_counter(start=0, step=1):
    """Return a function that returns start, start + step, start + 2 * step, ... on successive calls."""
    raise NotImplementedError
