"""Checks for simple-gc. Each check's result is compared with the reference solution's for the same inputs; the
heaps change from run to run. A label describes the heap (objects numbered in allocation order), then what was
done to it, then the call whose result is checked."""
from heap import Heap
from scene import (Scene, allocates_a_holder, hangs_itself_on, inspects_itself, random_edges, records,
                   roots_itself, summary)


def test_unreachable_objects_are_freed(check, rng):
    scene = Scene(Heap())
    numbers = [scene.new() for _ in range(rng.randint(8, 14))]
    roots = rng.sample(numbers, rng.randint(1, 3))
    edges = [(a, rng.choice(numbers)) for a in roots] + random_edges(rng, numbers, rng.randint(8, 14))
    for a, b in edges:
        if (a, b) not in scene.edges:
            scene.ref(a, b)
    for a in roots:
        scene.root(a)
    check(scene.label("live()"), scene.heap.live)
    check(scene.label("collect()"), scene.heap.collect)
    check(scene.label("live()"), scene.heap.live)
    check(scene.label("collect() again"), scene.heap.collect)


def test_cycles_are_freed(check, rng):
    scene = Scene(Heap())
    rings = []
    for _ in range(rng.randint(3, 5)):
        ring = [scene.new() for _ in range(rng.randint(2, 5))]
        for a, b in zip(ring, ring[1:] + ring[:1]):
            scene.ref(a, b)
        rings.append(ring)
    loner = scene.new()
    scene.ref(loner, loner)
    anchor = scene.new()
    scene.root(anchor)
    for ring in rng.sample(rings, rng.randint(1, len(rings) - 1)):
        scene.ref(anchor, rng.choice(ring))
    check(scene.label("collect()"), scene.heap.collect)
    check(scene.label("live()"), scene.heap.live)
    check(scene.label(f"refs({anchor})"), lambda: scene.heap.refs(scene.ids[anchor]))


def test_what_a_root_reaches_stays_until_it_is_cut_off(check, rng):
    scene = Scene(Heap())
    numbers = [scene.new() for _ in range(rng.randint(8, 12))]
    for i, number in enumerate(numbers[1:], start=1):      # a tree: each object hangs from an earlier one
        scene.ref(rng.choice(numbers[:i]), number)
    scene.root(numbers[0])
    check(scene.label("collect()"), scene.heap.collect)
    a, b = rng.choice(scene.edges[1:])
    scene.step(f"remove_ref({a}, {b})", lambda: scene.heap.remove_ref(scene.ids[a], scene.ids[b]))
    check(scene.label("collect()"), scene.heap.collect)
    check(scene.label("live()"), scene.heap.live)
    scene.step(f"remove_root({numbers[0]})", lambda: scene.heap.remove_root(scene.ids[numbers[0]]))
    check(scene.label("roots()"), scene.heap.roots)
    check(scene.label("collect()"), scene.heap.collect)
    check(scene.label("live()"), scene.heap.live)


def test_weak_references_are_cleared_when_their_target_is_freed(check, rng):
    scene = Scene(Heap())
    numbers = [scene.new() for _ in range(rng.randint(8, 12))]
    root = rng.choice(numbers)
    edges = [(root, b) for b in rng.sample(numbers, 2)] + random_edges(rng, numbers, rng.randint(5, 9))
    for a, b in edges:
        if (a, b) not in scene.edges:
            scene.ref(a, b)
    scene.root(root)
    weak = [scene.weak(a) for a in sorted(rng.sample(numbers, rng.randint(4, 7)))]
    derefs = lambda: [scene.heap.deref(scene.wids[w]) for w in weak]
    check(scene.label(f"[deref(w) for w in {weak}]"), derefs)
    check(scene.label("collect()"), scene.heap.collect)
    check(scene.label(f"[deref(w) for w in {weak}]"), derefs)
    check(scene.label("live() (weak references keep nothing alive)"), scene.heap.live)
    freed = [n for n in numbers if scene.ids[n] not in scene.heap.live()]
    if freed:
        check(scene.label(f"weakref({freed[0]}), to a freed object"), lambda: scene.heap.weakref(scene.ids[freed[0]]))


