"""A heap of numbered objects and a mark-and-sweep garbage collector for it.

Objects are ints (ids 1, 2, 3, ... in allocation order, never reused). An object holds strong references to other
objects; roots are the objects the program holds directly. Weak references have ids of their own (1, 2, 3, ...).
Every method that is given an object id that is not live (never allocated, or freed) raises KeyError.
"""


class Heap:
    def __init__(self):
        raise NotImplementedError

    def alloc(self, finalizer=None):
        """A new object's id. finalizer, if given, is called as finalizer(heap, obj_id) when a collection first
        finds the object unreachable."""
        raise NotImplementedError

    def add_ref(self, src, dst):
        """src now references dst (a set: adding an existing reference changes nothing; src == dst is allowed)."""
        raise NotImplementedError

    def remove_ref(self, src, dst):
        """src no longer references dst; KeyError if it did not."""
        raise NotImplementedError

    def add_root(self, obj):
        """obj is now a root (a set: adding it twice changes nothing)."""
        raise NotImplementedError

    def remove_root(self, obj):
        """obj is no longer a root; KeyError if it was not one."""
        raise NotImplementedError

    def refs(self, obj):
        """The ids obj references, as a sorted list."""
        raise NotImplementedError

    def roots(self):
        """The roots, as a sorted list."""
        raise NotImplementedError

    def live(self):
        """The ids of every live (not yet freed) object, as a sorted list."""
        raise NotImplementedError

    def weakref(self, target):
        """A new weak reference to target; returns its id. It does not keep target alive."""
        raise NotImplementedError

    def deref(self, wid):
        """The target's id while the target is live; None once it has been freed. KeyError for an unknown wid."""
        raise NotImplementedError

    def collect(self):
        """Run one mark-and-sweep collection; returns
        {"marked": int, "finalized": [ids], "resurrected": [ids], "freed": [ids], "weakrefs_cleared": [wids]}."""
        raise NotImplementedError
