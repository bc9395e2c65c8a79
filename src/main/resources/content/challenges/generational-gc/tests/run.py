"""Drives a GenHeap and writes down every call, so that a check's label shows what was done. Objects are
numbered 1, 2, 3, ... in allocation order, as the statement says ids are. Holds inputs only."""
from genheap import GenHeap


class Run:
    def __init__(self, young_limit, promote_after, full_every):
        self.heap = GenHeap(young_limit=young_limit, promote_after=promote_after, full_every=full_every)
        self.ids = {}
        self.calls = [f"h = GenHeap(young_limit={young_limit}, promote_after={promote_after}, "
                      f"full_every={full_every})"]
        self.allocs = None      # [first, last] of the allocations being written as one entry

    def _say(self, text):
        self._close_allocs()
        self.calls.append(text)

    def _close_allocs(self):
        if self.allocs:
            first, last = self.allocs
            self.calls.append("alloc()" + (f" x{last - first + 1} ({first}..{last})" if last > first else f" ({first})"))
            self.allocs = None

    def alloc(self, count=1):
        made = []
        for _ in range(count):
            number = len(self.ids) + 1
            self.ids[number] = self.heap.alloc()
            if self.allocs:
                self.allocs[1] = number
            else:
                self.allocs = [number, number]
            made.append(number)
        return made

    def ref(self, a, b):
        self._say(f"add_ref({a}, {b})")
        self.heap.add_ref(self.ids[a], self.ids[b])

    def unref(self, a, b):
        self._say(f"remove_ref({a}, {b})")
        self.heap.remove_ref(self.ids[a], self.ids[b])

    def root(self, a):
        self._say(f"add_root({a})")
        self.heap.add_root(self.ids[a])

    def unroot(self, a):
        self._say(f"remove_root({a})")
        self.heap.remove_root(self.ids[a])

    def minor(self):
        self._say("collect_minor()")
        return self.heap.collect_minor()

    def full(self):
        self._say("collect_full()")
        return self.heap.collect_full()

    def state(self):
        """What the heap looks like now, as plain data."""
        heap = self.heap
        return {"young": heap.young(), "old": heap.old(), "remembered": heap.remembered()}

    def label(self, what):
        self._close_allocs()
        return "; ".join(self.calls) + f"\n  then {what}"
