"""The task handler every worker runs. Keep it as it is: the grader computes every result itself from the payload,
so a changed handler only gives wrong results.

A payload is 'n=N;ms=MS;fail=F', for example 'n=27;ms=15;fail=0':
- the handler works for MS milliseconds (it sleeps), then
- raises TaskFailed if attempt <= F (so F=0 never fails, F=2 fails attempts 1 and 2 and succeeds on attempt 3), or
- returns the number of Collatz steps from N down to 1, as a string ('111' for n=27).
"""
import time


class TaskFailed(Exception):
    """Raised when the payload asks this attempt to fail."""


def parse(payload):
    """'n=27;ms=15;fail=0' -> {'n': 27, 'ms': 15, 'fail': 0}"""
    fields = dict(part.split("=", 1) for part in payload.split(";"))
    return {key: int(fields[key]) for key in ("n", "ms", "fail")}


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def handle(payload, attempt):
    """Runs one attempt (1, 2, 3, ...) of the task described by payload; returns its result or raises TaskFailed."""
    task = parse(payload)
    time.sleep(task["ms"] / 1000)
    if attempt <= task["fail"]:
        raise TaskFailed(f"the payload asks attempt {attempt} to fail")
    return str(collatz_steps(task["n"]))
