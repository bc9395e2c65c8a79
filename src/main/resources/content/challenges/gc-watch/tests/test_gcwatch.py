"""Checks for gc-watch. Every check's value is compared with the reference solution's for the same inputs; sizes,
generations and thresholds change from run to run. The checks make collections happen at known moments: they call
gc.collect(generation) themselves, or allocate a known number of objects with known thresholds."""
import gc

from gcwatch import GCWatch, gc_paused, thresholds


class Node:
    pass


def rings(sizes):
    """Makes rings of Nodes and drops them: cyclic garbage, len(sizes) rings, sum(sizes) objects."""
    for size in sizes:
        ring = [Node() for _ in range(size)]
        for i, node in enumerate(ring):
            node.next = ring[(i + 1) % size]


class Saved:
    """Puts the collector's enabled state and thresholds back after a test, whatever the solution did."""

    def __enter__(self):
        self.enabled, self.threshold = gc.isenabled(), gc.get_threshold()
        self.callbacks = list(gc.callbacks)

    def __exit__(self, *exc):
        gc.set_threshold(*self.threshold)
        gc.enable() if self.enabled else gc.disable()
        gc.callbacks[:] = self.callbacks
        return False


def test_records_explicit_collections(check, rng):
    plan = [(rng.randint(0, 2), [rng.randint(1, 4) for _ in range(rng.randint(0, 5))]) for _ in range(rng.randint(4, 7))]
    with Saved():
        gc.disable()  # only the collections the check asks for
        gc.collect()
        with GCWatch() as watch:
            for generation, sizes in plan:
                rings(sizes)
                gc.collect(generation)
        what = ("with automatic collection off: inside `with GCWatch() as watch`, for each (g, sizes) in "
                f"{plan}: make rings of Nodes of those sizes, drop them, gc.collect(g)")
        check(f"{what}: watch.collections", lambda: watch.collections)
        check(f"{what}: watch.counts()", watch.counts)
        check(f"{what}: watch.total_collected()", watch.total_collected)
        rings([3])
        gc.collect()
        check(f"{what}; after the with block, gc.collect() again: watch.counts()", watch.counts)


def test_counts_automatic_collections(check, rng):
    threshold0, threshold1 = rng.randint(100, 300), rng.randint(2, 5)
    rounds = rng.randint(8, 14)
    allocations = rounds * (threshold0 + 1) + (threshold0 + 1) // 2  # half a threshold away from the next trigger
    with Saved():
        gc.enable()
        gc.set_threshold(threshold0, threshold1, 100_000)
        gc.collect()  # every generation's count back to zero
        with GCWatch() as watch:
            kept = [[] for _ in range(allocations)]  # container objects that stay alive: no garbage
        del kept
        what = (f"with gc.set_threshold({threshold0}, {threshold1}, 100000), the collector on, after gc.collect(): "
                f"inside `with GCWatch() as watch`, make {allocations} lists and keep them")
        check(f"{what}: watch.counts()", watch.counts)
        check(f"{what}: watch.total_collected()", watch.total_collected)
        check(f"{what}: how many collections were recorded", lambda: len(watch.collections))


def test_nested_watches(check, rng):
    first, inner, last = rng.randint(0, 2), [rng.randint(0, 2) for _ in range(rng.randint(1, 3))], rng.randint(0, 2)
    with Saved():
        gc.disable()
        gc.collect()
        before = len(gc.callbacks)
        with GCWatch() as outer:
            gc.collect(first)
            with GCWatch() as nested:
                check("inside two GCWatch blocks: how many callbacks they added to gc.callbacks",
                      lambda: len(gc.callbacks) - before)
                for generation in inner:
                    gc.collect(generation)
            gc.collect(last)
        what = (f"with outer: gc.collect({first}); with nested: gc.collect(g) for g in {inner}; then, out of nested "
                f"only, gc.collect({last})")
        check(f"{what}: outer.counts()", outer.counts)
        check(f"{what}: nested.counts()", nested.counts)
        check(f"{what}: callbacks left in gc.callbacks afterwards (added by the watches)",
              lambda: len(gc.callbacks) - before)


def test_exceptions_pass_through(check, rng):
    generation = rng.randint(0, 2)
    with Saved():
        gc.disable()
        gc.collect()
        before = len(gc.callbacks)
        watch = GCWatch()

        def failing():
            with watch:
                gc.collect(generation)
                raise KeyError("boom")

        what = f"with watch: gc.collect({generation}); raise KeyError"
        check(f"{what}: what the with statement raises", failing)
        check(f"{what}: callbacks left in gc.callbacks afterwards (added by the watch)",
              lambda: len(gc.callbacks) - before)
        gc.collect()
        check(f"{what}; then gc.collect() outside: watch.counts()", watch.counts)


def test_gc_paused(check, rng):
    with Saved():
        for enabled in rng.sample([True, False], 2):
            gc.enable() if enabled else gc.disable()
            state = "on" if enabled else "off"
            with gc_paused():
                inside = gc.isenabled()
            check(f"collector {state}: gc.isenabled() inside `with gc_paused()`", lambda: inside)
            check(f"collector {state}: gc.isenabled() after `with gc_paused()`", gc.isenabled)

            def failing():
                with gc_paused():
                    raise ValueError("inside")

            check(f"collector {state}: `with gc_paused(): raise ValueError`", failing)
            check(f"collector {state}: gc.isenabled() after the ValueError", gc.isenabled)
            with gc_paused():
                with gc_paused():
                    pass
                between = gc.isenabled()
            check(f"collector {state}: gc.isenabled() between the end of an inner and of an outer gc_paused()",
                  lambda: between)
            check(f"collector {state}: gc.isenabled() after both", gc.isenabled)


def test_thresholds(check, rng):
    start = (rng.randint(300, 900), rng.randint(5, 20), rng.randint(5, 20))
    a, b, c = rng.randint(50, 250), rng.randint(1, 4), rng.randint(1, 4)
    with Saved():
        gc.set_threshold(*start)
        with thresholds(a) as given:
            inside = gc.get_threshold()
        what = f"gc.set_threshold{start}; with thresholds({a}) as given"
        check(f"{what}: given", lambda: given)
        check(f"{what}: gc.get_threshold() inside", lambda: inside)
        check(f"{what}: gc.get_threshold() after", gc.get_threshold)
        with thresholds(a, b, c) as given:
            inside = gc.get_threshold()
        check(f"gc.set_threshold{start}; with thresholds({a}, {b}, {c}): gc.get_threshold() inside", lambda: inside)
        with thresholds(a, threshold2=c) as given:
            inside = gc.get_threshold()
        check(f"gc.set_threshold{start}; with thresholds({a}, threshold2={c}): gc.get_threshold() inside",
              lambda: inside)

        def failing():
            with thresholds(a, b):
                raise RuntimeError("inside")

        check(f"gc.set_threshold{start}; `with thresholds({a}, {b}): raise RuntimeError`", failing)
        check(f"gc.set_threshold{start}; after `with thresholds({a}, {b}): raise RuntimeError`: gc.get_threshold()",
              gc.get_threshold)

        def negative():
            with thresholds(a, -b):
                pass

        check(f"gc.set_threshold{start}; `with thresholds({a}, {-b}): pass`", negative)
        check(f"gc.set_threshold{start}; after `with thresholds({a}, {-b})`: gc.get_threshold()", gc.get_threshold)
