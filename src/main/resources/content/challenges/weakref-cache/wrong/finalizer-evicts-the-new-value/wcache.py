"""A cache that never keeps its values alive (CPython 3.11). See the statement for the exact rules."""
import weakref


class WeakCache:
    def __init__(self, factory, on_evict=None):
        """factory(key) makes a value on a miss; on_evict(key), if given, is called when an entry's value dies."""
        self._factory = factory
        self._on_evict = on_evict
        self._values = weakref.WeakValueDictionary()
        self._hits = self._misses = self._evictions = 0

    def _evicted(self, key):
        self._values.pop(key, None)
        self._evictions += 1
        if self._on_evict is not None:
            self._on_evict(key)

    def _store(self, key, value):
        self._values[key] = value
        weakref.finalize(value, self._evicted, key)

    def get(self, key):
        """The entry's value if it is still alive (a hit); otherwise factory(key), stored weakly (a miss)."""
        value = self._values.get(key)
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
        return key in self._values

    def __len__(self):
        return len(self._values)

    def keys(self):
        """Sorted keys of the entries."""
        return sorted(self._values.keys())

    def clear(self):
        """Remove every entry; their values dying later changes nothing."""
        self._values.clear()

    def stats(self):
        """{'hits': ..., 'misses': ..., 'evictions': ..., 'live': ...}"""
        return {"hits": self._hits, "misses": self._misses, "evictions": self._evictions, "live": len(self._values)}
