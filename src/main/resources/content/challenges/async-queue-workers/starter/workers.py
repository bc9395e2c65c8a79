"""A fixed pool of asyncio workers fed by an asyncio.Queue. See the statement for the exact rules."""
import asyncio


class WorkerPool:
    """`workers` worker tasks take items from one asyncio.Queue(maxsize) and await handler(item) for each.

    results: {item: ("ok", value) or ("error", exception type name)} for every item whose handler finished.
    """

    def __init__(self, handler, workers, maxsize=0):
        raise NotImplementedError

    async def start(self):
        """Start the worker tasks."""
        raise NotImplementedError

    async def submit(self, item):
        """Put item in the queue, waiting while it is full. RuntimeError once the pool is stopped."""
        raise NotImplementedError

    async def join(self):
        """Wait until every item submitted so far has been handled."""
        raise NotImplementedError

    async def stop(self):
        """Cancel the workers, wait for them to finish, and return
        {"in_flight": items being handled when stop() was called, "pending": items never taken from the queue}."""
        raise NotImplementedError
