"""Builds heaps from drawn inputs and writes down what was built, so that a check's label shows the heap it is
about. Objects are numbered 1, 2, 3, ... in allocation order, as the statement says ids are. Holds inputs only."""


class Scene:
    def __init__(self, heap):
        self.heap = heap
        self.ids = {}           # our number -> the id alloc() returned
        self.edges = []
        self.rooted = []
        self.notes = {}
        self.steps = []
        self.log = []           # finalizer calls, in the order they happen
        self.wids = {}          # our weak reference number -> the id weakref() returned
        self.weaks = []
        self.built = False

    # building ------------------------------------------------------------------------------------------------
    def new(self, finalizer=None, note=None):
        number = len(self.ids) + 1
        self.ids[number] = self.heap.alloc(finalizer(self) if finalizer else None)
        if note:
            self.notes[number] = note
        return number

    def ref(self, a, b):
        self.heap.add_ref(self.ids[a], self.ids[b])
        if not self.built:
            self.edges.append((a, b))
        else:
            self.steps.append(f"add_ref({a}, {b})")

    def root(self, a):
        self.heap.add_root(self.ids[a])
        if not self.built:
            self.rooted.append(a)
        else:
            self.steps.append(f"add_root({a})")

    def weak(self, a):
        number = len(self.wids) + 1
        self.wids[number] = self.heap.weakref(self.ids[a])
        if not self.built:
            self.weaks.append((number, a))
        else:
            self.steps.append(f"weakref({a})")
        return number

    def step(self, text, action=None):
        """Something done after the heap was built (the label lists it)."""
        self.built = True
        self.steps.append(text)
        if action is not None:
            action()

    def collect(self):
        self.step("collect()")
        return self.heap.collect()

    def label(self, what):
        self.built = True
        refs = " ".join(f"{a}->{b}" for a, b in self.edges) or "none"
        roots = " ".join(str(a) for a in self.rooted) or "none"
        text = f"heap: objects 1..{len(self.ids)}; refs {refs}; roots {roots}"
        if self.weaks:
            text += "; weak refs " + " ".join(f"w{w}->{a}" for w, a in self.weaks)
        if self.notes:
            text += "; finalizers: " + ", ".join(f"{k} [{v}]" for k, v in sorted(self.notes.items()))
        if self.steps:
            text += "\n  then " + "; ".join(self.steps)
        return f"{text}\n  then {what}"


# finalizers: each is a factory taking the scene, so that it can write to scene.log -------------------------------
def records(scene):
    def finalizer(heap, obj):
        scene.log.append(obj)

    return finalizer


def roots_itself(scene):
    def finalizer(heap, obj):
        scene.log.append(obj)
        heap.add_root(obj)

    return finalizer


def hangs_itself_on(holder, cut):
    """Hangs its object on holder, then removes the reference cut -> holder that kept holder reachable."""
    def factory(scene):
        def finalizer(heap, obj):
            scene.log.append(obj)
            heap.add_ref(scene.ids[holder], obj)
            heap.remove_ref(scene.ids[cut], scene.ids[holder])

        return finalizer

    return factory


def allocates_a_holder(scene):
    def finalizer(heap, obj):
        scene.log.append(obj)
        holder = heap.alloc()
        heap.add_ref(holder, obj)

    return finalizer


def inspects_itself(wid_number):
    """Records what the heap shows of the object while its finalizer runs: its refs and weak reference wid_number."""
    def factory(scene):
        def finalizer(heap, obj):
            scene.log.append({"obj": obj, "refs": heap.refs(obj), "live": obj in heap.live(),
                              f"deref({wid_number})": heap.deref(scene.wids[wid_number])})

        return finalizer

    return factory


def random_edges(rng, numbers, count):
    return [(rng.choice(numbers), rng.choice(numbers)) for _ in range(count)]


def summary(stats):
    """A long collection's stats, shortened: counts and the ends of each list."""
    if not isinstance(stats, dict):
        return stats
    short = {}
    for key, value in stats.items():
        if isinstance(value, list) and len(value) > 6:
            short[key] = {"count": len(value), "first": value[:3], "last": value[-3:]}
        else:
            short[key] = value
    return short
