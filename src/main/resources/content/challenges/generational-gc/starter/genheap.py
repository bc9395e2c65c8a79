"""A heap of numbered objects with a generational garbage collector: young and old generations, promotion,
minor collections that use a remembered set kept by a write barrier, and collections triggered by allocation.

Objects are ints (ids 1, 2, 3, ... in allocation order, never reused). Every method that is given an object id
that is not live (never allocated, or freed) raises KeyError.
"""


class GenHeap:
    def __init__(self, young_limit=8, promote_after=2, full_every=4):
        """ValueError if any of the three is below 1."""
        raise NotImplementedError

    # the mutator's side ----------------------------------------------------------------------------------------
    def alloc(self):
        """A new young object's id; first runs a collection when young_limit objects have been allocated since
        the last collection (a full one if full_every - 1 minor ones have run since the last full one)."""
        raise NotImplementedError

    def add_ref(self, src, dst):
        """src now references dst (a set). The write barrier: an old src that now references a young dst joins
        the remembered set."""
        raise NotImplementedError

    def remove_ref(self, src, dst):
        """src no longer references dst; KeyError if it did not. The remembered set does not change."""
        raise NotImplementedError

    def add_root(self, obj):
        """obj is now a root (a set)."""
        raise NotImplementedError

    def remove_root(self, obj):
        """obj is no longer a root; KeyError if it was not one."""
        raise NotImplementedError

    # looking at it ---------------------------------------------------------------------------------------------
    def refs(self, obj):
        """The ids obj references, sorted."""
        raise NotImplementedError

    def roots(self):
        """The roots, sorted."""
        raise NotImplementedError

    def live(self):
        """Every live object's id, sorted."""
        raise NotImplementedError

    def young(self):
        """The live young objects, sorted."""
        raise NotImplementedError

    def old(self):
        """The live old objects, sorted."""
        raise NotImplementedError

    def remembered(self):
        """The remembered set, sorted."""
        raise NotImplementedError

    def history(self):
        """The stats of every collection so far, automatic ones included, oldest first."""
        raise NotImplementedError

    # collecting ------------------------------------------------------------------------------------------------
    def collect_minor(self):
        """{"kind": "minor", "remembered": [...], "freed": [...], "promoted": [...]}"""
        raise NotImplementedError

    def collect_full(self):
        """{"kind": "full", "remembered": [...], "freed": [...], "promoted": [...]}"""
        raise NotImplementedError
