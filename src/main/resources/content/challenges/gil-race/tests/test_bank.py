"""Checks for gil-race. Every check's value is compared with the reference solution's for the same inputs; the inputs
change from run to run. The threaded checks run with sys.setswitchinterval(1e-6), so threads switch very often."""
from bank import Bank, InsufficientFunds
from workers import ask, outcome, replay, run_threads

NAMES = ["ann", "bob", "cyd", "dee", "eve", "fay", "gus", "hal", "ivy", "jon"]
THREADS = 8


def text(value):
    """1234 cents -> '12.34'"""
    return f"{value // 100}.{value % 100:02d}"


def test_deposits_from_many_threads(check, rng):
    names = sorted(rng.sample(NAMES, 3))
    per = rng.randint(50, 70)
    plans = [[(rng.choice(names), text(rng.randint(1, 999))) for _ in range(per)] for _ in range(THREADS)]
    bank = Bank()
    returned = {name: [] for name in names}

    def worker(plan):
        def run():
            for name, amount in plan:
                returned[name].append(bank.deposit(name, amount))
        return run

    stuck, errors = run_threads([worker(plan) for plan in plans], rng.randrange(10**6), 0.002)
    what = f"Bank(); {THREADS} threads, each making {per} deposits of '0.01' to '9.99' into {names}"
    check(f"{what}: threads still running after 2.5 s", lambda: stuck)
    check(f"{what}: exceptions raised in the threads", lambda: errors)
    check(f"{what}: snapshot() afterwards", lambda: ask(bank.snapshot))
    check(f"{what}: total() afterwards", lambda: ask(bank.total))
    check(f"{what}: how many different new balances deposit() returned, per account (one per deposit)",
          lambda: {name: len(set(values)) for name, values in returned.items()})


def test_withdrawals_never_overdraw(check, rng):
    name = rng.choice(NAMES)
    opening = rng.randint(1, 3)
    per = rng.randint(40, 60)
    bank = Bank({name: opening})
    done, taken, refused = [], [], []

    def depositor():
        for _ in range(per):
            bank.deposit(name, "0.01")
        done.append(True)

    def withdrawer():  # until the depositor is done, then until the account is empty
        for _ in range(20000):
            try:
                taken.append(bank.withdraw(name, "0.01"))
            except InsufficientFunds:
                refused.append(1)
                if done:
                    return

    stuck, errors = run_threads([depositor] + [withdrawer] * (THREADS - 1), rng.randrange(10**6), 0.01)
    what = (f"Bank({{{name!r}: {opening}}}); one thread calls deposit({name!r}, '0.01') {per} times while "
            f"{THREADS - 1} call withdraw({name!r}, '0.01') until it is done and the account is empty")
    check(f"{what}: threads still running after 2.5 s", lambda: stuck)
    check(f"{what}: exceptions (other than InsufficientFunds) raised in the threads", lambda: errors)
    check(f"{what}: how many withdraw() calls returned a negative balance", lambda: sum(1 for b in taken if b < 0))
    check(f"{what}: balance({name!r}) afterwards", lambda: ask(lambda: bank.balance(name)))
    check(f"{what}: how many withdrawals succeeded", lambda: len(taken))


def test_transfers_keep_the_total(check, rng):
    names = sorted(rng.sample(NAMES, 5))
    opening = {name: rng.randint(5_000_000, 9_000_000) for name in names}
    workers, per = 6, rng.randint(50, 70)
    plans = [[(*rng.sample(names, 2), text(rng.randint(1, 9999))) for _ in range(per)] for _ in range(workers)]
    bank = Bank(opening)
    finished, totals, sums = [], set(), set()

    def worker(plan):
        def run():
            for source, target, amount in plan:
                bank.transfer(source, target, amount)
            finished.append(True)
        return run

    def auditor():
        import time
        end = time.monotonic() + 2.5
        while len(finished) < workers and time.monotonic() < end:
            totals.add(bank.total())
            sums.add(sum(bank.snapshot().values()))

    stuck, errors = run_threads([worker(plan) for plan in plans] + [auditor], rng.randrange(10**6), 0.002)
    what = (f"Bank({opening}); {workers} threads making {per} transfers each between these accounts, while a 7th "
            f"calls total() and snapshot() until they finish")
    check(f"{what}: threads still running after 2.5 s", lambda: stuck)
    check(f"{what}: exceptions raised in the threads", lambda: errors)
    check(f"{what}: snapshot() afterwards", lambda: ask(bank.snapshot))
    check(f"{what}: the different values total() returned during the transfers", lambda: sorted(totals))
    check(f"{what}: the different sums of snapshot() values seen during the transfers", lambda: sorted(sums))


