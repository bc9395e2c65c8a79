"""Checks for generator-scheduler. Each check's result is compared with the reference solution's for the same
inputs; the inputs change from run to run. Tasks write what they do, with the scheduler's clock, to a trace."""
from scheduler import Scheduler, sleep, wait

NAMES = ["ann", "bob", "cat", "dan", "eve", "fay", "gus", "hal"]


def outcome(fn):
    try:
        return ("ok", fn())
    except Exception as error:
        return ("raised", type(error).__name__)


def sleeper(sched, trace, name, delays):
    """Sleeps for each delay in turn, writing (time, name, what) to trace; returns name:total."""
    for d in delays:
        trace.append((sched.now, name, f"sleep({d})"))
        yield sleep(d)
    trace.append((sched.now, name, "end"))
    return f"{name}:{sum(delays)}"


def waiter(sched, trace, name, target, delay=0):
    """Sleeps for delay, then waits for target; records what came back (result or exception type)."""
    if delay:
        yield sleep(delay)
    trace.append((sched.now, name, f"wait({target!r})"))
    try:
        got = yield wait(target)
        trace.append((sched.now, name, "got", got))
    except Exception as error:
        trace.append((sched.now, name, "caught", type(error).__name__))
    return name


def run_and_report(sched):
    result = outcome(sched.run)
    return {"run()": result, "log": sched.log, "now": sched.now}


def test_round_robin(check, rng):
    names = rng.sample(NAMES, rng.randint(2, 4))
    steps = {n: rng.randint(1, 3) for n in names}
    sched, trace = Scheduler(), []
    for n in names:
        sched.spawn(n, sleeper(sched, trace, n, [0] * steps[n]))
    head = f"tasks {names} spawned in that order, each yielding sleep(0) {steps} times"
    check(f"{head}: run(), log and clock", lambda: run_and_report(sched))
    check(f"{head}: trace", lambda: trace)


def test_sleeping_advances_the_virtual_clock(check, rng):
    names = rng.sample(NAMES, rng.randint(2, 4))
    plans = {n: [rng.randint(1, 9) for _ in range(rng.randint(1, 3))] for n in names}
    sched, trace = Scheduler(), []
    for n in names:
        sched.spawn(n, sleeper(sched, trace, n, plans[n]))
    head = f"tasks sleeping {plans}"
    check(f"{head}: run(), log and clock", lambda: run_and_report(sched))
    check(f"{head}: trace", lambda: trace)


def test_ties_wake_in_the_order_they_went_to_sleep(check, rng):
    t = rng.randint(3, 9)
    first, second, third = rng.sample(NAMES, 3)
    if first < second:
        first, second = second, first
    sched, trace = Scheduler(), []
    # first sleeps t at time 0; second sleeps 1, then t - 1: both wake at t, but first went to sleep earlier
    sched.spawn(second, sleeper(sched, trace, second, [1, t - 1]))
    sched.spawn(first, sleeper(sched, trace, first, [t]))
    sched.spawn(third, sleeper(sched, trace, third, [t, 0]))
    head = f"{second!r} sleeps 1 then {t - 1}; {first!r} sleeps {t}; {third!r} sleeps {t} then 0"
    check(f"{head}: run(), log and clock", lambda: run_and_report(sched))
    check(f"{head}: trace", lambda: trace)


def test_wait_returns_the_result(check, rng):
    a, b, c = rng.sample(NAMES, 3)
    d1, d2 = rng.randint(2, 6), rng.randint(7, 12)
    sched, trace = Scheduler(), []
    sched.spawn(a, sleeper(sched, trace, a, [d1]))
    sched.spawn(b, waiter(sched, trace, b, a))
    sched.spawn(c, waiter(sched, trace, c, a, delay=d2))
    head = (f"{a!r} sleeps {d1}; {b!r} waits for {a!r} at once; {c!r} sleeps {d2} (after {a!r} ended), "
            f"then waits for {a!r}")
    check(f"{head}: run(), log and clock", lambda: run_and_report(sched))
    check(f"{head}: trace", lambda: trace)


