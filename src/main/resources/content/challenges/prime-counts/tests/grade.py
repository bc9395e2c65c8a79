"""The workload for prime-counts: large limits that change with every grading run, and the small edge cases."""


def workload(rng):
    limits = [rng.randint(1_000_000, 2_000_000) for _ in range(12)] + [1, 2, 3, 10, 100]
    rng.shuffle(limits)
    return "".join(f"{n}\n" for n in limits)
