"""Checks for attr-proxy. Each check's result is compared with the reference solution's for the same inputs;
the inputs change from run to run."""
from types import SimpleNamespace

from proxy import RecordingProxy, accesses, unwrap

# Names a proxy might be tempted to use for its own state: they must still reach the target.
OWN_LOOKING = ["target", "log", "wrapped", "history", "records", "obj", "accesses", "unwrap"]
ORDINARY = ["owner", "balance", "limit", "color", "size", "title", "speed", "count"]
PRIVATE = ["_pin", "_secret", "_token", "_salt"]


def outcome(fn):
    """What fn did, as plain data: ('ok', value) or (exception type name, message)."""
    try:
        return ("ok", fn())
    except Exception as error:
        return (type(error).__name__, str(error))


class Account:
    def __init__(self, owner, balance, pin):
        self.owner = owner
        self.balance = balance
        self._pin = pin

    def deposit(self, amount):
        self.balance += amount
        return self.balance


def test_reads_are_forwarded_and_recorded(check, rng):
    names = OWN_LOOKING + rng.sample(ORDINARY, 2)
    values = {name: rng.randint(1, 999) for name in names}
    p = RecordingProxy(SimpleNamespace(**values))
    order = names + [rng.choice(names)]
    rng.shuffle(order)
    check(f"target {values}: reading {order} through the proxy", lambda: [getattr(p, n) for n in order])
    check(f"target {values}: accesses(p) after reading {order}", lambda: accesses(p))


def test_methods_run_on_the_target(check, rng):
    balance, first, second = rng.randint(10, 500), rng.randint(1, 99), rng.randint(1, 99)
    target = Account("ann", balance, 1234)
    p = RecordingProxy(target)
    check(f"Account(balance={balance}): p.deposit({first})", lambda: p.deposit(first))
    check(f"Account(balance={balance}): then p.deposit({second})", lambda: p.deposit(second))
    check(f"Account(balance={balance}): then p.balance", lambda: p.balance)
    check(f"Account(balance={balance}): the target's balance afterwards", lambda: target.balance)
    check("accesses(p) after p.deposit(...) twice and p.balance", lambda: accesses(p))


def test_writes_go_to_the_target(check, rng):
    existing, new = rng.sample(ORDINARY, 1)[0], rng.sample(OWN_LOOKING, 1)[0]
    old, a, b = rng.randint(1, 50), rng.randint(51, 99), rng.randint(100, 200)
    target = SimpleNamespace(**{existing: old})
    p = RecordingProxy(target)
    check(f"target {{{existing!r}: {old}}}: p.{existing} = {a}", lambda: setattr(p, existing, a))
    check(f"target {{{existing!r}: {old}}}: p.{new} = {b}", lambda: setattr(p, new, b))
    check(f"vars(target) after p.{existing} = {a} and p.{new} = {b}", lambda: vars(target))
    check(f"p.{new}, read back through the proxy", lambda: getattr(p, new))
    check(f"accesses(p) after setting {existing} and {new} and reading {new}", lambda: accesses(p))


def test_deletes_go_to_the_target(check, rng):
    gone, kept = rng.sample(ORDINARY, 2)
    target = SimpleNamespace(**{gone: rng.randint(1, 9), kept: rng.randint(1, 9)})
    p = RecordingProxy(target)
    check(f"target with {gone!r} and {kept!r}: del p.{gone}", lambda: outcome(lambda: delattr(p, gone)))
    check(f"sorted(vars(target)) after del p.{gone}", lambda: sorted(vars(target)))
    check(f"del p.{gone} a second time (the target no longer has it)", lambda: delattr(p, gone))
    check(f"accesses(p) after deleting {gone} twice", lambda: accesses(p))


def test_missing_names_behave_like_missing_attributes(check, rng):
    present, missing = rng.sample(ORDINARY, 2)
    default = rng.randint(1000, 9999)
    p = RecordingProxy(SimpleNamespace(**{present: 1}))
    check(f"p.{missing}, which the target does not have", lambda: getattr(p, missing))
    check(f"hasattr(p, {missing!r})", lambda: hasattr(p, missing))
    check(f"hasattr(p, {present!r})", lambda: hasattr(p, present))
    check(f"getattr(p, {missing!r}, {default})", lambda: getattr(p, missing, default))
    check(f"accesses(p) after p.{missing}, hasattr twice and getattr with a default", lambda: accesses(p))


def test_private_names_are_hidden(check, rng):
    private = rng.choice(PRIVATE)
    secret, default = rng.randint(1000, 9999), rng.randint(1, 99)
    target = SimpleNamespace(owner="bob")
    setattr(target, private, secret)
    p = RecordingProxy(target)
    check(f"reading p.{private} (the target has it)", lambda: outcome(lambda: getattr(p, private)))
    check(f"hasattr(p, {private!r})", lambda: outcome(lambda: hasattr(p, private)))
    check(f"getattr(p, {private!r}, {default})", lambda: outcome(lambda: getattr(p, private, default)))
    check(f"p.{private} = 0", lambda: outcome(lambda: setattr(p, private, 0)))
    check(f"del p.{private}", lambda: outcome(lambda: delattr(p, private)))
    check(f"the target's {private} after those attempts", lambda: getattr(target, private))
    check("accesses(p) after touching only a private name", lambda: accesses(p))


def test_each_proxy_has_its_own_record(check, rng):
    name = rng.choice(ORDINARY)
    target = SimpleNamespace(**{name: rng.randint(1, 99)})
    p, q = RecordingProxy(target), RecordingProxy(target)
    reads = rng.randint(1, 4)
    for _ in range(reads):
        getattr(p, name)
    check(f"p and q wrap the same target; p.{name} read {reads} times: accesses(q)", lambda: accesses(q))
    check(f"accesses(p) after {reads} reads", lambda: accesses(p))
    check("changing the list accesses(p) returned does not change the record",
          lambda: (accesses(p).append(("get", "x")), len(accesses(p)))[1])
    check("unwrap(p) is the target", lambda: unwrap(p) is target)
    check("unwrap(p) is unwrap(q)", lambda: unwrap(p) is unwrap(q))
