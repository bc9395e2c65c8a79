"""A lazy text-processing pipeline made of generators."""
from collections import deque


def lines(chunks):
    buffer = ""
    for chunk in chunks:
        buffer += chunk
        while "\n" in buffer:
            line, buffer = buffer.split("\n", 1)
            yield line
    if buffer:
        yield buffer


def parse(lines):
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        fields = line.split(",")
        if len(fields) != 2:
            continue
        name = fields[0].strip()
        try:
            value = int(fields[1].strip())
        except ValueError:
            continue
        if name:
            yield name, value


def only(records, names):
    names = set(names)
    return (record for record in records if record[0] in names)


def window(items, size):
    if size < 1:
        raise ValueError(f"window size must be at least 1, not {size}")
    recent = deque(maxlen=size)
    for item in items:
        recent.append(item)
        if len(recent) == size:
            yield tuple(recent)


def batch(items, size):
    if size < 1:
        raise ValueError(f"batch size must be at least 1, not {size}")
    return _batch(items, size)


def _batch(items, size):
    current = []
    for item in items:
        current.append(item)
        if len(current) == size:
            yield current
            current = []
    if current:
        yield current


def moving_totals(chunks, name, size):
    values = (value for _, value in only(parse(lines(chunks)), [name]))
    return (sum(w) for w in window(values, size))
