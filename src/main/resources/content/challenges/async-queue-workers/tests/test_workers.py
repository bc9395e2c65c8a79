"""Checks for async-queue-workers. Each check's result is compared with the reference solution's for the same
inputs; the inputs change from run to run. The handlers are the tests' own coroutines: they count how many run at
once and write what happens to them to a trace."""
import asyncio

from workers import WorkerPool


def outcome(fn):
    try:
        return ("ok", fn())
    except Exception as error:
        return ("raised", type(error).__name__)


async def attempt(awaitable, seconds=None):
    try:
        if seconds is None:
            return ("ok", await awaitable)
        return ("ok", await asyncio.wait_for(awaitable, seconds))
    except Exception as error:
        return ("raised", type(error).__name__)


class Handlers:
    """handler(item): a few event-loop steps, then item * 3; raises for `bad` items; never ends for `slow` items."""

    def __init__(self, steps, bad=(), slow=()):
        self.steps, self.bad, self.slow = steps, set(bad), set(slow)
        self.running = self.most = 0
        self.calls = {}
        self.trace = []
        self.gate = None

    async def __call__(self, item):
        self.calls[item] = self.calls.get(item, 0) + 1
        self.running += 1
        self.most = max(self.most, self.running)
        try:
            for _ in range(self.steps.get(item, 1)):
                await asyncio.sleep(0)
            if item in self.slow:
                self.trace.append(("blocked", item))
                await asyncio.Event().wait()
            if self.gate is not None:
                await self.gate.wait()
            if item in self.bad:
                raise ValueError(f"bad item {item}")
            return item * 3
        except asyncio.CancelledError:
            self.trace.append(("cancelled", item))
            raise
        finally:
            self.running -= 1
            self.trace.append(("cleanup", item))


async def settle():
    for _ in range(20):
        await asyncio.sleep(0)


def test_every_item_is_handled_once(check, rng):
    n, workers = rng.randint(8, 16), rng.randint(2, 4)
    items = rng.sample(range(10, 100), n)
    early = rng.randint(1, 3)
    h = Handlers({i: rng.randint(1, 6) for i in items})

    async def scenario():
        pool = WorkerPool(h, workers)
        for item in items[:early]:
            await pool.submit(item)
        await pool.start()
        for item in items[early:]:
            await pool.submit(item)
        joined = await attempt(pool.join(), 1.0)
        stopped = await attempt(pool.stop())
        return {"join()": joined, "results": pool.results, "stop()": stopped}

    head = f"WorkerPool(handler, {workers}): {early} items submitted before start(), {n - early} after, then join()"
    check(f"{head}; items {items}", lambda: asyncio.run(scenario()))
    check(f"{head}: calls per item", lambda: h.calls)
    check(f"{head}: most handlers running at once", lambda: h.most)


def test_a_failing_handler_does_not_stop_the_pool(check, rng):
    n, workers = rng.randint(8, 12), rng.randint(1, 3)
    items = rng.sample(range(10, 100), n)
    bad = rng.sample(items, 3)
    h = Handlers({i: rng.randint(1, 3) for i in items}, bad=bad)

    async def scenario():
        pool = WorkerPool(h, workers)
        await pool.start()
        for item in items:
            await pool.submit(item)
        joined = await attempt(pool.join(), 0.5)
        stopped = await attempt(pool.stop(), 0.5)
        return {"join() (0.5 s at most)": joined, "results": pool.results, "stop()": stopped}

    head = f"WorkerPool(handler, {workers}) on items {items}; the handler raises ValueError for {sorted(bad)}"
    check(head, lambda: asyncio.run(scenario()))
    check(f"{head}: calls per item", lambda: h.calls)


def test_stop_cancels_in_flight_items_and_returns_the_pending_ones(check, rng):
    workers = rng.randint(2, 4)
    slow = rng.sample(range(100, 200), workers)
    rest = rng.sample(range(10, 100), rng.randint(2, 6))
    h = Handlers({}, slow=slow)

    async def scenario():
        pool = WorkerPool(h, workers)
        await pool.start()
        for item in slow + rest:
            await pool.submit(item)
        await settle()
        stopped = await attempt(pool.stop())
        seen = {"stop()": stopped, "trace when stop() returned (sorted)": sorted(h.trace), "results": pool.results}
        seen["submit() after stop()"] = await attempt(pool.submit(1), 0.5)
        await settle()
        seen["handlers still running"] = h.running
        return seen

    head = (f"WorkerPool(handler, {workers}); items {slow} never finish, then items {rest} are submitted; "
            f"stop()")
    check(head, lambda: asyncio.run(scenario()))


def test_an_idle_pool_stops_cleanly(check, rng):
    workers = rng.randint(1, 4)
    items = rng.sample(range(10, 100), rng.randint(2, 5))
    h = Handlers({})

    async def scenario():
        pool = WorkerPool(h, workers)
        await pool.start()
        for item in items:
            await pool.submit(item)
        joined = await attempt(pool.join(), 0.5)
        await settle()
        first = await attempt(pool.stop(), 0.5)
        second = await attempt(pool.stop(), 0.5)
        return {"join()": joined, "stop()": first, "stop() again": second, "results": pool.results}

    check(f"WorkerPool(handler, {workers}) on items {items}: join(), then stop() twice", lambda: asyncio.run(scenario()))


def test_a_full_queue_makes_submit_wait(check, rng):
    workers, maxsize = rng.randint(1, 3), rng.randint(1, 3)
    items = rng.sample(range(10, 100), workers + maxsize + 2)
    h = Handlers({})

    async def scenario():
        h.gate = asyncio.Event()
        pool = WorkerPool(h, workers, maxsize=maxsize)
        await pool.start()
        accepted = []
        for item in items[: workers + maxsize]:
            accepted.append(await attempt(pool.submit(item), 0.5))
            await settle()
        blocked = await attempt(pool.submit(items[workers + maxsize]), 0.05)
        h.gate.set()
        late = await attempt(pool.submit(items[-1]), 0.5)
        joined = await attempt(pool.join(), 0.5)
        await pool.stop()
        return {"first submits": accepted, "submit() on a full queue, 0.05 s at most": blocked,
                "submit() once the handlers go on": late, "join()": joined, "results": pool.results}

    head = (f"WorkerPool(handler, {workers}, maxsize={maxsize}); handlers held until a gate opens; "
            f"items {items}")
    check(head, lambda: asyncio.run(scenario()))


def test_bad_arguments(check, rng):
    check("WorkerPool(handler, 0)", lambda: outcome(lambda: WorkerPool(Handlers({}), 0) and "made"))
