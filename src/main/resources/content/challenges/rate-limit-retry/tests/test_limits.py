"""Checks for rate-limit-retry. Each check's result is compared with the reference solution's for the same inputs;
the inputs change from run to run. Clocks and sleeps are fakes: nothing really waits."""
from limits import RateLimited, rate_limit, retry


class FakeClock:
    """clock() returns now; sleep(d) records d and moves now forward by d."""

    def __init__(self, now=0):
        self.now = now
        self.slept = []

    def __call__(self):
        return self.now

    def sleep(self, delay):
        self.slept.append(round(delay, 6))
        self.now += delay


def attempt(fn, *args):
    """('ok', result), ('limited', retry_after) or (exception type name, message)."""
    try:
        return ("ok", fn(*args))
    except RateLimited as error:
        return ("limited", round(error.retry_after, 6))
    except Exception as error:
        return (type(error).__name__, str(error))


def test_a_burst_is_cut_at_the_limit(check, rng):
    calls, per, start = rng.randint(2, 5), rng.randint(5, 20), rng.randint(100, 999)
    clock, done = FakeClock(start), []
    f = rate_limit(calls, per, clock=clock)(lambda x: done.append(x) or x * 10)
    check(f"rate_limit({calls}, {per}); {calls + 2} calls f(i) at t={start}",
          lambda: [attempt(f, i) for i in range(calls + 2)])
    check(f"rate_limit({calls}, {per}); the calls that reached the function", lambda: done)
    check(f"rate_limit({calls}, {per}); f.stats", lambda: f.stats)


def test_the_window_edge(check, rng):
    per = rng.randint(4, 30)
    clock = FakeClock(0)
    f = rate_limit(2, per, clock=clock)(lambda: "ran")
    moments = [0, 1, per - 0.5, per, per + 0.5, per + 1, 2 * per, 2 * per + 0.25]
    results = []
    for t in moments:
        clock.now = t
        results.append(attempt(f))
    check(f"rate_limit(2, {per}): calls at t={moments}", lambda: results)


