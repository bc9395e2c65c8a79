"""Checks for resource-managers. Each check's result is compared with the reference solution's for the same inputs;
the inputs change from run to run. Logs are lists of tuples, compared as plain data."""
from resources import Group, Resource, Suppress

NAMES = ["db", "cache", "socket", "lock", "file", "queue", "pipe", "cursor", "session", "tmpdir"]
ERRORS = [ValueError, KeyError, IndexError, ZeroDivisionError, TypeError]


def outcome(body):
    """('ok', value) when body() returns, ('raised', exception type name) when it raises."""
    try:
        return ("ok", body())
    except Exception as error:
        return ("raised", type(error).__name__)


def raiser(kind):
    def body():
        raise kind("boom")
    return body


def test_a_resource_logs_open_and_close(check, rng):
    name, log = rng.choice(NAMES), []
    r = Resource(name, log)
    seen = {"before": r.state}

    def body():
        with r as value:
            seen["inside"] = r.state
            seen["as value is the resource"] = value is r
        seen["after"] = r.state

    body()
    check(f"Resource({name!r}, log): state before, inside and after a with block", lambda: seen)
    check(f"Resource({name!r}, log): log after a with block that ran normally", lambda: log)


def test_a_resource_never_swallows(check, rng):
    name, kind, log = rng.choice(NAMES), rng.choice(ERRORS), []
    r = Resource(name, log)

    def body():
        with r:
            raise kind("boom")

    check(f"with Resource({name!r}, log): raise {kind.__name__}: what the with statement does", lambda: outcome(body))
    check(f"with Resource({name!r}, log): raise {kind.__name__}: log", lambda: log)
    check(f"with Resource({name!r}, log): raise {kind.__name__}: state afterwards", lambda: r.state)


def test_a_resource_is_single_use(check, rng):
    name, log = rng.choice(NAMES), []
    r = Resource(name, log)

    def twice():
        with r:
            pass
        with r:
            pass

    check(f"Resource({name!r}, log) used in two with statements", lambda: outcome(twice))
    check(f"Resource({name!r}, log) used in two with statements: log", lambda: log)
    other, log2 = rng.choice(NAMES), []
    broken = Resource(other, log2, fail_open=True)

    def body():
        with broken:
            log2.append(("body",))

    check(f"with Resource({other!r}, log, fail_open=True): what the with statement does", lambda: outcome(body))
    check(f"with Resource({other!r}, log, fail_open=True): log and state", lambda: (log2, broken.state))


def test_suppress_swallows_only_its_types(check, rng):
    cases = [((LookupError,), KeyError), ((KeyError,), LookupError), ((ArithmeticError, TypeError), ZeroDivisionError)]
    for _ in range(4):
        listed = tuple(rng.sample(ERRORS, rng.randint(1, 2)))
        cases.append((listed, rng.choice(ERRORS)))
    rng.shuffle(cases)
    for listed, kind in cases:
        log = []
        head = f"with Suppress({', '.join(t.__name__ for t in listed)}, log=log): raise {kind.__name__}"

        def body():
            with Suppress(*listed, log=log):
                raise kind("boom")

        check(f"{head}: what the with statement does, then log", lambda: (outcome(body), log))
    log = []

    def quiet():
        with Suppress(ValueError, log=log):
            return "body done"

    check("with Suppress(ValueError, log=log) around a body that raises nothing: outcome and log",
          lambda: (outcome(quiet), log))


def test_suppress_is_reusable_and_reentrant(check, rng):
    kind, log = rng.choice(ERRORS), []
    s = Suppress(kind, log=log)

    def nested():
        with s:
            with s:
                raise kind("inner")
            log.append(("between",))
            raise kind("outer")
        return "after"

    def again():
        with s:
            raise kind("again")
        return "after again"

    check(f"s = Suppress({kind.__name__}, log=log); nested with s: with s: raise twice", lambda: outcome(nested))
    check(f"s = Suppress({kind.__name__}, log=log); the same s used once more", lambda: outcome(again))
    check(f"s = Suppress({kind.__name__}, log=log); log after both", lambda: log)


def test_group_closes_in_reverse_order(check, rng):
    names, log = rng.sample(NAMES, rng.randint(3, 6)), []
    members = [Resource(n, log) for n in names]

    def body():
        with Group(*members) as values:
            log.append(("body",))
            return [v.name for v in values]

    check(f"with Group of Resources {names} as values: the names of the values", lambda: outcome(body))
    check(f"with Group of Resources {names}: log", lambda: log)


def test_group_unwinds_when_a_member_fails_to_open(check, rng):
    names = rng.sample(NAMES, rng.randint(3, 6))
    k, log = rng.randrange(1, len(names)), []
    members = [Resource(n, log, fail_open=(i == k)) for i, n in enumerate(names)]

    def body():
        with Group(*members):
            log.append(("body",))

    head = f"with Group of Resources {names}, {names[k]!r} with fail_open=True"
    check(f"{head}: what the with statement does", lambda: outcome(body))
    check(f"{head}: log", lambda: log)
    check(f"{head}: states", lambda: [m.state for m in members])


def test_group_closes_every_member_when_one_fails_to_close(check, rng):
    names = rng.sample(NAMES, rng.randint(3, 6))
    j, log = rng.randrange(1, len(names)), []
    members = [Resource(n, log, fail_close=(i == j)) for i, n in enumerate(names)]

    def body():
        with Group(*members):
            log.append(("body",))

    head = f"with Group of Resources {names}, {names[j]!r} with fail_close=True"
    check(f"{head}: what the with statement does", lambda: outcome(body))
    check(f"{head}: log", lambda: log)
    check(f"{head}: states", lambda: [m.state for m in members])
    kind, log2 = rng.choice(ERRORS), []
    members = [Resource(n, log2, fail_close=(i == j)) for i, n in enumerate(names)]

    def failing():
        with Group(*members):
            raise kind("boom")

    head = f"with Group of Resources {names}, {names[j]!r} with fail_close=True: raise {kind.__name__}"
    check(f"{head}: what the with statement does", lambda: outcome(failing))
    check(f"{head}: log", lambda: log2)


def test_group_with_a_suppress_member(check, rng):
    first, second = rng.sample(NAMES, 2)
    kind, other = rng.sample(ERRORS, 2)
    for raised in (kind, other):
        log = []
        group = Group(Resource(first, log), Suppress(kind, log=log), Resource(second, log))

        def body():
            with group as values:
                log.append(("body", values[1]))
                raise raised("boom")
            return "after the with"

        head = (f"with Group(Resource({first!r}), Suppress({kind.__name__}), Resource({second!r})): "
                f"raise {raised.__name__}")
        check(f"{head}: what the with statement does", lambda: outcome(body))
        check(f"{head}: log", lambda: log)
