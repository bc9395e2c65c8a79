"""Async context managers and an async generator that pages through a remote API. See the statement for the rules.

The api object has these coroutine methods: connect(), disconnect(), open_cursor(query) -> cursor,
fetch(cursor) -> list (the next page; [] once there is nothing left), close_cursor(cursor).
"""
from contextlib import aclosing, asynccontextmanager


class Session:
    """async with Session(api) as s: connects on the way in, always disconnects on the way out; s is the Session."""

    def __init__(self, api):
        raise NotImplementedError

    async def __aenter__(self):
        raise NotImplementedError

    async def __aexit__(self, exc_type, exc, tb):
        raise NotImplementedError


@asynccontextmanager
async def session(api):
    """The same with @asynccontextmanager; yields api."""
    raise NotImplementedError
    yield


async def items(api, query):
    """Yield the items of query one at a time, fetching a page only when the previous one is used up; the cursor
    is always closed: at the end, on an error, or when the consumer stops early and closes the generator."""
    raise NotImplementedError
    yield


async def take(agen, n):
    """The first n items of the async generator agen (fewer if it ends); agen is closed before take returns."""
    raise NotImplementedError


async def top(api, query, n):
    """In a session on api, take the first n items of query."""
    raise NotImplementedError
