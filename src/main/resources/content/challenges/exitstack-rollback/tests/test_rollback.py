"""Checks for exitstack-rollback. Each check's result is compared with the reference solution's for the same
inputs; the inputs change from run to run."""
from rollback import Rollback, open_all, temporary_setting, transaction

KEYS = ["debug", "timeout", "retries", "region", "mode", "level", "colour", "limit"]
NAMES = ["a.txt", "b.log", "c.csv", "d.json", "e.bin", "f.db", "g.ini", "h.md"]


def outcome(body):
    """('ok', value) when body() returns, ('raised', exception type name) when it raises."""
    try:
        return ("ok", body())
    except Exception as error:
        return ("raised", type(error).__name__)


def random_settings(rng):
    return {k: rng.randint(0, 99) for k in rng.sample(KEYS, 4)}


def test_temporary_setting_sets_and_restores(check, rng):
    settings = random_settings(rng)
    before = dict(settings)
    key, value = rng.choice(sorted(settings)), rng.randint(100, 999)
    seen = {}

    def body():
        with temporary_setting(settings, key, value) as previous:
            seen["yielded"] = previous
            seen["inside"] = dict(settings)
        return dict(settings)

    head = f"settings = {before}; with temporary_setting(settings, {key!r}, {value})"
    check(f"{head}: settings after the block", lambda: outcome(body))
    check(f"{head}: what it yielded, settings inside", lambda: seen)


def test_temporary_setting_removes_a_new_key(check, rng):
    settings = random_settings(rng)
    before = dict(settings)
    key, value = rng.choice([k for k in KEYS if k not in settings]), rng.randint(100, 999)
    seen = {}

    def body():
        with temporary_setting(settings, key, value) as previous:
            seen["yielded"] = previous
            seen["inside"] = dict(settings)
        return dict(settings)

    head = f"settings = {before}; with temporary_setting(settings, {key!r}, {value}) (a new key)"
    check(f"{head}: settings after the block", lambda: outcome(body))
    check(f"{head}: what it yielded, settings inside", lambda: seen)


def test_temporary_setting_restores_after_an_error(check, rng):
    settings = random_settings(rng)
    before = dict(settings)
    old = rng.choice(sorted(settings))
    new = rng.choice([k for k in KEYS if k not in settings])
    kind = rng.choice([ValueError, KeyError, RuntimeError])

    def body(key):
        with temporary_setting(settings, key, "temporary"):
            raise kind("boom")

    for key in (old, new):
        head = f"settings = {before}; with temporary_setting(settings, {key!r}, 'temporary'): raise {kind.__name__}"
        check(f"{head}: what the with statement does", lambda: outcome(lambda: body(key)))
        check(f"{head}: settings afterwards", lambda: dict(settings))


def test_temporary_setting_nests(check, rng):
    settings = random_settings(rng)
    before = dict(settings)
    key = rng.choice(KEYS)
    a, b = rng.randint(100, 499), rng.randint(500, 999)
    seen = []

    def body():
        with temporary_setting(settings, key, a) as first:
            seen.append(("outer yielded", first, settings.get(key, "absent")))
            with temporary_setting(settings, key, b) as second:
                seen.append(("inner yielded", second, settings.get(key, "absent")))
            seen.append(("after inner", settings.get(key, "absent")))
        seen.append(("after outer", settings.get(key, "absent")))
        return dict(settings)

    head = f"settings = {before}; temporary_setting(settings, {key!r}, {a}) around temporary_setting(..., {b})"
    check(f"{head}: settings afterwards", lambda: outcome(body))
    check(f"{head}: what was seen at each step", lambda: seen)


def random_changes(rng, work):
    """Some puts and deletes on the working copy, then a put of a value no setting starts with (100 to 999), so that
    the copy always ends up different from the store; returns a description."""
    done = []
    for _ in range(rng.randint(1, 4)):
        if work and rng.random() < 0.3:
            key = rng.choice(sorted(work))
            del work[key]
            done.append(f"del {key}")
        else:
            key, value = rng.choice(KEYS), rng.randint(0, 99)
            work[key] = value
            done.append(f"{key}={value}")
    key, value = rng.choice(KEYS), rng.randint(100, 999)
    work[key] = value
    done.append(f"{key}={value}")
    return done


def test_transaction_commits(check, rng):
    store = random_settings(rng)
    before, original = dict(store), store
    changes = []

    def body():
        with transaction(store) as work:
            seen = {"copy equals store": work == store, "copy is store": work is store}
            changes.extend(random_changes(rng, work))
            seen["store during the block"] = dict(store)
        return seen

    check(f"store = {before}; with transaction(store) as work: random changes", lambda: outcome(body))
    check(f"store = {before}; with transaction(store): the changes made", lambda: changes)
    check(f"store = {before}; with transaction(store): store afterwards (the same dict object)",
          lambda: (dict(store), store is original))


def test_transaction_rolls_back_on_error(check, rng):
    store = random_settings(rng)
    before = dict(store)
    kind = rng.choice([ValueError, KeyError, ZeroDivisionError])

    def body():
        with transaction(store) as work:
            random_changes(rng, work)
            raise kind("boom")

    check(f"store = {before}; with transaction(store): changes, then raise {kind.__name__}", lambda: outcome(body))
    check(f"store = {before}; after the failed transaction: store", lambda: dict(store))


def test_transaction_rollback_is_quiet(check, rng):
    store = random_settings(rng)
    before = dict(store)

    def body():
        with transaction(store) as work:
            random_changes(rng, work)
            raise Rollback()
        return "after the with"

    check(f"store = {before}; with transaction(store): changes, then raise Rollback", lambda: outcome(body))
    check(f"store = {before}; after the rolled-back transaction: store", lambda: dict(store))


class FakeFile:
    """A context manager that logs ('open', name) and ('close', name); refuses to open when told to."""

    def __init__(self, name, log, refuses):
        self.name, self.log, self.refuses = name, log, refuses

    def __enter__(self):
        if self.refuses:
            self.log.append(("denied", self.name))
            raise PermissionError(self.name)
        self.log.append(("open", self.name))
        return self

    def __exit__(self, *exc):
        self.log.append(("close", self.name))
        return False


def make_opener(log, missing=(), denied=()):
    def opener(name):
        log.append(("opener", name))
        if name in missing:
            raise FileNotFoundError(name)
        return FakeFile(name, log, name in denied)
    return opener


def test_open_all_hands_over(check, rng):
    names, log = rng.sample(NAMES, rng.randint(2, 6)), []
    result = {}

    def body():
        handles, stack = open_all(make_opener(log), names)
        result["stack"] = stack
        return [h.name for h in handles]

    check(f"open_all(opener, {names}): the handles' names", lambda: outcome(body))
    check(f"open_all(opener, {names}): log when it has returned (nothing closed yet)", lambda: list(log))

    def close():
        with result["stack"]:
            log.append(("using them",))

    check(f"open_all(opener, {names}), then with stack: ...: what the with statement does", lambda: outcome(close))
    check(f"open_all(opener, {names}), then with stack: ...: log afterwards", lambda: log)


def test_open_all_unwinds_when_one_fails(check, rng):
    for how in ("missing", "denied"):
        names, log = rng.sample(NAMES, rng.randint(3, 6)), []
        bad = names[rng.randrange(1, len(names))]
        opener = make_opener(log, **{how: (bad,)})
        head = f"open_all(opener, {names}) where opening {bad!r} fails ({how})"
        check(f"{head}: what open_all does", lambda: outcome(lambda: open_all(opener, names)))
        check(f"{head}: log", lambda: log)
