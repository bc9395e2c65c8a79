"""A heap of numbered objects and a mark-and-sweep garbage collector for it.

Objects are ints (ids 1, 2, 3, ... in allocation order, never reused). An object holds strong references to other
objects; roots are the objects the program holds directly. Weak references have ids of their own (1, 2, 3, ...).
Every method that is given an object id that is not live (never allocated, or freed) raises KeyError.
"""


class Heap:
    def __init__(self):
        self._refs = {}          # live object id -> set of ids it references
        self._roots = set()
        self._finalizers = {}    # id -> finalizer that has not run yet
        self._next_id = 1
        self._weak = {}          # weak reference id -> target id, or None once cleared
        self._next_wid = 1

    def _live(self, obj):
        if obj not in self._refs:
            raise KeyError(f"object {obj!r} is not live")
        return obj

    def alloc(self, finalizer=None):
        """A new object's id. finalizer, if given, is called as finalizer(heap, obj_id) when a collection first
        finds the object unreachable."""
        obj = self._next_id
        self._next_id += 1
        self._refs[obj] = set()
        if finalizer is not None:
            self._finalizers[obj] = finalizer
        return obj

    def add_ref(self, src, dst):
        """src now references dst (a set: adding an existing reference changes nothing; src == dst is allowed)."""
        self._refs[self._live(src)].add(self._live(dst))

    def remove_ref(self, src, dst):
        """src no longer references dst; KeyError if it did not."""
        targets = self._refs[self._live(src)]
        if dst not in targets:
            raise KeyError(f"object {src} does not reference {dst!r}")
        targets.remove(dst)

    def add_root(self, obj):
        """obj is now a root (a set: adding it twice changes nothing)."""
        self._roots.add(self._live(obj))

    def remove_root(self, obj):
        """obj is no longer a root; KeyError if it was not one."""
        if obj not in self._roots:
            raise KeyError(f"object {obj!r} is not a root")
        self._roots.remove(obj)

    def refs(self, obj):
        """The ids obj references, as a sorted list."""
        return sorted(self._refs[self._live(obj)])

    def roots(self):
        """The roots, as a sorted list."""
        return sorted(self._roots)

    def live(self):
        """The ids of every live (not yet freed) object, as a sorted list."""
        return sorted(self._refs)

    def weakref(self, target):
        """A new weak reference to target; returns its id. It does not keep target alive."""
        wid = self._next_wid
        self._next_wid += 1
        self._weak[wid] = self._live(target)
        return wid

    def deref(self, wid):
        """The target's id while the target is live; None once it has been freed. KeyError for an unknown wid."""
        if wid not in self._weak:
            raise KeyError(f"no weak reference {wid!r}")
        return self._weak[wid]

    def _mark(self, start):
        """Every object reachable from the ids in start (iterative: chains may be long)."""
        marked = set(start)
        stack = list(marked)
        while stack:
            for target in self._refs[stack.pop()]:
                if target not in marked:
                    marked.add(target)
                    stack.append(target)
        return marked

    def collect(self):
        """Run one mark-and-sweep collection; returns
        {"marked": int, "finalized": [ids], "resurrected": [ids], "freed": [ids], "weakrefs_cleared": [wids]}."""
        marked = self._mark(self._roots)
        unreachable = set(self._refs) - marked

        finalized = []
        for obj in sorted(unreachable):
            finalizer = self._finalizers.pop(obj, None)
            if finalizer is not None:
                finalized.append(obj)
                finalizer(self, obj)

        # Whatever the finalizers made reachable again, from a root or from any object that stays, stays too.
        keep = self._mark(self._roots)
        resurrected = sorted(unreachable & keep)
        freed = sorted(unreachable - keep)
        for obj in freed:
            del self._refs[obj]
        cleared = []
        for wid, target in self._weak.items():
            if target is not None and target not in self._refs:
                self._weak[wid] = None
                cleared.append(wid)
        return {"marked": len(marked), "finalized": finalized, "resurrected": resurrected, "freed": freed,
                "weakrefs_cleared": cleared}
