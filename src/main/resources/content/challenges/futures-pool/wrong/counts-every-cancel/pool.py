"""concurrent.futures: chunked maps, errors per task, cancelling what has not started."""
from concurrent.futures import as_completed, wait
from functools import partial


def outcome_of(future):
    """("ok", value), ("error", exception type name) or ("cancelled", None) for a finished future."""
    if future.cancelled():
        return ("cancelled", None)
    error = future.exception()
    if error is not None:
        return ("error", type(error).__name__)
    return ("ok", future.result())


def _run_chunk(fn, chunk):
    """Runs in the worker: one task for a whole chunk, one outcome per item (an error stays with its item)."""
    outcomes = []
    for item in chunk:
        try:
            outcomes.append(("ok", fn(item)))
        except Exception as error:
            outcomes.append(("error", type(error).__name__))
    return outcomes


def map_chunked(executor, fn, items, chunksize):
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, not {chunksize}")
    items = list(items)
    futures = [executor.submit(partial(_run_chunk, fn), items[i:i + chunksize])
               for i in range(0, len(items), chunksize)]
    results = []
    for future in futures:
        results.extend(future.result())
    return results


class Batch:
    def __init__(self, executor, fn, items):
        self.futures = [executor.submit(fn, item) for item in items]

    def cancel_pending(self):
        cancelled = 0
        for future in self.futures:
            if future.cancel():
                cancelled += 1
        return cancelled

    def completed(self):
        index = {future: i for i, future in enumerate(self.futures)}
        for future in as_completed(self.futures):
            yield index[future], outcome_of(future)

    def outcomes(self):
        wait(self.futures)
        return [outcome_of(future) for future in self.futures]