def test_finalizers_run_exactly_once(check, rng):
    scene = Scene(Heap())
    numbers = [scene.new(records, "records its call") if rng.random() < 0.6 else scene.new()
               for _ in range(rng.randint(7, 10))]
    holder = scene.new()
    scene.root(holder)
    kept = rng.sample(numbers, 3)
    for a in kept:
        scene.ref(holder, a)
    for a, b in random_edges(rng, numbers, 5):
        if (a, b) not in scene.edges:
            scene.ref(a, b)
    check(scene.label("collect()"), scene.heap.collect)
    check(scene.label("the finalizer calls so far"), lambda: list(scene.log))
    check(scene.label("collect()"), scene.heap.collect)
    check(scene.label("the finalizer calls so far"), lambda: list(scene.log))
    scene.step(f"remove_root({holder})", lambda: scene.heap.remove_root(scene.ids[holder]))
    check(scene.label("collect()"), scene.heap.collect)
    check(scene.label("the finalizer calls so far"), lambda: list(scene.log))
    check(scene.label("live()"), scene.heap.live)


def _garbage(rng, scene, count):
    """Unreachable objects around the interesting ones, some with finalizers that only record."""
    made = [scene.new(records, "records its call") if rng.random() < 0.5 else scene.new() for _ in range(count)]
    for a, b in random_edges(rng, made, count):
        if (a, b) not in scene.edges:
            scene.ref(a, b)
    return made


def test_a_finalizer_can_resurrect_its_object(check, rng):
    scene = Scene(Heap())
    _garbage(rng, scene, rng.randint(1, 4))
    phoenix = scene.new(roots_itself, "records its call and calls add_root on its object")
    child = scene.new()
    _garbage(rng, scene, rng.randint(0, 3))
    finalized_child = scene.new(records, "records its call")
    scene.ref(phoenix, child)
    scene.ref(child, finalized_child)
    scene.ref(finalized_child, phoenix)
    _garbage(rng, scene, rng.randint(1, 3))
    keeper = scene.new()
    scene.root(keeper)
    check(scene.label("collect()"), scene.heap.collect)
    check(scene.label("the finalizer calls so far"), lambda: list(scene.log))
    check(scene.label("live()"), scene.heap.live)
    check(scene.label("roots()"), scene.heap.roots)
    scene.step(f"remove_root({phoenix})", lambda: scene.heap.remove_root(scene.ids[phoenix]))
    check(scene.label("collect()"), scene.heap.collect)
    check(scene.label("the finalizer calls so far (none runs twice)"), lambda: list(scene.log))
    check(scene.label("live()"), scene.heap.live)


def test_resurrection_through_an_object_that_stays(check, rng):
    scene = Scene(Heap())
    owner = scene.new()
    _garbage(rng, scene, rng.randint(0, 3))
    holder = scene.new()
    _garbage(rng, scene, rng.randint(1, 3))
    victim = scene.new(hangs_itself_on(holder, cut=owner),
                       f"records its call, add_ref({holder}, its object), remove_ref({owner}, {holder})")
    tail = scene.new()
    scene.ref(victim, tail)
    _garbage(rng, scene, rng.randint(1, 3))
    scene.root(owner)
    scene.ref(owner, holder)
    check(scene.label("collect()"), scene.heap.collect)
    check(scene.label(f"refs({holder})"), lambda: scene.heap.refs(scene.ids[holder]))
    check(scene.label("live()"), scene.heap.live)
    check(scene.label("collect()"), scene.heap.collect)
    check(scene.label("the finalizer calls so far"), lambda: list(scene.log))
    check(scene.label("live()"), scene.heap.live)


def test_objects_a_finalizer_allocates_survive_that_collection(check, rng):
    scene = Scene(Heap())
    _garbage(rng, scene, rng.randint(1, 4))
    victim = scene.new(allocates_a_holder, "records its call, then h = alloc(); add_ref(h, its object)")
    _garbage(rng, scene, rng.randint(1, 3))
    scene.root(scene.new())
    check(scene.label("collect()"), scene.heap.collect)
    check(scene.label("live()"), scene.heap.live)
    check(scene.label("collect() again"), scene.heap.collect)
    check(scene.label("the finalizer calls so far"), lambda: list(scene.log))
    check(scene.label("live()"), scene.heap.live)
    check(scene.label("alloc(), after all that"), scene.heap.alloc)


