"""A lazy text-processing pipeline made of generators. See the statement for the exact rules.

Every stage takes an iterable and returns an iterator, and pulls from its input only when it needs the next item to
produce its next output: nothing is read ahead, nothing is collected in a list first.
"""


def lines(chunks):
    """The lines of the text made of the string pieces `chunks`, without their '\\n'."""
    raise NotImplementedError


def parse(lines):
    """(name, int value) for each well-formed 'name,value' line; blank, '#' and malformed lines are skipped."""
    raise NotImplementedError


def only(records, names):
    """The records whose name is in names."""
    raise NotImplementedError


def window(items, size):
    """Sliding windows: tuples of `size` consecutive items. ValueError at once if size < 1."""
    raise NotImplementedError


def batch(items, size):
    """Lists of `size` consecutive items; the last one may be shorter. ValueError at once if size < 1."""
    raise NotImplementedError


def moving_totals(chunks, name, size):
    """The sum of each window of `size` consecutive values of the records called `name`."""
    raise NotImplementedError
