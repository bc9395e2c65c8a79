"""Checks for generational-gc. Each check's result is compared with the reference solution's for the same inputs;
the inputs change from run to run. A label lists the calls made so far (objects numbered in allocation order),
then the call whose result is checked. young_limit is set high wherever a test does not want automatic
collections."""
from genheap import GenHeap
from run import Run

QUIET = 1000     # a young_limit no test reaches: no automatic collection


def test_a_minor_collection_frees_unreachable_young_objects(check, rng):
    run = Run(QUIET, rng.randint(2, 3), 4)
    numbers = run.alloc(rng.randint(8, 12))
    roots = rng.sample(numbers, rng.randint(1, 2))
    edges = {(a, rng.choice(numbers)) for a in roots}
    edges |= {(rng.choice(numbers), rng.choice(numbers)) for _ in range(rng.randint(6, 10))}
    for a, b in sorted(edges):
        run.ref(a, b)
    for a in roots:
        run.root(a)
    check(run.label("collect_minor()"), run.minor)
    check(run.label("live()"), run.heap.live)
    check(run.label("young(), old(), remembered()"), run.state)


def test_survivors_are_promoted_after_promote_after_collections(check, rng):
    promote_after = rng.randint(1, 4)
    run = Run(QUIET, promote_after, 100)
    full_at = rng.randint(0, promote_after)
    for step in range(promote_after + 2):
        for a in run.alloc(rng.randint(1, 3)):
            run.root(a)
        collect = run.full if step == full_at else run.minor
        what = "collect_full()" if step == full_at else "collect_minor()"
        check(run.label(what), collect)
        check(run.label("young(), old(), remembered()"), run.state)


def test_old_objects_wait_for_a_full_collection(check, rng):
    run = Run(QUIET, 1, 100)
    numbers = run.alloc(rng.randint(4, 7))
    for a in numbers:
        run.root(a)
    for a, b in zip(numbers, numbers[1:]):
        if rng.random() < 0.5:
            run.ref(a, b)
    check(run.label("collect_minor()"), run.minor)
    for a in rng.sample(numbers, rng.randint(2, len(numbers) - 1)):
        run.unroot(a)
    check(run.label("collect_minor()"), run.minor)
    check(run.label("live()"), run.heap.live)
    check(run.label("collect_full()"), run.full)
    check(run.label("live()"), run.heap.live)


def test_the_write_barrier_remembers_old_to_young_references(check, rng):
    run = Run(QUIET, 1, 100)
    first, second = run.alloc(2)
    run.root(first)
    run.root(second)
    check(run.label("collect_minor()"), run.minor)
    young = run.alloc(rng.randint(4, 7))
    held = rng.sample(young, 2)
    run.ref(first, held[0])                 # old -> young: the barrier remembers first
    run.ref(held[0], held[1])               # young -> young
    others = [a for a in young if a not in held]
    run.ref(rng.choice(others), second)     # young -> old: nothing to remember
    run.ref(second, first)                  # old -> old: nothing to remember
    check(run.label("remembered()"), run.heap.remembered)
    check(run.label("collect_minor()"), run.minor)
    check(run.label("live()"), run.heap.live)
    check(run.label("young(), old(), remembered()"), run.state)


def test_the_remembered_set_keeps_its_entries_until_a_collection(check, rng):
    run = Run(QUIET, 2, 100)
    holder = run.alloc()[0]
    run.root(holder)
    run.minor()
    run.minor()
    kids = run.alloc(rng.randint(2, 4))
    for a in kids:
        run.ref(holder, a)
    dropped = rng.choice(kids)
    run.unref(holder, dropped)
    check(run.label("remembered()"), run.heap.remembered)
    check(run.label("collect_minor()"), run.minor)
    check(run.label("young(), old(), remembered()"), run.state)
    for a in kids:
        if a != dropped:
            run.unref(holder, a)
    check(run.label("remembered()"), run.heap.remembered)
    check(run.label("collect_minor()"), run.minor)
    check(run.label("young(), old(), remembered()"), run.state)


