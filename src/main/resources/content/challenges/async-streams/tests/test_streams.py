"""Checks for async-streams. Each check's result is compared with the reference solution's for the same inputs;
the inputs change from run to run. The api is a fake that writes every call to a log."""
import asyncio

from streams import Session, items, session, take, top


class FakeApi:
    """pages: {query: [page, page, ...]}; fetch gives them in turn, then []. Calls are logged as tuples."""

    def __init__(self, pages, connect_fails=False, fetch_fails_at=None):
        self.pages = pages
        self.log = []
        self.connect_fails = connect_fails
        self.fetch_fails_at = fetch_fails_at
        self.cursors = {}
        self.next_id = 1

    async def connect(self):
        await asyncio.sleep(0)
        if self.connect_fails:
            self.log.append(("connect refused",))
            raise ConnectionRefusedError("no")
        self.log.append(("connect",))

    async def disconnect(self):
        await asyncio.sleep(0)
        self.log.append(("disconnect",))

    async def open_cursor(self, query):
        await asyncio.sleep(0)
        cursor, self.next_id = self.next_id, self.next_id + 1
        self.cursors[cursor] = [query, 0]
        self.log.append(("open_cursor", query, cursor))
        return cursor

    async def fetch(self, cursor):
        await asyncio.sleep(0)
        query, page = self.cursors[cursor]
        self.cursors[cursor][1] += 1
        if page == self.fetch_fails_at:
            self.log.append(("fetch failed", cursor, page))
            raise TimeoutError(f"page {page} of {query!r} timed out")
        self.log.append(("fetch", cursor, page))
        pages = self.pages.get(query, [])
        return list(pages[page]) if page < len(pages) else []

    async def close_cursor(self, cursor):
        await asyncio.sleep(0)
        self.log.append(("close_cursor", cursor))


def run(coro_fn):
    """('ok', value) or ('raised', exception type name)."""
    try:
        return ("ok", asyncio.run(coro_fn()))
    except Exception as error:
        return ("raised", type(error).__name__)


def random_pages(rng):
    count = rng.randint(2, 4)
    start = rng.randint(1, 50) * 10
    pages, n = [], start
    for _ in range(count):
        size = rng.randint(2, 4)
        pages.append(list(range(n, n + size)))
        n += size
    return pages


def test_the_session_class(check, rng):
    api = FakeApi({})

    async def normal():
        async with Session(api) as s:
            api.log.append(("body", s is not None and getattr(s, "api", None) is api))
        return "after"

    check("async with Session(api) as s: ...: outcome, log", lambda: (run(normal), api.log))
    kind = rng.choice([ValueError, KeyError, OSError])
    api2 = FakeApi({})

    async def failing():
        async with Session(api2):
            api2.log.append(("body",))
            raise kind("boom")

    check(f"async with Session(api): raise {kind.__name__}: outcome, log", lambda: (run(failing), api2.log))
    api3 = FakeApi({}, connect_fails=True)

    async def refused():
        async with Session(api3):
            api3.log.append(("body",))

    check("async with Session(api) when connect() raises ConnectionRefusedError: outcome, log",
          lambda: (run(refused), api3.log))


def test_the_session_decorator(check, rng):
    api = FakeApi({})

    async def normal():
        async with session(api) as value:
            api.log.append(("body", value is api))
        return "after"

    check("async with session(api) as value: ...: outcome, log", lambda: (run(normal), api.log))
    kind = rng.choice([ValueError, KeyError, OSError])
    api2 = FakeApi({})

    async def failing():
        async with session(api2):
            api2.log.append(("body",))
            raise kind("boom")

    check(f"async with session(api): raise {kind.__name__}: outcome, log", lambda: (run(failing), api2.log))
    api3 = FakeApi({}, connect_fails=True)

    async def refused():
        async with session(api3):
            api3.log.append(("body",))

    check("async with session(api) when connect() raises ConnectionRefusedError: outcome, log",
          lambda: (run(refused), api3.log))


def test_items_pages_lazily(check, rng):
    pages = random_pages(rng)
    api = FakeApi({"q": pages})
    k = len(pages[0]) + 1   # one item into the second page

    async def consume():
        seen = []
        agen = items(api, "q")
        seen.append(("after calling items()", list(api.log)))
        got = [await agen.__anext__() for _ in range(k)]
        seen.append((f"after {k} items", got, list(api.log)))
        rest = [x async for x in agen]
        seen.append(("after the rest", rest, list(api.log)))
        return seen

    check(f"items(api, 'q') with pages {pages}: consumed step by step", lambda: run(consume))
    empty = FakeApi({"q": []})

    async def nothing():
        return [x async for x in items(empty, "q")]

    check("items(api, 'q') with no pages: items, log", lambda: (run(nothing), empty.log))


def test_items_closes_the_cursor_when_stopped_early(check, rng):
    pages = random_pages(rng)
    api = FakeApi({"q": pages})
    k = rng.randint(1, len(pages[0]) + 1)

    async def early():
        agen = items(api, "q")
        got = [await agen.__anext__() for _ in range(k)]
        await agen.aclose()
        return got

    check(f"items(api, 'q') with pages {pages}: {k} items, then aclose(): items, log",
          lambda: (run(early), api.log))


def test_items_closes_the_cursor_on_an_error(check, rng):
    pages = random_pages(rng)
    bad = rng.randint(1, len(pages) - 1)
    api = FakeApi({"q": pages}, fetch_fails_at=bad)

    async def consume():
        got = []
        try:
            async for x in items(api, "q"):
                got.append(x)
        except TimeoutError:
            got.append("TimeoutError")
        return got

    check(f"items(api, 'q') with pages {pages}, fetching page {bad} raises TimeoutError: items, log",
          lambda: (run(consume), api.log))


def test_take_closes_the_generator(check, rng):
    pages = random_pages(rng)
    total = sum(len(p) for p in pages)
    for n in (len(pages[0]), rng.randint(len(pages[0]) + 1, total - 1), total + 2, 0):
        api = FakeApi({"q": pages})

        async def taking():
            agen = items(api, "q")
            got = await take(agen, n)
            return got, list(api.log)

        check(f"take(items(api, 'q'), {n}) with pages {pages}: items, log when take returned", lambda: run(taking))


def test_top(check, rng):
    pages = random_pages(rng)
    n = rng.randint(2, sum(len(p) for p in pages) - 1)
    api = FakeApi({"q": pages, "other": [[1, 2]]})
    check(f"top(api, 'q', {n}) with pages {pages}: items, log", lambda: (run(lambda: top(api, "q", n)), api.log))
    total = sum(len(p) for p in pages)
    api2 = FakeApi({"q": pages}, fetch_fails_at=1)
    check(f"top(api, 'q', {total}) with pages {pages}, fetching page 1 raises TimeoutError: outcome, log",
          lambda: (run(lambda: top(api2, "q", total)), api2.log))
