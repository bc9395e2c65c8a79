"""Checks for futures-pool. Each check's result is compared with the reference solution's for the same inputs; the
inputs change from run to run. The executors count what is submitted to them: most tests use a ThreadPoolExecutor
(their functions share state with the test through globals), one a real ProcessPoolExecutor, which pickles every
task it sends to a worker process."""
import math
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

from pool import Batch, map_chunked


class CountingExecutor(ThreadPoolExecutor):
    def __init__(self, workers):
        super().__init__(workers)
        self.submitted = 0

    def submit(self, fn, /, *args, **kwargs):
        self.submitted += 1
        return super().submit(fn, *args, **kwargs)


class CountingProcessPool(ProcessPoolExecutor):
    def __init__(self, workers):
        super().__init__(workers)
        self.submitted = 0

    def submit(self, fn, /, *args, **kwargs):
        self.submitted += 1
        return super().submit(fn, *args, **kwargs)


THREAD_OF = {}
BAD = set()


def work(x):
    """x * x, or ValueError for the items in BAD; remembers which thread ran x."""
    THREAD_OF[x] = threading.get_ident()
    if x in BAD:
        raise ValueError(f"bad item {x}")
    return x * x


def outcome(fn):
    try:
        return ("ok", fn())
    except Exception as error:
        return ("raised", type(error).__name__)


def test_map_chunked_sends_one_task_per_chunk(check, rng):
    n, chunksize, workers = rng.randint(20, 40), rng.randint(3, 7), rng.randint(2, 4)
    items = rng.sample(range(100, 1000), n)
    BAD.clear()
    THREAD_OF.clear()
    with CountingExecutor(workers) as executor:
        head = f"map_chunked(ThreadPoolExecutor({workers}), work, {n} items, chunksize={chunksize})"
        check(f"{head}: outcomes", lambda: outcome(lambda: map_chunked(executor, work, items, chunksize)))
        check(f"{head}: tasks submitted", lambda: executor.submitted)
    chunks = [items[i:i + chunksize] for i in range(0, n, chunksize)]
    check(f"{head}: each chunk ran in a single thread",
          lambda: all(len({THREAD_OF.get(x) for x in chunk}) == 1 for chunk in chunks))


def test_map_chunked_keeps_errors_per_item(check, rng):
    n, chunksize = rng.randint(15, 25), rng.randint(3, 5)
    items = rng.sample(range(100, 1000), n)
    BAD.clear()
    BAD.update(rng.sample(items, 3))
    with CountingExecutor(3) as executor:
        check(f"map_chunked(ThreadPoolExecutor(3), work, {items}, chunksize={chunksize}); work raises ValueError for "
              f"{sorted(BAD)}", lambda: outcome(lambda: map_chunked(executor, work, items, chunksize)))
    BAD.clear()


def test_map_chunked_edges(check, rng):
    with CountingExecutor(2) as executor:
        items = rng.sample(range(10, 100), rng.randint(2, 4))
        check(f"map_chunked(executor, work, {items}, chunksize=10): outcomes and tasks submitted",
              lambda: (outcome(lambda: map_chunked(executor, work, items, 10)), executor.submitted))
        check("map_chunked(executor, work, [], chunksize=3)", lambda: outcome(lambda: map_chunked(executor, work, [], 3)))
        size = rng.choice([0, -2])
        check(f"map_chunked(executor, work, [1, 2], chunksize={size})",
              lambda: outcome(lambda: map_chunked(executor, work, [1, 2], size)))


def where(x):
    """The pid of the process that runs it."""
    return os.getpid()


def in_process_pool(fn):
    """Like outcome(), with the message too: a task that cannot be pickled fails with a message that says why."""
    try:
        return ("ok", fn())
    except Exception as error:
        return ("raised", type(error).__name__, str(error)[:200])


