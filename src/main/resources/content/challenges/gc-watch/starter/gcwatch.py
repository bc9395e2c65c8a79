"""Watching and tuning CPython's cyclic garbage collector (3.11). See the statement for the exact rules."""
import contextlib
import gc


class GCWatch:
    """A context manager that records every collection that finishes while it is active (through gc.callbacks)."""

    def __init__(self):
        self.collections = []  # {"generation": g, "collected": n, "uncollectable": u}, in order

    def __enter__(self):
        raise NotImplementedError

    def __exit__(self, kind, error, traceback):
        raise NotImplementedError

    def counts(self):
        """{0: n0, 1: n1, 2: n2}: how many recorded collections of each generation."""
        raise NotImplementedError

    def total_collected(self):
        """The sum of "collected" over the recorded collections."""
        raise NotImplementedError


def gc_paused():
    """A context manager: automatic collection off inside, as it was before afterwards."""
    raise NotImplementedError


def thresholds(threshold0, threshold1=None, threshold2=None):
    """A context manager: these collection thresholds inside (None keeps one), the previous ones afterwards."""
    raise NotImplementedError