def test_weak_references_follow_resurrection(check, rng):
    scene = Scene(Heap())
    _garbage(rng, scene, rng.randint(1, 3))
    phoenix = scene.new(roots_itself, "records its call and calls add_root on its object")
    _garbage(rng, scene, rng.randint(1, 3))
    watched = scene.new(inspects_itself(1), "records refs(its object), whether it is in live() and deref(w1)")
    scene.ref(watched, phoenix)
    scene.ref(phoenix, watched)
    other = scene.new()
    scene.ref(other, other)
    scene.weak(watched)
    scene.weak(phoenix)
    scene.weak(other)
    weak = [1, 2, 3]
    derefs = lambda: [scene.heap.deref(scene.wids[w]) for w in weak]
    check(scene.label("collect()"), scene.heap.collect)
    check(scene.label("the finalizer calls so far"), lambda: list(scene.log))
    check(scene.label("[deref(w) for w in (w1, w2, w3)]"), derefs)
    scene.step(f"remove_root({phoenix})", lambda: scene.heap.remove_root(scene.ids[phoenix]))
    check(scene.label("collect()"), scene.heap.collect)
    check(scene.label("[deref(w) for w in (w1, w2, w3)]"), derefs)


def test_long_chains_and_cycles(check, rng):
    scene = Scene(Heap())
    heap = scene.heap
    length, ring = rng.randint(6000, 8000), rng.randint(6000, 8000)
    chain = [heap.alloc() for _ in range(length)]
    for a, b in zip(chain, chain[1:]):
        heap.add_ref(a, b)
    heap.add_root(chain[0])
    cycle = [heap.alloc() for _ in range(ring)]
    for a, b in zip(cycle, cycle[1:] + cycle[:1]):
        heap.add_ref(a, b)
    what = (f"a chain 1->2->...->{length} rooted at 1, and a cycle {length + 1}->...->{length + ring}->{length + 1}"
            " that nothing roots")
    check(f"{what}; collect() (long lists shortened to their count and ends)", lambda: summary(heap.collect()))
    check(f"{what}; collect(); remove_root(1); collect()",
          lambda: (heap.remove_root(chain[0]), summary(heap.collect()))[1])


def test_ids_are_never_reused(check, rng):
    scene = Scene(Heap())
    count = rng.randint(3, 7)
    check(f"alloc() {count} times on a new heap", lambda: [scene.new() for _ in range(count)])
    scene.root(1)
    check(scene.label("collect()"), scene.heap.collect)
    check(scene.label("alloc() twice"), lambda: [scene.heap.alloc(), scene.heap.alloc()])
    check(scene.label("weakref(1) three times"), lambda: [scene.weak(1) for _ in range(3)])


def test_sets_of_refs_and_roots(check, rng):
    scene = Scene(Heap())
    a, b = scene.new(), scene.new()
    times = rng.randint(2, 4)
    for _ in range(times):
        scene.step(f"add_ref({a}, {b})", lambda: scene.heap.add_ref(scene.ids[a], scene.ids[b]))
        scene.step(f"add_root({a})", lambda: scene.heap.add_root(scene.ids[a]))
    check(scene.label(f"refs({a}), roots()"), lambda: [scene.heap.refs(scene.ids[a]), scene.heap.roots()])
    scene.step(f"remove_ref({a}, {b})", lambda: scene.heap.remove_ref(scene.ids[a], scene.ids[b]))
    scene.step(f"remove_root({a})", lambda: scene.heap.remove_root(scene.ids[a]))
    check(scene.label(f"refs({a}), roots()"), lambda: [scene.heap.refs(scene.ids[a]), scene.heap.roots()])
    check(scene.label(f"remove_ref({a}, {b}) again"), lambda: scene.heap.remove_ref(scene.ids[a], scene.ids[b]))
    check(scene.label(f"remove_root({a}) again"), lambda: scene.heap.remove_root(scene.ids[a]))
    scene.step(f"add_ref({a}, {a})", lambda: scene.heap.add_ref(scene.ids[a], scene.ids[a]))
    check(scene.label("collect()"), scene.heap.collect)


def test_ids_that_are_not_live_raise_key_error(check, rng):
    scene = Scene(Heap())
    live, dead = scene.new(), scene.new()
    scene.root(live)
    scene.collect()
    i, j = scene.ids[live], scene.ids[dead]
    missing = rng.randint(50, 99)
    check(scene.label(f"add_ref({live}, {dead})"), lambda: scene.heap.add_ref(i, j))
    check(scene.label(f"add_ref({dead}, {live})"), lambda: scene.heap.add_ref(j, i))
    check(scene.label(f"add_root({missing})"), lambda: scene.heap.add_root(missing))
    check(scene.label(f"refs({dead})"), lambda: scene.heap.refs(j))
    check(scene.label(f"weakref({missing})"), lambda: scene.heap.weakref(missing))
    check(scene.label(f"deref({missing}), a weak reference id never handed out"), lambda: scene.heap.deref(missing))
    check(scene.label("live()"), scene.heap.live)
