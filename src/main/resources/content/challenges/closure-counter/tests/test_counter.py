"""Checks for closure-counter. Each check's result is compared with the reference solution's for the same inputs;
the inputs change from run to run."""
from solution import make_counter


def test_starts_at_zero_by_default(check, rng):
    counter = make_counter()
    check("make_counter(), called three times", lambda: [counter(), counter(), counter()])


def test_uses_start_and_step(check, rng):
    start, step = rng.randint(-50, 50), rng.randint(2, 9)
    counter = make_counter(start, step)
    check(f"make_counter({start}, {step}), called three times", lambda: [counter(), counter(), counter()])


def test_counters_are_independent(check, rng):
    first, second = rng.randint(0, 20), rng.randint(100, 200)
    a, b = make_counter(first), make_counter(second)
    a()
    a()
    check(f"a = make_counter({first}), b = make_counter({second}); after a() twice, b()", b)
    check(f"a = make_counter({first}); its third call", a)


def test_keeps_its_state_in_a_closure(check, rng):
    counter = make_counter()
    check("make_counter() returns a closure (its __closure__ is not None)", lambda: counter.__closure__ is not None)
