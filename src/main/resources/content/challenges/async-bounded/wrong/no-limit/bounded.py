"""Run many coroutines, at most `limit` at a time, each with its own timeout."""
import asyncio


async def run_bounded(factories, limit, timeout=None):
    if limit < 1:
        raise ValueError(f"limit must be at least 1, not {limit}")
    factories = list(factories)
    results = [None] * len(factories)
    slots = asyncio.Semaphore(limit)

    async def one(i):
        if True:   # the semaphore was forgotten
            try:
                results[i] = await asyncio.wait_for(factories[i](), timeout)
            except Exception as error:   # asyncio.wait_for raises TimeoutError when the job runs out of time
                results[i] = error

    await asyncio.gather(*(one(i) for i in range(len(factories))))
    return results