def test_opposite_transfers_finish(check, rng):
    a, b = sorted(rng.sample(NAMES, 2))
    opening = {a: 10_000_000, b: 10_000_000}
    per = rng.randint(80, 100)
    amounts = [text(rng.randint(1, 500)) for _ in range(THREADS)]
    bank = Bank(opening)

    def worker(i):
        source, target = (a, b) if i % 2 == 0 else (b, a)

        def run():
            for _ in range(per):
                bank.transfer(source, target, amounts[i])
        return run

    stuck, errors = run_threads([worker(i) for i in range(THREADS)], rng.randrange(10**6), 0.002)
    what = (f"Bank({opening}); {THREADS} threads, by turns calling transfer({a!r}, {b!r}, amount) and "
            f"transfer({b!r}, {a!r}, amount) {per} times each, amounts {amounts}")
    check(f"{what}: threads still running after 2.5 s (a deadlock?)", lambda: stuck)
    check(f"{what}: exceptions raised in the threads", lambda: errors)
    check(f"{what}: snapshot() afterwards", lambda: ask(bank.snapshot))


def test_single_thread_rules(check, rng):
    ann, bob = rng.randint(500, 2000), rng.randint(500, 2000)
    extra, move = text(rng.randint(1, 400)), text(rng.randint(1, 400))
    steps = [
        ("balance('zoe')", lambda bank: bank.balance("zoe")),
        (f"deposit('zoe', {extra!r})", lambda bank: bank.deposit("zoe", extra)),
        (f"withdraw('ann', {text(ann + 1)!r})", lambda bank: bank.withdraw("ann", text(ann + 1))),
        ("balance('ann') after the refused withdrawal", lambda bank: bank.balance("ann")),
        (f"withdraw('ann', {text(ann)!r})", lambda bank: bank.withdraw("ann", text(ann))),
        (f"deposit('ann', {text(ann)!r})", lambda bank: bank.deposit("ann", text(ann))),
        ("deposit('ann', '0.00')", lambda bank: bank.deposit("ann", "0.00")),
        ("withdraw('ann', '-1.00')", lambda bank: bank.withdraw("ann", "-1.00")),
        ("deposit('ann', '2.5')", lambda bank: bank.deposit("ann", "2.5")),
        ("deposit('ann', 250)", lambda bank: bank.deposit("ann", 250)),
        (f"transfer('ann', 'bob', {text(ann + bob)!r})", lambda bank: bank.transfer("ann", "bob", text(ann + bob))),
        ("snapshot() after the refused transfer", lambda bank: bank.snapshot()),
        ("transfer('ann', 'bob', '0.00')", lambda bank: bank.transfer("ann", "bob", "0.00")),
        (f"transfer('ann', 'bob', {move!r})", lambda bank: bank.transfer("ann", "bob", move)),
        (f"transfer('bob', 'bob', {move!r})", lambda bank: bank.transfer("bob", "bob", move)),
        (f"transfer('bob', 'bob', {text(ann + bob + 1)!r})",
         lambda bank: bank.transfer("bob", "bob", text(ann + bob + 1))),
        ("snapshot()", lambda bank: bank.snapshot()),
        ("total()", lambda bank: bank.total()),
    ]
    results = []

    def run():  # in a thread of its own, so that a lock that is never released cannot hang the grading
        bank = Bank({"ann": ann, "bob": bob})
        for _, step in steps:
            results.append(outcome(lambda: step(bank)))

    stuck, errors = run_threads([run], rng.randrange(10**6), 0.002)
    opened = f"Bank({{'ann': {ann}, 'bob': {bob}}})"
    check(f"{opened} used from one thread: still running after 2.5 s", lambda: stuck)
    done = list(results)  # a stuck thread never adds to it again
    for i, (label, _) in enumerate(steps):
        result = done[i] if i < len(done) else ("value", "not reached: the thread was stuck in an earlier step")
        check(f"{opened}, then in turn: {label}", lambda: replay(result))
