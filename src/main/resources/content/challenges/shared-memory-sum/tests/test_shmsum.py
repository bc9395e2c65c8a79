"""Checks for shared-memory-sum. Each check's result is compared with the reference solution's for the same inputs;
the inputs change from run to run. Every grading run has a /dev/shm of its own, empty at the start."""
import os
from multiprocessing.shared_memory import SharedMemory

from shmsum import parallel_sums

SHM = "/dev/shm"
BIG = 10 ** 12


def block_name(rng):
    return f"sums-{rng.randrange(10 ** 6)}"


def blocks():
    """The shared memory blocks that exist now (multiprocessing's semaphores, named sem.*, aside)."""
    return {entry for entry in os.listdir(SHM) if not entry.startswith("sem.")}


def left_behind(before):
    """The blocks made since `before` that are still there; removes them, so that one test does not spoil the next."""
    found = sorted(blocks() - before)
    for entry in found:
        os.unlink(os.path.join(SHM, entry))
    return found


def report(values, workers, name):
    before = blocks()
    try:
        sums, pids = parallel_sums(values, workers, name)
        shown = {"sums": sums, "one pid per worker": len(pids) == workers,
                 "pids all different": len(set(pids)) == len(pids),
                 "the caller's pid among them": os.getpid() in pids}
    except Exception as error:
        shown = {"raised": type(error).__name__}
    shown["blocks left in /dev/shm"] = left_behind(before)
    return shown


def test_sums_over_a_few_processes(check, rng):
    n, workers = rng.randint(10_000, 20_000), rng.randint(2, 4)
    values = [rng.randint(-1000, 1000) for _ in range(n)]
    name = block_name(rng)
    check(f"parallel_sums({n} random values in -1000..1000, workers={workers}, {name!r})",
          lambda: report(values, workers, name))


def test_uneven_chunks(check, rng):
    workers = rng.randint(3, 5)
    n = workers * rng.randint(2, 3) + rng.randint(1, workers - 1)
    values = [rng.randint(1, 9) * 10 ** (i % 12) for i in range(n)]
    name = block_name(rng)
    check(f"parallel_sums({values}, workers={workers}, {name!r})", lambda: report(values, workers, name))


def test_more_workers_than_values(check, rng):
    values = [rng.randint(-50, 50) for _ in range(rng.randint(0, 2))]
    workers = rng.randint(3, 4)
    name = block_name(rng)
    check(f"parallel_sums({values}, workers={workers}, {name!r})", lambda: report(values, workers, name))


def test_values_need_64_bits(check, rng):
    n = rng.randint(1000, 3000)
    values = [rng.choice([-1, 1]) * rng.randint(BIG // 2, BIG) for _ in range(n)]
    values[rng.randrange(n)] = 2 ** 62
    values[rng.randrange(n)] = -2 ** 62
    name = block_name(rng)
    check(f"parallel_sums({n} values of size about 10**12, one 2**62 and one -2**62, workers=2, {name!r})",
          lambda: report(values, 2, name))


def test_a_failed_worker_is_an_error(check, rng):
    values = [2 ** 62] * 3 + [rng.randint(0, 9) for _ in range(rng.randint(10, 20))]
    workers = rng.randint(2, 3)
    name = block_name(rng)
    check(f"parallel_sums({values}, workers={workers}, {name!r}): the first slice's sum does not fit in 64 bits",
          lambda: report(values, workers, name))


def test_bad_values_leave_nothing_behind(check, rng):
    n = rng.randint(50, 200)
    for bad in (rng.choice([2.5, "7", None, True]), 2 ** 63):
        values = [rng.randint(0, 9) for _ in range(n)]
        where = rng.randrange(n)
        values[where] = bad
        name = block_name(rng)
        check(f"parallel_sums({n} ints with {bad!r} at index {where}, workers=2, {name!r})",
              lambda: report(values, 2, name))
    name = block_name(rng)
    check(f"parallel_sums([1, 2, 3], workers=0, {name!r})", lambda: report([1, 2, 3], 0, name))


def test_an_existing_block_is_left_alone(check, rng):
    name = block_name(rng)
    taken = rng.choice([name, name + "-out"])
    note = b"someone else's block %d" % rng.randrange(1000)
    values = [rng.randint(0, 9) for _ in range(rng.randint(10, 20))]

    def attempt():
        other = SharedMemory(name=taken, create=True, size=64)
        other.buf[:len(note)] = note
        other.close()
        before = blocks() - {taken}
        try:
            outcome = ("ok", parallel_sums(values, 2, name)[0])
        except Exception as error:
            outcome = ("raised", type(error).__name__)
        try:
            other = SharedMemory(name=taken)
        except FileNotFoundError:
            kept = "gone"
        else:
            kept = bytes(other.buf[:len(note)]).decode("ascii", "replace")
            other.close()
            other.unlink()
        return {"outcome": outcome, f"the block {taken!r} afterwards": kept,
                "blocks left in /dev/shm": left_behind(before)}

    check(f"parallel_sums({values}, workers=2, {name!r}) while a block named {taken!r} already exists", attempt)
