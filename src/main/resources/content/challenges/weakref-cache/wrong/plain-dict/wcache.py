"""A cache that never keeps its values alive (CPython 3.11). See the statement for the exact rules."""
import weakref


class WeakCache:
    def __init__(self, factory, on_evict=None):
        """factory(key) makes a value on a miss; on_evict(key), if given, is called when an entry's value dies."""
        self._factory = factory
        self._on_evict = on_evict
        self._values = {}
        self._hits = self._misses = self._evictions = 0

    def get(self, key):
        """The entry's value if it is still alive (a hit); otherwise factory(key), stored weakly (a miss)."""
        if key in self._values:
            self._hits += 1
            return self._values[key]
        self._misses += 1
        value = self._factory(key)
        weakref.ref(value)  # make sure it can be weakly referenced
        self._values[key] = value
        return value

    def put(self, key, value):
        """Store value under key, weakly, replacing any entry for key."""
        weakref.ref(value)
        self._values[key] = value

    def __contains__(self, key):
        return key in self._values

    def __len__(self):
        return len(self._values)

    def keys(self):
        """Sorted keys of the entries."""
        return sorted(self._values)

    def clear(self):
        """Remove every entry; their values dying later changes nothing."""
        self._values.clear()

    def stats(self):
        """{'hits': ..., 'misses': ..., 'evictions': ..., 'live': ...}"""
        return {"hits": self._hits, "misses": self._misses, "evictions": self._evictions, "live": len(self._values)}
