"""The workload for memory-optimization: an access log of about 105,000 requests, different in every grading.

Besides ordinary users, a dozen crawlers make exactly the same number of requests each, more than any user, so
the top of the user ranking always holds ties; their first requests come in an order that is not sorted.
"""

METHODS = ["GET"] * 8 + ["POST"] * 2 + ["PUT", "DELETE"]
STATUSES = [200] * 40 + [201] * 3 + [204] * 2 + [301, 302, 304, 304, 304] + [400, 401, 403] + [404] * 4 + [500, 503]


def workload(rng):
    resources = ["items", "users", "orders", "carts", "search", "reviews", "images", "auth", "stats", "tags"]
    paths = []
    for name in resources:
        paths.append(f"/api/{name}")
        for action in rng.sample(["list", "detail", "new", "edit", "export", "feed", "bulk"], rng.randint(2, 5)):
            paths.append(f"/api/{name}/{action}")
    weights = [rng.randint(1, 30) for _ in paths]
    slow = {path: rng.choice([1, 1, 1, 2, 5, 12]) for path in paths}
    users = [f"u{n:06d}" for n in rng.sample(range(1_000_000), rng.randint(20_000, 24_000))]
    bots = [f"bot-{n:03d}" for n in rng.sample(range(1000), 12)]
    count = rng.randint(100_000, 110_000)
    bot_requests = rng.randint(50, 60)
    who = [rng.choice(users) for _ in range(count - bot_requests * len(bots))]
    who.extend(bot for bot in bots for _ in range(bot_requests))
    rng.shuffle(who)
    day = rng.randint(1, 28)
    second = rng.randint(0, 3600)
    step = (24 * 3600 - second) / (count + 1)
    chosen = rng.choices(paths, weights, k=count)
    lines = []
    for i in range(count):
        t = int(second + i * step)
        path = chosen[i]
        latency = int(rng.expovariate(1 / (20 * slow[path]))) + 1
        size = rng.randint(0, 60_000) if rng.random() < 0.8 else 0
        lines.append(
            f"2024-03-{day:02d}T{t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d} {who[i]} {rng.choice(METHODS)}"
            f" {path} {rng.choice(STATUSES)} {size} {latency}\n"
        )
    return "".join(lines)
