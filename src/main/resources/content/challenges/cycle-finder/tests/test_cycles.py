"""Checks for cycle-finder. Every check's value is compared with the reference solution's for the same inputs; the
object graphs and sizes are made afresh from the run's random seed."""
import gc

from cycles import count_freed, find_cycles, generation_of
from structures import Node, build, make, rings


def shown(code):
    return "\n    " + code.rstrip("\n").replace("\n", "\n    ")


def graph_checks(check, rng, rounds, **options):
    for _ in range(rounds):
        count = options.pop("count", None) or rng.randint(5, 8)
        labels, code = build(rng, count, **{"edges": rng.randint(count, 2 * count), **options})
        objects = make(code, labels)
        check(f"find_cycles(objects), objects = {{each name: its object}} for {sorted(labels)}, after:{shown(code)}",
              lambda: find_cycles(objects))


def test_find_cycles(check, rng):
    graph_checks(check, rng, 3)


def test_find_cycles_through_unlabelled_containers(check, rng):
    graph_checks(check, rng, 3, containers_only=True)


def test_find_cycles_with_self_references(check, rng):
    graph_checks(check, rng, 2, self_loops=2, loners=1)


def test_find_cycles_two_groups(check, rng):
    for _ in range(2):
        labels, code = rings(rng)
        objects = make(code, labels)
        check(f"find_cycles(objects), objects = {{each name: its object}} for {sorted(labels)}, after:{shown(code)}",
              lambda: find_cycles(objects))


def test_find_cycles_without_cycles(check, rng):
    graph_checks(check, rng, 2, acyclic=True)


def garbage(rng, rings):
    """Code and a function that makes `rings` rings of Nodes (cyclic garbage) and some acyclic garbage."""
    sizes = [rng.randint(1, 5) for _ in range(rings)]
    extra = rng.randint(5, 20)

    def build_garbage(keep=None):
        for size in sizes:
            ring = [Node(str(i)) for i in range(size)]
            for i, node in enumerate(ring):
                node.next = ring[(i + 1) % size]  # a ring: each node refers to the next, the last to the first
                node.data = [i]
            if keep is not None:
                keep.append(ring[0])
        for i in range(extra):  # no cycle here: freed at once by reference counting
            Node(str(i)).data = [i]

    return sizes, extra, build_garbage


def test_count_freed(check, rng):
    sizes, extra, build_garbage = garbage(rng, rng.randint(40, 70))
    leftover, _, build_leftover = garbage(rng, rng.randint(5, 15))
    saved = gc.get_threshold()
    try:
        gc.disable()
        kept = []
        build_leftover(kept)
        gc.collect()  # the leftover rings survive it (kept holds them): they move to the oldest generation
        kept.clear()  # now they are garbage made before count_freed is called: not make()'s
        gc.enable()
        gc.set_threshold(50)  # automatic collections would run while make() builds its garbage
        what = (f"with earlier cyclic garbage (rings of Nodes, sizes {leftover}, in generation 2) not yet collected, "
                f"the collector on "
                f"and gc.set_threshold(50): count_freed(make), make() building rings of Nodes of sizes {sizes} "
                f"(each Node also holds a list) and {extra} Nodes without a cycle")
        check(what, lambda: count_freed(build_garbage))
        check(f"{what}: gc.isenabled() afterwards", gc.isenabled)
    finally:
        gc.set_threshold(*saved)
        gc.enable()


def test_count_freed_leaves_a_disabled_collector_disabled(check, rng):
    sizes, extra, build_garbage = garbage(rng, rng.randint(3, 8))
    try:
        gc.disable()
        what = f"with the collector off: count_freed(make), make() building rings of sizes {sizes} and {extra} Nodes"
        check(what, lambda: count_freed(build_garbage))
        check(f"{what}: gc.isenabled() afterwards", gc.isenabled)
    finally:
        gc.enable()


def test_count_freed_when_make_raises(check, rng):
    sizes, extra, build_garbage = garbage(rng, rng.randint(3, 8))

    def failing():
        build_garbage()
        raise ValueError("make failed")

    for enabled in [True, False]:
        try:
            gc.enable() if enabled else gc.disable()
            what = f"with the collector {'on' if enabled else 'off'}: count_freed(make), make() raising ValueError"
            check(what, lambda: count_freed(failing))
            check(f"{what}: gc.isenabled() afterwards", gc.isenabled)
        finally:
            gc.enable()
    gc.collect()


def test_generation_of(check, rng):
    k = rng.randint(3, 9)
    word = rng.choice(["alpha", "beta", "gamma"])
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        gc.collect()
        things = {
            "node = Node()": Node(),
            "empty = []": [],
            f"numbers = tuple(range({k}))": tuple(range(k)),
            f"plain = {{'{word}': {k}}}": {word: k},
            f"nested = {{'{word}': []}}": {word: []},
            f"text = '{word}' * {k}": word * k,
            f"number = 10 ** {k + 20}": 10 ** (k + 20),
        }
        made = "; ".join(things)

        def ask(when):
            for source, thing in things.items():
                name = source.split(" =")[0]
                check(f"with automatic collection off, after: {made}; {when}: generation_of({name})",
                      lambda: generation_of(thing))

        ask("nothing else")
        gc.collect(0)
        ask("gc.collect(0)")
        gc.collect(1)
        ask("gc.collect(0); gc.collect(1)")
        twin = []  # equal to `empty`, but another object, in generation 0
        ask("gc.collect(0); gc.collect(1); twin = [] (a new list, equal to empty)")
        del twin
    finally:
        if was_enabled:
            gc.enable()
