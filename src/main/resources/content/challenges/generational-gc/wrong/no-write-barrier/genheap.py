"""A heap of numbered objects with a generational garbage collector: young and old generations, promotion,
minor collections that use a remembered set kept by a write barrier, and collections triggered by allocation.

Objects are ints (ids 1, 2, 3, ... in allocation order, never reused). Every method that is given an object id
that is not live (never allocated, or freed) raises KeyError.
"""


class GenHeap:
    def __init__(self, young_limit=8, promote_after=2, full_every=4):
        for name, value in (("young_limit", young_limit), ("promote_after", promote_after),
                            ("full_every", full_every)):
            if value < 1:
                raise ValueError(f"{name} must be at least 1, not {value!r}")
        self._young_limit = young_limit
        self._promote_after = promote_after
        self._full_every = full_every
        self._refs = {}            # live id -> set of ids it references
        self._young = {}           # young id -> collections survived so far
        self._roots = set()
        self._remembered = set()   # old objects that may reference young ones
        self._next_id = 1
        self._allocated = 0        # allocations since the last collection
        self._minors = 0           # minor collections since the last full one
        self._history = []

    def _live(self, obj):
        if obj not in self._refs:
            raise KeyError(f"object {obj!r} is not live")
        return obj

    # the mutator's side ----------------------------------------------------------------------------------------
    def alloc(self):
        """A new young object's id; first runs a collection when young_limit objects have been allocated since
        the last one."""
        if self._allocated >= self._young_limit:
            if self._minors >= self._full_every - 1:
                self.collect_full()
            else:
                self.collect_minor()
        obj = self._next_id
        self._next_id += 1
        self._refs[obj] = set()
        self._young[obj] = 0
        self._allocated += 1
        return obj

    def add_ref(self, src, dst):
        """src now references dst (a set). The write barrier: an old src that now references a young dst joins
        the remembered set."""
        self._refs[self._live(src)].add(self._live(dst))

    def remove_ref(self, src, dst):
        """src no longer references dst; KeyError if it did not. The remembered set does not change."""
        targets = self._refs[self._live(src)]
        if dst not in targets:
            raise KeyError(f"object {src} does not reference {dst!r}")
        targets.remove(dst)

    def add_root(self, obj):
        self._roots.add(self._live(obj))

    def remove_root(self, obj):
        if obj not in self._roots:
            raise KeyError(f"object {obj!r} is not a root")
        self._roots.remove(obj)

    # looking at it ---------------------------------------------------------------------------------------------
    def refs(self, obj):
        return sorted(self._refs[self._live(obj)])

    def roots(self):
        return sorted(self._roots)

    def live(self):
        return sorted(self._refs)

    def young(self):
        return sorted(self._young)

    def old(self):
        return sorted(obj for obj in self._refs if obj not in self._young)

    def remembered(self):
        return sorted(self._remembered)

    def history(self):
        """The stats of every collection so far, automatic ones included, oldest first."""
        return [dict(stats) for stats in self._history]

    # collecting ------------------------------------------------------------------------------------------------
    def collect_minor(self):
        remembered = sorted(self._remembered)
        start = {obj for obj in self._roots if obj in self._young}
        for obj in remembered:
            start.update(target for target in self._refs[obj] if target in self._young)
        marked = set(start)
        stack = list(start)
        while stack:
            for target in self._refs[stack.pop()]:
                if target in self._young and target not in marked:
                    marked.add(target)
                    stack.append(target)
        freed = sorted(set(self._young) - marked)
        self._minors += 1
        return self._finish("minor", remembered, freed, candidates=set(remembered))

    def collect_full(self):
        remembered = sorted(self._remembered)
        marked = set(self._roots)
        stack = list(marked)
        while stack:
            for target in self._refs[stack.pop()]:
                if target not in marked:
                    marked.add(target)
                    stack.append(target)
        freed = sorted(set(self._refs) - marked)
        self._minors = 0
        return self._finish("full", remembered, freed, candidates=set(self._refs) - set(self._young))

    def _finish(self, kind, remembered, freed, candidates):
        for obj in freed:
            del self._refs[obj]
            self._young.pop(obj, None)
        candidates.difference_update(freed)
        promoted = []
        for obj in sorted(self._young):
            self._young[obj] += 1
            if self._young[obj] >= self._promote_after:
                promoted.append(obj)
        for obj in promoted:
            del self._young[obj]
        # Old objects that reference young ones: only the old objects already remembered (or, after a full
        # collection, any old object) and the ones just promoted can.
        candidates.update(promoted)
        self._remembered = {obj for obj in candidates if any(t in self._young for t in self._refs[obj])}
        self._allocated = 0
        stats = {"kind": kind, "remembered": remembered, "freed": freed, "promoted": promoted}
        self._history.append(stats)
        return dict(stats)
