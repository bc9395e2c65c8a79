"""Checks for consistent-hash-ring. Each check's result is compared with the reference solution's for the same
inputs; node names, keys and replica counts change from run to run."""
from collections import Counter

from ring import HashRing, ring_hash

NAMES = ["alder", "birch", "cedar", "elm", "fir", "hazel", "larch", "maple", "oak", "pine", "rowan", "yew"]


def pick_nodes(rng, count):
    return sorted(f"{name}-{rng.randint(1, 99)}" for name in rng.sample(NAMES, count))


def keys(rng, count, prefix="user"):
    return [f"{prefix}:{rng.getrandbits(40):010x}" for _ in range(count)]


def test_looks_up_the_owner_of_a_key(check, rng):
    nodes, replicas = pick_nodes(rng, 4), rng.randint(20, 80)
    ring = HashRing(nodes, replicas)
    check(f"HashRing({nodes}, replicas={replicas}).nodes()", ring.nodes)
    for key in keys(rng, 8):
        check(f"HashRing({nodes}, replicas={replicas}).get_node({key!r})", lambda: ring.get_node(key))
    sample = keys(rng, 600)
    check(f"HashRing({nodes}, replicas={replicas}): owners of 600 keys {sample[0]!r}, {sample[1]!r}, …, "
          f"counted per node", lambda: dict(Counter(ring.get_node(key) for key in sample)))


def test_a_key_exactly_on_a_point_belongs_to_that_point(check, rng):
    nodes, replicas = pick_nodes(rng, 5), rng.randint(10, 40)
    ring = HashRing(nodes, replicas)
    for _ in range(8):
        key = f"{rng.choice(nodes)}#{rng.randrange(replicas)}"
        check(f"HashRing({nodes}, replicas={replicas}).get_node({key!r}) (the key hashes onto that virtual node)",
              lambda: ring.get_node(key))


def test_wraps_around_past_the_top_of_the_ring(check, rng):
    while True:  # a ring whose highest and lowest virtual nodes belong to different nodes
        nodes, replicas = pick_nodes(rng, 3), rng.randint(30, 60)
        points = sorted((ring_hash(f"{node}#{i}"), node) for node in nodes for i in range(replicas))
        if points[0][1] != points[-1][1]:
            break
    ring = HashRing(nodes, replicas)
    top, bottom = points[-1][0], points[0][0]
    above = below = None
    while above is None or below is None:
        key = f"k{rng.getrandbits(48):012x}"
        position = ring_hash(key)
        if position > top and above is None:
            above = key
        elif position < bottom and below is None:
            below = key
    check(f"HashRing({nodes}, replicas={replicas}).get_node({above!r}) (its hash is above every point)",
          lambda: ring.get_node(above))
    check(f"HashRing({nodes}, replicas={replicas}).get_node({below!r}) (its hash is below every point)",
          lambda: ring.get_node(below))
    check(f"HashRing({nodes}, replicas={replicas}).get_nodes({above!r}, 2) (its hash is above every point)",
          lambda: ring.get_nodes(above, 2))


def test_adding_a_node_moves_keys_only_to_it(check, rng):
    nodes, replicas = pick_nodes(rng, 5), rng.randint(40, 100)
    extra = f"spruce-{rng.randint(1, 99)}"
    ring = HashRing(nodes[:4], replicas)
    sample = keys(rng, 1000, "session")
    before = {key: ring.get_node(key) for key in sample}
    ring.add_node(extra)
    after = {key: ring.get_node(key) for key in sample}
    moved = [key for key in sample if before[key] != after[key]]
    label = f"HashRing({nodes[:4]}, replicas={replicas}), then add_node({extra!r})"
    check(f"{label}: the new owners of the keys that moved, counted",
          lambda: dict(Counter(after[key] for key in moved)))
    check(f"{label}: nodes()", ring.nodes)
    ring.add_node(nodes[4])
    check(f"{label}, then add_node({nodes[4]!r}): owners of 1000 keys, counted per node",
          lambda: dict(Counter(ring.get_node(key) for key in sample)))


def test_removing_a_node_moves_only_its_keys(check, rng):
    nodes, replicas = pick_nodes(rng, 5), rng.randint(40, 100)
    gone = rng.choice(nodes)
    ring = HashRing(nodes, replicas)
    sample = keys(rng, 1000, "cart")
    before = {key: ring.get_node(key) for key in sample}
    ring.remove_node(gone)
    after = {key: ring.get_node(key) for key in sample}
    moved = [key for key in sample if before[key] != after[key]]
    label = f"HashRing({nodes}, replicas={replicas}), then remove_node({gone!r})"
    check(f"{label}: the old owners of the keys that moved, counted", lambda: dict(Counter(before[key] for key in moved)))
    check(f"{label}: the new owners of the keys {gone!r} owned, counted",
          lambda: dict(Counter(after[key] for key in sample if before[key] == gone)))
    check(f"{label}: nodes()", ring.nodes)
    ring.add_node(gone)
    check(f"{label}, then add_node({gone!r}) again: how many of 1000 keys have another owner than at first",
          lambda: sum(ring.get_node(key) != before[key] for key in sample))


def test_get_nodes_returns_distinct_nodes_clockwise(check, rng):
    nodes, replicas = pick_nodes(rng, 5), rng.randint(20, 60)
    ring = HashRing(nodes, replicas)
    for key in keys(rng, 6, "blob"):
        count = rng.randint(2, 4)
        check(f"HashRing({nodes}, replicas={replicas}).get_nodes({key!r}, {count})", lambda: ring.get_nodes(key, count))
    key = keys(rng, 1, "blob")[0]
    check(f"HashRing({nodes}, replicas={replicas}).get_nodes({key!r}, 1)", lambda: ring.get_nodes(key, 1))
    check(f"HashRing({nodes}, replicas={replicas}).get_nodes({key!r}, 9) (more than there are nodes)",
          lambda: ring.get_nodes(key, 9))


def test_spreads_keys_over_the_nodes(check, rng):
    nodes, replicas = pick_nodes(rng, 4), 160
    ring = HashRing(nodes, replicas)
    sample = keys(rng, 4000, "item")
    counts = Counter(ring.get_node(key) for key in sample)
    check(f"HashRing({nodes}, replicas=160): owners of 4000 keys {sample[0]!r}, …, counted per node",
          lambda: dict(counts))
    check(f"HashRing({nodes}, replicas=160): does any node own more than 35% of 4000 keys",
          lambda: max(counts.values(), default=0) > 0.35 * len(sample))


def test_reports_errors(check, rng):
    node = f"{rng.choice(NAMES)}-{rng.randint(1, 99)}"
    key = keys(rng, 1)[0]
    check(f"HashRing().get_node({key!r}) on an empty ring", lambda: HashRing().get_node(key))
    check(f"HashRing().get_nodes({key!r}, 2) on an empty ring", lambda: HashRing().get_nodes(key, 2))
    check(f"HashRing([{node!r}], replicas=0)", lambda: HashRing([node], replicas=0) and None)
    check(f"HashRing([{node!r}]).add_node({node!r})", lambda: HashRing([node]).add_node(node))
    check(f"HashRing([{node!r}]).remove_node('nobody')", lambda: HashRing([node]).remove_node("nobody"))
    check(f"HashRing([{node!r}]).get_nodes({key!r}, 0)", lambda: HashRing([node]).get_nodes(key, 0))

    def emptied():
        ring = HashRing([node], replicas=3)
        ring.remove_node(node)
        return ring.get_node(key)
    check(f"HashRing([{node!r}], replicas=3), remove_node({node!r}), then get_node({key!r})", emptied)
