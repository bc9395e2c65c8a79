"""Run many coroutines, at most `limit` at a time, each with its own timeout."""
import asyncio


async def run_bounded(factories, limit, timeout=None):
    if limit < 1:
        raise ValueError(f"limit must be at least 1, not {limit}")
    slots = asyncio.Semaphore(limit)

    async def one(factory):
        async with slots:
            try:
                return await asyncio.wait_for(factory(), timeout)
            except asyncio.TimeoutError as error:
                return error

    return await asyncio.gather(*(one(f) for f in factories))
