"""Checks for pymalloc-sim. Every check's value is compared with the reference solution's for the same inputs; the
request sizes and the order of the steps change from run to run. Each test prints its program of steps."""
from pymalloc import Allocator, size_class
from program import run

CLASSES = [8 * k for k in range(1, 65)]


def request(rng, block):
    """A request size served by the given block size."""
    return rng.randint(block - 7, block)


def capacity(block):
    return (4096 - 48) // block


def test_size_class(check, rng):
    sizes = [1, 7, 8, 9, 16, 17, 511, 512, 513, 4096] + [rng.randint(1, 600) for _ in range(8)]
    for n in sizes:
        check(f"size_class({n})", lambda: size_class(n))
    for n in (0, -rng.randint(1, 100)):
        check(f"size_class({n})", lambda: size_class(n))
        check(f"Allocator().malloc({n})", lambda: Allocator().malloc(n))


def test_first_blocks(check, rng):
    blocks = rng.sample(CLASSES, 3)
    ops = [("malloc", request(rng, rng.choice(blocks))) for _ in range(14)]
    allocator, _ = run(check, ops, "a new Allocator")
    check("a new Allocator, after those steps: stats()", allocator.stats)


def test_freed_blocks_are_reused_last_in_first_out(check, rng):
    block = rng.choice(CLASSES[:40])
    count = rng.randint(6, 12)
    ops = [("malloc", request(rng, block)) for _ in range(count)]
    ops += [("free", i) for i in rng.sample(range(count), rng.randint(3, count - 1))]
    ops += [("malloc", request(rng, block)) for _ in range(rng.randint(3, 6))]
    allocator, _ = run(check, ops, f"blocks of {block} bytes")
    check(f"blocks of {block} bytes, after those steps: stats()", allocator.stats)


def test_a_pool_with_room_again_goes_first(check, rng):
    block = rng.choice(CLASSES[40:])  # 328 to 512 bytes: 7 to 12 blocks in a pool
    per_pool, pools = capacity(block), rng.randint(3, 4)
    ops = [("malloc", request(rng, block)) for _ in range(per_pool * pools)]  # all those pools full
    order = rng.sample(range(pools), 2)
    ops += [("free", p * per_pool + rng.randrange(per_pool)) for p in order]
    ops += [("malloc", request(rng, block)) for _ in range(3)]
    allocator, _ = run(check, ops, f"{pools} full pools of {block}-byte blocks ({per_pool} a pool)")
    check(f"{pools} full pools of {block}-byte blocks, after those steps: stats()", allocator.stats)


def test_empty_pools_go_back_to_their_arena(check, rng):
    first, second = rng.sample(CLASSES[30:], 2)
    per_pool, pools = capacity(first), rng.randint(3, 5)
    ops = [("malloc", request(rng, first)) for _ in range(per_pool * pools)]
    emptied = rng.sample(range(pools), 2)
    for p in emptied:
        blocks = list(range(p * per_pool, (p + 1) * per_pool))
        rng.shuffle(blocks)
        ops += [("free", i) for i in blocks]
    ops += [("malloc", request(rng, second)), ("malloc", request(rng, first)), ("malloc", request(rng, second))]
    allocator, _ = run(check, ops, f"{pools} pools of {first}-byte blocks, two of them emptied, then {second}-byte "
                                   f"blocks")
    check(f"{pools} pools of {first}-byte blocks, two of them emptied: stats()", allocator.stats)


def test_arenas(check, rng):
    block = rng.choice(CLASSES[50:])  # 408 to 512 bytes
    other = rng.choice(CLASSES[:20])
    per_pool = capacity(block)
    per_arena = 64 * per_pool
    started = rng.randint(3, 8)
    allocator = Allocator()
    phase = [("malloc", request(rng, block)) for _ in range(2 * per_arena + started * per_pool)]
    what = f"{block}-byte blocks, {per_pool} a pool, {per_arena} an arena"
    _, first = run(check, phase, f"phase 1 ({what})", allocator, every_step=False)
    check(f"phase 1 ({what}): arenas 0 and 1 filled, {started} pools of arena 2 filled: stats()", allocator.stats)
    order = list(range(per_arena, 2 * per_arena))
    rng.shuffle(order)
    for i in order:
        allocator.free(first[i])
    check(f"phase 2: every block of arena 1 (steps {per_arena} to {2 * per_arena - 1} of phase 1) freed, in a "
          f"random order: stats()", allocator.stats)
    emptied = rng.sample(range(64), 3)
    for p in emptied:
        for i in range(p * per_pool, (p + 1) * per_pool):
            allocator.free(first[i])
    check(f"phase 3: pools {emptied} of arena 0 emptied, in that order: stats()", allocator.stats)
    ops = [("malloc", request(rng, other)) for _ in range(3)] + [("malloc", request(rng, block)) for _ in range(3)]
    run(check, ops, f"after phase 3, blocks of {other} and of {block} bytes", allocator)
    ops = [("malloc", request(rng, block)) for _ in range(70 * per_pool)]
    run(check, ops, f"phase 4: {70 * per_pool} more blocks of {block} bytes", allocator, every_step=False)
    check(f"after phase 4: stats()", allocator.stats)


def test_large_requests(check, rng):
    ops = []
    for _ in range(rng.randint(5, 8)):
        ops.append(("malloc", rng.randint(513, 9000)))
    ops.append(("malloc", request(rng, rng.choice(CLASSES))))
    ops += [("free", i) for i in rng.sample(range(len(ops) - 1), 2)]
    ops.append(("malloc", rng.randint(513, 9000)))
    ops.append(("free", ops[-3][1]))  # a second free of the same block: ValueError
    allocator, _ = run(check, ops, "large requests")
    check("large requests, after those steps: stats()", allocator.stats)
    bogus = 0x10000000 + rng.randrange(1, 4000)
    check(f"large requests, then free({bogus:#x}) (never returned by malloc)", lambda: allocator.free(bogus))


def workload(rng, steps, large=0.05):
    ops, live = [], []
    for i in range(steps):
        if live and rng.random() < 0.42:
            ops.append(("free", live.pop(rng.randrange(len(live)))))
        else:
            n = rng.randint(513, 3000) if rng.random() < large else min(512, int(rng.expovariate(1 / 90)) + 1)
            ops.append(("malloc", n))
            live.append(i)
    return ops, live


def test_random_workload(check, rng):
    ops, live = workload(rng, rng.randint(250, 320))
    allocator, _ = run(check, ops, "a random workload")
    check("a random workload: stats() at the end", allocator.stats)


def test_everything_freed(check, rng):
    ops, live = workload(rng, rng.randint(600, 800), large=0.1)
    rng.shuffle(live)
    ops += [("free", i) for i in live]
    allocator, _ = run(check, ops, "a random workload, then every block freed", every_step=False)
    check("a random workload, then every block freed: stats()", allocator.stats)