def test_the_window_slides(check, rng):
    calls, per = rng.randint(2, 4), rng.choice([6, 8, 10])
    clock, moments = FakeClock(0), []
    f = rate_limit(calls, per, clock=clock)(lambda: "ran")
    results = []
    for _ in range(30):
        clock.now += rng.choice([0, 0, 0.5, 1, 2, 3, per // 2])
        moments.append(clock.now)
        results.append(attempt(f))
    check(f"rate_limit({calls}, {per}): calls at t={moments}", lambda: results)
    check(f"rate_limit({calls}, {per}): f.stats after those calls", lambda: f.stats)


def test_each_decorated_function_has_its_own_window(check, rng):
    calls, per = rng.randint(1, 3), rng.randint(5, 20)
    clock = FakeClock(50)
    limiter = rate_limit(calls, per, clock=clock)
    f, g = limiter(lambda: "f"), limiter(lambda: "g")
    head = f"limiter = rate_limit({calls}, {per}); f = limiter(...); g = limiter(...)"
    check(f"{head}: f called {calls + 1} times at one moment", lambda: [attempt(f) for _ in range(calls + 1)])
    check(f"{head}: then g called {calls} times at the same moment", lambda: [attempt(g) for _ in range(calls)])
    check(f"{head}: f.stats, g.stats", lambda: (f.stats, g.stats))


def work(x):
    """Does the work."""
    return x


def test_arguments_and_metadata(check, rng):
    check("rate_limit(0, 10)", lambda: attempt(rate_limit, 0, 10)[0])
    check("rate_limit(3, 0)", lambda: attempt(rate_limit, 3, 0)[0])
    check("retry(0)", lambda: attempt(retry, 0)[0])
    f = rate_limit(2, 5, clock=FakeClock())(work)
    g = retry(3, sleep=FakeClock().sleep)(work)
    check("rate_limit(2, 5)(work): __name__, __doc__, __wrapped__ is work",
          lambda: (f.__name__, f.__doc__, f.__wrapped__ is work))
    check("retry(3)(work): __name__, __doc__, __wrapped__ is work", lambda: (g.__name__, g.__doc__, g.__wrapped__ is work))
    x = rng.randint(1, 99)
    check(f"retry(3)(work)({x}), then .stats", lambda: (g(x), g.stats))


class Flaky:
    """Raises ConnectionError the first `failures` times it is called, then returns 'done'."""

    def __init__(self, failures, error=ConnectionError):
        self.bad_calls = failures
        self.error = error
        self.calls = 0

    def __call__(self):
        self.calls += 1
        if self.calls <= self.bad_calls:
            raise self.error(f"attempt {self.calls}")
        return "done"


def test_retry_backs_off_exponentially(check, rng):
    times = rng.randint(4, 6)
    failures = rng.randint(1, times - 1)
    base, factor = rng.choice([0.25, 0.5, 1]), rng.choice([2, 3])
    clock, flaky = FakeClock(), Flaky(failures)
    f = retry(times, base=base, factor=factor, sleep=clock.sleep)(flaky)
    head = f"retry({times}, base={base}, factor={factor}) on a function that fails {failures} times"
    check(f"{head}: the result", lambda: attempt(f))
    check(f"{head}: the delays slept", lambda: clock.slept)
    check(f"{head}: the function's calls and f.stats", lambda: (flaky.calls, f.stats))


def test_retry_gives_up(check, rng):
    times, base = rng.randint(2, 5), rng.choice([0.5, 1])
    clock = FakeClock()
    f = retry(times, base=base, sleep=clock.sleep)(Flaky(99))
    head = f"retry({times}, base={base}) on a function that always raises ConnectionError('attempt N')"
    check(f"{head}: the exception", lambda: attempt(f))
    check(f"{head}: the delays slept", lambda: clock.slept)
    check(f"{head}: a second call, then f.stats", lambda: (attempt(f), f.stats))


def test_retry_caps_the_delay(check, rng):
    cap = rng.choice([2, 3, 5])
    clock = FakeClock()
    f = retry(7, base=1, factor=2, max_delay=cap, sleep=clock.sleep)(Flaky(6))
    check(f"retry(7, base=1, factor=2, max_delay={cap}) on a function that fails 6 times: result and delays",
          lambda: (attempt(f), clock.slept))


def test_retry_only_catches_the_listed_exceptions(check, rng):
    clock = FakeClock()
    f = retry(4, exceptions=(KeyError,), sleep=clock.sleep)(Flaky(2, TypeError))
    check("retry(4, exceptions=(KeyError,)) on a function raising TypeError: result, delays, stats",
          lambda: (attempt(f), clock.slept, f.stats))
    clock = FakeClock()
    f = retry(4, exceptions=(LookupError,), base=0.5, sleep=clock.sleep)(Flaky(2, KeyError))
    check("retry(4, exceptions=(LookupError,), base=0.5) on a function raising KeyError twice: result, delays",
          lambda: (attempt(f), clock.slept))


def test_retry_waits_as_long_as_the_rate_limit_says(check, rng):
    calls, per = rng.randint(1, 3), rng.randint(5, 30)
    clock = FakeClock(0)
    limited = rate_limit(calls, per, clock=clock)(lambda i: i)
    f = retry(3, exceptions=(RateLimited,), base=0.25, sleep=clock.sleep)(limited)
    n = 2 * calls + 2
    head = (f"retry(3, exceptions=(RateLimited,), base=0.25, sleep=advances the clock) over rate_limit({calls}, {per}); "
            f"{n} calls at t=0")
    check(f"{head}: results", lambda: [attempt(f, i) for i in range(n)])
    check(f"{head}: delays slept and the clock at the end", lambda: (clock.slept, clock.now))
