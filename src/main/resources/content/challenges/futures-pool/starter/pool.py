"""concurrent.futures: chunked maps, errors per task, cancelling what has not started. See the statement.

An outcome is ("ok", value), ("error", exception type name) or ("cancelled", None).
"""
from concurrent.futures import as_completed, wait
from functools import partial


def map_chunked(executor, fn, items, chunksize):
    """fn applied to every item, `chunksize` items per task submitted to executor (one submit per chunk); the
    outcomes in input order. The callable you submit must be picklable (a module-level function, or a
    functools.partial of one), so that the same code works with a ProcessPoolExecutor."""
    raise NotImplementedError


class Batch:
    """One future per item, submitted to executor when the Batch is made."""

    def __init__(self, executor, fn, items):
        raise NotImplementedError

    def cancel_pending(self):
        """Cancel every future that has not started; return how many this call cancelled."""
        raise NotImplementedError

    def completed(self):
        """Yield (index, outcome) for each future as it completes (concurrent.futures.as_completed)."""
        raise NotImplementedError

    def outcomes(self):
        """Wait for every future; return the outcomes in input order."""
        raise NotImplementedError