def test_map_chunked_in_a_process_pool(check, rng):
    n, chunksize = rng.randint(12, 24), rng.randint(3, 5)
    items = [rng.randint(0, 10 ** 6) for _ in range(n)]
    for i in rng.sample(range(n), 2):
        items[i] = -items[i] - 1
    with CountingProcessPool(2) as executor:
        head = f"map_chunked(ProcessPoolExecutor(2), math.isqrt, {items}, chunksize={chunksize})"
        check(f"{head}: outcomes",
              lambda: in_process_pool(lambda: map_chunked(executor, math.isqrt, items, chunksize)))
        check(f"{head}: tasks submitted", lambda: executor.submitted)

        def ran_where():
            done = in_process_pool(lambda: map_chunked(executor, where, items, chunksize))
            if done[0] != "ok":
                return done
            pids = [value for _, value in done[1]]
            chunks = [pids[i:i + chunksize] for i in range(0, n, chunksize)]
            return {"each chunk in a single process": all(len(set(chunk)) == 1 for chunk in chunks),
                    "any item in the caller's process": os.getpid() in pids}

        check(f"map_chunked(ProcessPoolExecutor(2), fn returning os.getpid(), {n} items, chunksize={chunksize})",
              ran_where)
        few = [rng.randint(0, 999) for _ in range(rng.randint(3, 5))]
        few[rng.randrange(len(few))] = -rng.randint(1, 9)
        check(f"Batch(ProcessPoolExecutor(2), math.isqrt, {few}).outcomes()",
              lambda: in_process_pool(lambda: Batch(executor, math.isqrt, few).outcomes()))


SLOW = {"item": None, "others": 0, "lock": threading.Lock()}


def slow_first(x):
    """The SLOW item waits until every other item has run, then 0.1 s more; the others return at once."""
    if x == SLOW["item"]:
        deadline = time.monotonic() + 2
        while SLOW["others"] < SLOW["total"] - 1 and time.monotonic() < deadline:
            time.sleep(0.002)
        time.sleep(0.1)
    else:
        with SLOW["lock"]:
            SLOW["others"] += 1
    if x in BAD:
        raise KeyError(x)
    return -x


def test_outcomes_in_input_order(check, rng):
    items = rng.sample(range(10, 100), rng.randint(6, 10))
    BAD.clear()
    BAD.update(rng.sample(items[1:], 2))
    SLOW.update(item=items[0], others=0, total=len(items))
    with CountingExecutor(4) as executor:
        batch = Batch(executor, slow_first, items)
        check(f"Batch(ThreadPoolExecutor(4), fn, {items}).outcomes(); fn raises KeyError for {sorted(BAD)}, and "
              f"the first item finishes last", lambda: outcome(batch.outcomes))
    BAD.clear()


def test_completed_yields_as_they_finish(check, rng):
    items = rng.sample(range(10, 100), rng.randint(5, 8))
    SLOW.update(item=items[0], others=0, total=len(items))
    BAD.clear()
    with CountingExecutor(4) as executor:
        batch = Batch(executor, slow_first, items)
        seen = outcome(lambda: list(batch.completed()))
    head = f"Batch(ThreadPoolExecutor(4), fn, {items}).completed(), the first item finishing last"
    check(f"{head}: what it yielded, sorted", lambda: sorted(seen[1]) if seen[0] == "ok" else seen)
    check(f"{head}: the last (index, outcome) yielded", lambda: seen[1][-1] if seen[0] == "ok" and seen[1] else seen)


GATE = {"event": None, "started": []}


def gated(x):
    """The first items (those in GATE['held']) wait for the gate; the rest return at once."""
    if x in GATE["held"]:
        GATE["started"][GATE["held"].index(x)].set()
        GATE["event"].wait(2)
    return x + 1


def test_cancel_pending_cancels_only_what_has_not_started(check, rng):
    workers = rng.randint(2, 3)
    items = rng.sample(range(10, 100), workers + rng.randint(3, 6))
    GATE.update(event=threading.Event(), held=items[:workers], started=[threading.Event() for _ in range(workers)])
    head = (f"Batch(ThreadPoolExecutor({workers}), fn, {items}); the first {workers} items hold every worker until "
            f"a gate opens")
    with CountingExecutor(workers) as executor:
        batch = Batch(executor, gated, items)
        for started in GATE["started"]:
            started.wait(2)
        check(f"{head}: cancel_pending() while they run", lambda: outcome(batch.cancel_pending))
        check(f"{head}: cancel_pending() a second time", lambda: outcome(batch.cancel_pending))
        GATE["event"].set()
        check(f"{head}: outcomes() once the gate is open", lambda: outcome(batch.outcomes))
        check(f"{head}: completed(), sorted", lambda: outcome(lambda: sorted(batch.completed())))
