"""The workload for stream-stats: several hundred thousand integers, different in every grading run."""


def workload(rng):
    count = rng.randint(400_000, 500_000)
    return "".join(f"{rng.randint(-10**9, 10**9)}\n" for _ in range(count))