def test_promotion_can_create_old_to_young_references(check, rng):
    promote_after = rng.randint(2, 3)
    run = Run(QUIET, promote_after, 100)
    parent = run.alloc()[0]
    run.root(parent)
    for _ in range(promote_after - 1):
        run.minor()
    child, grandchild = run.alloc(2)
    run.ref(parent, child)                  # both young: no barrier
    run.ref(child, grandchild)
    check(run.label(f"collect_minor(), which promotes {parent} but not {child}"), run.minor)
    check(run.label("remembered()"), run.heap.remembered)
    check(run.label("collect_minor()"), run.minor)
    check(run.label("live()"), run.heap.live)
    check(run.label("young(), old(), remembered()"), run.state)


def test_young_objects_held_by_dead_old_objects_wait_for_a_full_collection(check, rng):
    run = Run(QUIET, 1, 100)
    dead, alive = run.alloc(2)
    run.root(dead)
    run.root(alive)
    run.minor()
    kids = run.alloc(rng.randint(2, 4))
    run.ref(dead, kids[0])
    for a, b in zip(kids, kids[1:]):
        run.ref(a, b)
    run.ref(kids[-1], dead)                 # a cycle across the generations
    run.unroot(dead)
    check(run.label("collect_minor()"), run.minor)
    check(run.label("live()"), run.heap.live)
    check(run.label("collect_full()"), run.full)
    check(run.label("live()"), run.heap.live)


def test_allocation_triggers_minor_and_full_collections(check, rng):
    young_limit, promote_after, full_every = rng.randint(2, 5), rng.randint(1, 3), rng.randint(1, 4)
    run = Run(young_limit, promote_after, full_every)
    rooted = []
    allocations = rng.randint(25, 40)
    for _ in range(allocations):
        new = run.alloc()[0]
        if rooted and rng.random() < 0.5:
            run.ref(rng.choice(rooted), new)
        if rng.random() < 0.3:
            run.root(new)
            rooted.append(new)
        if len(rooted) > 3 and rng.random() < 0.15:
            gone = rng.choice(rooted)
            run.unroot(gone)
            rooted.remove(gone)
    check(run.label("[stats['kind'] for stats in history()]"), lambda: [s["kind"] for s in run.heap.history()])
    for i in range(allocations // young_limit):
        check(run.label(f"history()[{i}] (None if there is no such collection)"), lambda: _entry(run.heap, i))
    check(run.label("live()"), run.heap.live)
    check(run.label("young(), old(), remembered()"), run.state)


def _entry(heap, i):
    history = heap.history()
    return history[i] if i < len(history) else None


def test_the_trigger_point_and_manual_collections(check, rng):
    young_limit, full_every = rng.randint(2, 6), rng.randint(2, 3)
    run = Run(young_limit, 1, full_every)
    run.alloc(young_limit)
    check(run.label("history()"), run.heap.history)
    run.alloc()
    check(run.label("history()"), run.heap.history)
    check(run.label("live()"), run.heap.live)
    run.full()
    run.alloc(young_limit)
    check(run.label("history() (a manual collection starts the count again)"), run.heap.history)
    for _ in range(full_every):
        run.alloc(young_limit)
    check(run.label("[stats['kind'] for stats in history()]"), lambda: [s["kind"] for s in run.heap.history()])
    run.minor()
    run.alloc(young_limit + 1)
    check(run.label("[stats['kind'] for stats in history()]"), lambda: [s["kind"] for s in run.heap.history()])


def test_bad_arguments_and_ids_that_are_not_live(check, rng):
    bad = rng.choice([0, -1, -rng.randint(2, 9)])
    check(f"GenHeap(young_limit={bad})", lambda: GenHeap(young_limit=bad) and "made")
    check(f"GenHeap(promote_after={bad})", lambda: GenHeap(promote_after=bad) and "made")
    check(f"GenHeap(full_every={bad})", lambda: GenHeap(full_every=bad) and "made")
    run = Run(QUIET, 2, 4)
    kept, lost = run.alloc(2)
    run.root(kept)
    run.minor()
    missing = rng.randint(50, 99)
    i, j = run.ids[kept], run.ids[lost]
    check(run.label(f"add_ref({kept}, {lost})"), lambda: run.heap.add_ref(i, j))
    check(run.label(f"add_root({missing})"), lambda: run.heap.add_root(missing))
    check(run.label(f"refs({lost})"), lambda: run.heap.refs(j))
    check(run.label(f"remove_ref({kept}, {kept})"), lambda: run.heap.remove_ref(i, i))
    check(run.label(f"remove_root({lost})"), lambda: run.heap.remove_root(j))
    check(run.label("alloc()"), run.heap.alloc)
