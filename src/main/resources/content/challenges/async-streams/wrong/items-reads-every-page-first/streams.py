"""Async context managers and an async generator that pages through a remote API."""
from contextlib import aclosing, asynccontextmanager


class Session:
    """async with Session(api) as s: connects on the way in, always disconnects on the way out."""

    def __init__(self, api):
        self.api = api

    async def __aenter__(self):
        await self.api.connect()
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.api.disconnect()
        return False


@asynccontextmanager
async def session(api):
    await api.connect()
    try:
        yield api
    finally:
        await api.disconnect()


async def items(api, query):
    cursor = await api.open_cursor(query)
    everything = []
    try:
        while True:
            page = await api.fetch(cursor)
            if not page:
                break
            everything.extend(page)
    finally:
        await api.close_cursor(cursor)
    for item in everything:
        yield item


async def take(agen, n):
    found = []
    async with aclosing(agen):
        if n <= 0:
            return found
        async for item in agen:
            found.append(item)
            if len(found) >= n:
                break
    return found


async def top(api, query, n):
    async with session(api):
        return await take(items(api, query), n)
