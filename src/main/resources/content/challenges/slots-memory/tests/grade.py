"""The workload for slots-memory: a venue of about 360,000 seats, then about 150,000 requests."""


def workload(rng):
    out = []
    seats = []
    for section in range(1, 41):
        rows = rng.randint(36, 40)
        base_class = rng.randint(1, 3)
        for row in range(1, rows + 1):
            price_class = min(5, base_class + row // 10)
            for number in range(1, rng.randint(225, 250) + 1):
                seats.append(f"{section} {row} {number} {price_class}\n")
    out.append(f"{len(seats)}\n")
    out.extend(seats)
    n = len(seats)
    queries = rng.randint(140_000, 160_000)
    out.append(f"{queries}\n")
    ops = ["HOLD"] * 100 + ["SELL"] * 70 + ["FREE"] * 29 + ["SEAT"]
    for _ in range(queries):
        op = rng.choice(ops)
        out.append(f"{op} {rng.randrange(n)}\n")
    return "".join(out)
