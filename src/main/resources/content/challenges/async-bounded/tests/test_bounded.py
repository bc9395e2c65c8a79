"""Checks for async-bounded. Each check's result is compared with the reference solution's for the same inputs;
the inputs change from run to run. The jobs are the tests' own coroutines: they count how many run at once."""
import asyncio

from bounded import run_bounded


class Jobs:
    """Makes job factories and watches them: which started, in what order, how many at once, which were cut off."""

    def __init__(self, limit):
        self.limit = limit
        self.running = 0
        self.made = 0        # coroutines made by a factory whose job has not finished yet
        self.most = 0
        self.started = []
        self.called_while_full = []
        self.cut_off = []
        self.finished = []

    def factory(self, i, steps=1, value=None, raises=None, hangs=False, seconds=0.0):
        def make():
            if self.made >= self.limit:
                self.called_while_full.append(i)
            self.made += 1
            return self.job(i, steps, value, raises, hangs, seconds)
        return make

    async def job(self, i, steps, value, raises, hangs, seconds):
        self.running += 1
        self.most = max(self.most, self.running)
        self.started.append(i)
        try:
            for _ in range(steps):
                await asyncio.sleep(0)
            if seconds:
                await asyncio.sleep(seconds)
            if hangs:
                await asyncio.Event().wait()
            if raises is not None:
                raise raises(f"job {i} failed")
            return value
        except asyncio.CancelledError:
            self.cut_off.append(i)
            raise
        finally:
            self.running -= 1
            self.made -= 1
            self.finished.append(i)


def plain(results):
    """Values as they are, exceptions as ('raised', type name)."""
    if not isinstance(results, list):
        return ("not a list", repr(results)[:80])
    return [("raised", type(r).__name__) if isinstance(r, BaseException) else r for r in results]


def outcome(coro_fn):
    try:
        return ("ok", plain(asyncio.run(coro_fn())))
    except Exception as error:
        return ("raised", type(error).__name__)


def test_results_come_in_input_order(check, rng):
    n, limit = rng.randint(5, 9), rng.randint(2, 4)
    steps = [rng.randint(1, 12) for _ in range(n)]
    steps[0] = max(steps) + 3          # the first job finishes last
    values = [rng.randint(100, 999) for _ in range(n)]
    jobs = Jobs(limit)
    factories = [jobs.factory(i, steps[i], values[i]) for i in range(n)]
    head = f"run_bounded(jobs returning {values} after {steps} event-loop steps, limit={limit})"
    check(f"{head}: the results", lambda: outcome(lambda: run_bounded(factories, limit)))
    check(f"{head}: the order the jobs started in", lambda: jobs.started)


def test_never_more_than_limit_at_once(check, rng):
    for limit in (1, rng.randint(2, 4), 50):
        n = rng.randint(6, 12)
        steps = [rng.randint(1, 6) for _ in range(n)]
        jobs = Jobs(limit)
        factories = [jobs.factory(i, steps[i], i) for i in range(n)]
        head = f"run_bounded({n} jobs of {steps} event-loop steps, limit={limit})"
        check(f"{head}: the results", lambda: outcome(lambda: run_bounded(factories, limit)))
        check(f"{head}: most jobs running at once", lambda: jobs.most)
        check(f"{head}: jobs whose factory was called while {limit} others were made and unfinished",
              lambda: jobs.called_while_full)


def test_exceptions_are_collected(check, rng):
    n, limit = rng.randint(6, 10), rng.randint(2, 3)
    kinds = {i: rng.choice([ValueError, KeyError, ZeroDivisionError]) for i in rng.sample(range(n), 3)}
    jobs = Jobs(limit)
    factories = [jobs.factory(i, rng.randint(1, 5), i * 11, raises=kinds.get(i)) for i in range(n)]
    failing = {i: k.__name__ for i, k in sorted(kinds.items())}
    head = f"run_bounded({n} jobs, those at {failing} raise, limit={limit})"
    check(f"{head}: the results", lambda: outcome(lambda: run_bounded(factories, limit)))
    check(f"{head}: the jobs that ran, in order", lambda: jobs.started)


def test_timeouts_are_per_job(check, rng):
    n, limit = rng.randint(6, 9), 2
    hanging = sorted(rng.sample(range(n), 2))
    jobs = Jobs(limit)
    factories = [jobs.factory(i, rng.randint(1, 4), f"v{i}", hangs=i in hanging) for i in range(n)]
    head = f"run_bounded({n} jobs, those at {hanging} never finish, limit={limit}, timeout=0.1)"

    def report():
        result = outcome(lambda: run_bounded(factories, limit, timeout=0.1))
        return {"results": result, "cancelled (their finally ran)": sorted(jobs.cut_off),
                "still running": jobs.running}

    check(head, report)


def test_the_timeout_starts_when_the_job_starts(check, rng):
    n = rng.randint(15, 17)
    jobs = Jobs(1)
    factories = [jobs.factory(i, 1, i, seconds=0.02) for i in range(n)]
    head = f"run_bounded({n} jobs of 0.02 s each, limit=1, timeout=0.25)"
    check(f"{head}: the results (the last ones wait about 0.3 s for their turn)",
          lambda: outcome(lambda: run_bounded(factories, 1, timeout=0.25)))


def test_edge_cases(check, rng):
    check("run_bounded([], 3)", lambda: outcome(lambda: run_bounded([], 3)))
    limit = rng.choice([0, -1])
    jobs = Jobs(1)
    check(f"run_bounded([a job], {limit})", lambda: outcome(lambda: run_bounded([jobs.factory(0)], limit)))
    jobs = Jobs(5)
    check("run_bounded(3 jobs, limit=5, timeout=None)",
          lambda: outcome(lambda: run_bounded([jobs.factory(i, 2, -i) for i in range(3)], 5, None)))
