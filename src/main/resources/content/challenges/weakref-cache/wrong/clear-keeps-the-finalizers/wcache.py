"""A cache that never keeps its values alive (CPython 3.11). See the statement for the exact rules."""
import weakref


class WeakCache:
    def __init__(self, factory, on_evict=None):
        """factory(key) makes a value on a miss; on_evict(key), if given, is called when an entry's value dies."""
        self._factory = factory
        self._on_evict = on_evict
        self._entries = {}  # key -> (weakref.ref, weakref.finalize)
        self._hits = self._misses = self._evictions = 0

    def _evicted(self, key):
        self._entries.pop(key, None)
        self._evictions += 1
        if self._on_evict is not None:
            self._on_evict(key)

    def _store(self, key, value):
        ref = weakref.ref(value)
        old = self._entries.get(key)
        if old is not None:
            old[1].detach()  # the replaced value's death must not evict the new one
        self._entries[key] = (ref, weakref.finalize(value, self._evicted, key))

    def get(self, key):
        """The entry's value if it is still alive (a hit); otherwise factory(key), stored weakly (a miss)."""
        entry = self._entries.get(key)
        value = entry[0]() if entry is not None else None
        if value is not None:
            self._hits += 1
            return value
        self._misses += 1
        value = self._factory(key)
        self._store(key, value)
        return value

    def put(self, key, value):
        """Store value under key, weakly, replacing any entry for key."""
        self._store(key, value)

    def __contains__(self, key):
        entry = self._entries.get(key)
        return entry is not None and entry[0]() is not None

    def __len__(self):
        return len(self._entries)

    def keys(self):
        """Sorted keys of the entries."""
        return sorted(self._entries)

    def clear(self):
        """Remove every entry; their values dying later changes nothing."""
        self._entries = {}

    def stats(self):
        """{'hits': ..., 'misses': ..., 'evictions': ..., 'live': ...}"""
        return {"hits": self._hits, "misses": self._misses, "evictions": self._evictions, "live": len(self._entries)}
