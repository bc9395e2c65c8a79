"""Run many coroutines, at most `limit` at a time, each with its own timeout."""
import asyncio


async def run_bounded(factories, limit, timeout=None):
    if limit < 1:
        raise ValueError(f"limit must be at least 1, not {limit}")
    slots = asyncio.Semaphore(limit)

    async def guarded(factory):
        async with slots:
            return await factory()

    async def one(factory):
        try:
            return await asyncio.wait_for(guarded(factory), timeout)
        except Exception as error:
            return error

    return await asyncio.gather(*(one(f) for f in factories))