def failing(sched, trace, name, delay):
    yield sleep(delay)
    trace.append((sched.now, name, "raising"))
    raise LookupError(f"{name} failed")


def test_wait_on_a_failed_task_raises_in_the_waiter(check, rng):
    a, b, c = rng.sample(NAMES, 3)
    d = rng.randint(1, 5)
    sched, trace = Scheduler(), []
    sched.spawn(a, failing(sched, trace, a, d))
    sched.spawn(b, waiter(sched, trace, b, a))
    sched.spawn(c, waiter(sched, trace, c, a, delay=d + 2))
    head = f"{a!r} raises LookupError after sleeping {d}; {b!r} waits for it at once; {c!r} waits for it at {d + 2}"
    check(f"{head}: run(), log and clock", lambda: run_and_report(sched))
    check(f"{head}: trace", lambda: trace)


def asker(sched, trace, name, requests):
    """Yields each request in turn, recording what came back or what was thrown in."""
    for request in requests:
        label = repr(request)
        try:
            got = yield request
            trace.append((sched.now, name, label, "got", got))
        except Exception as error:
            trace.append((sched.now, name, label, "caught", type(error).__name__))
    return "survived"


def test_bad_requests_are_thrown_back(check, rng):
    name, other = rng.sample(NAMES, 2)
    requests = [42, sleep(-rng.randint(1, 5)), wait("nobody"), sleep("soon"), "wait", sleep(rng.randint(1, 4))]
    rng.shuffle(requests)
    sched, trace = Scheduler(), []
    sched.spawn(name, asker(sched, trace, name, requests))
    sched.spawn(other, sleeper(sched, trace, other, [0, 0]))
    head = f"{name!r} yields {requests}; {other!r} yields sleep(0) twice"
    check(f"{head}: run(), log and clock", lambda: run_and_report(sched))
    check(f"{head}: trace", lambda: trace)


def test_spawn_and_deadlock(check, rng):
    a, b, c = rng.sample(NAMES, 3)
    sched, trace = Scheduler(), []
    sched.spawn(a, waiter(sched, trace, a, b))
    check(f"spawn({a!r}, ...) twice", lambda: outcome(lambda: sched.spawn(a, sleeper(sched, trace, a, []))))
    sched.spawn(b, waiter(sched, trace, b, a, delay=2))
    sched.spawn(c, sleeper(sched, trace, c, [1, 1]))
    head = f"{a!r} waits for {b!r}; {b!r} sleeps 2 then waits for {a!r}; {c!r} sleeps 1 twice"
    check(f"{head}: run(), log and clock", lambda: run_and_report(sched))
    check(f"{head}: trace", lambda: trace)


def spawner(sched, trace, name, child, delay):
    trace.append((sched.now, name, "spawning", child))
    sched.spawn(child, sleeper(sched, trace, child, [delay]))
    got = yield wait(child)
    trace.append((sched.now, name, "got", got))
    return got


def test_a_random_workload(check, rng):
    names = rng.sample(NAMES, 7)
    sched, trace, plan = Scheduler(), [], []
    for i, n in enumerate(names[:6]):
        kind = rng.choice(["sleeper", "sleeper", "waiter", "spawner"]) if i else "sleeper"
        if kind == "sleeper":
            delays = [rng.randint(0, 6) for _ in range(rng.randint(1, 3))]
            plan.append(f"{n}: sleeps {delays}")
            sched.spawn(n, sleeper(sched, trace, n, delays))
        elif kind == "waiter":
            target, delay = rng.choice(names[:i]), rng.randint(0, 8)
            plan.append(f"{n}: sleeps {delay}, waits for {target}")
            sched.spawn(n, waiter(sched, trace, n, target, delay))
        else:
            child, delay = names[6], rng.randint(0, 5)
            names[6] = child + "2"
            plan.append(f"{n}: spawns {child} (sleeps {delay}) and waits for it")
            sched.spawn(n, spawner(sched, trace, n, child, delay))
    head = f"tasks: {'; '.join(plan)}"
    check(f"{head}: run(), log and clock", lambda: run_and_report(sched))
    check(f"{head}: trace", lambda: trace)
