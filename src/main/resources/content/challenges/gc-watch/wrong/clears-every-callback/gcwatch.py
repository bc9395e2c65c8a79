"""Watching and tuning CPython's cyclic garbage collector (3.11). See the statement for the exact rules."""
import contextlib
import gc


class GCWatch:
    """A context manager that records every collection that finishes while it is active (through gc.callbacks)."""

    def __init__(self):
        self.collections = []  # {"generation": g, "collected": n, "uncollectable": u}, in order

    def _callback(self, phase, info):
        if phase == "stop":  # "start" comes before the collection, without its results
            self.collections.append({"generation": info["generation"], "collected": info["collected"],
                                     "uncollectable": info["uncollectable"]})

    def __enter__(self):
        self._registered = self._callback  # one bound method object, so that exit removes exactly this one
        gc.callbacks.append(self._registered)
        return self

    def __exit__(self, kind, error, traceback):
        gc.callbacks.clear()
        return False  # never swallow an exception

    def counts(self):
        """{0: n0, 1: n1, 2: n2}: how many recorded collections of each generation."""
        counts = {0: 0, 1: 0, 2: 0}
        for collection in self.collections:
            counts[collection["generation"]] += 1
        return counts

    def total_collected(self):
        """The sum of "collected" over the recorded collections."""
        return sum(collection["collected"] for collection in self.collections)


@contextlib.contextmanager
def gc_paused():
    """A context manager: automatic collection off inside, as it was before afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def thresholds(threshold0, threshold1=None, threshold2=None):
    """A context manager: these collection thresholds inside (None keeps one), the previous ones afterwards."""
    for value in (threshold0, threshold1, threshold2):
        if value is not None and value < 0:
            raise ValueError(f"a threshold must be >= 0, not {value}")
    return _thresholds(threshold0, threshold1, threshold2)


@contextlib.contextmanager
def _thresholds(*wanted):
    previous = gc.get_threshold()
    inside = tuple(old if new is None else new for old, new in zip(previous, wanted))
    gc.set_threshold(*inside)
    try:
        yield inside
    finally:
        gc.set_threshold(*previous)
