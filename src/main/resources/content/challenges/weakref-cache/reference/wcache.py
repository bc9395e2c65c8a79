"""A cache that never keeps its values alive (CPython 3.11). See the statement for the exact rules."""
import weakref


class WeakCache:
    def __init__(self, factory, on_evict=None):
        """factory(key) makes a value on a miss; on_evict(key), if given, is called when an entry's value dies."""
        self._factory = factory
        self._on_evict = on_evict
        self._refs = {}  # key -> weakref.ref to the value, with a callback that evicts the entry
        self._hits = self._misses = self._evictions = 0

    def _store(self, key, value):
        cache = weakref.ref(self)  # the callback must not keep the cache alive either

        def died(ref):
            owner = cache()
            # Only if the entry still holds this very reference: the value may have been replaced since, or the
            # entry cleared (then the reference itself is gone and this is never called).
            if owner is not None and owner._refs.get(key) is ref:
                del owner._refs[key]
                owner._evictions += 1
                if owner._on_evict is not None:
                    owner._on_evict(key)

        self._refs[key] = weakref.ref(value, died)  # TypeError for values that cannot be weakly referenced

    def get(self, key):
        """The entry's value if it is still alive (a hit); otherwise factory(key), stored weakly (a miss)."""
        ref = self._refs.get(key)
        value = ref() if ref is not None else None
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
        ref = self._refs.get(key)
        return ref is not None and ref() is not None

    def __len__(self):
        return len(self._refs)

    def keys(self):
        """Sorted keys of the entries."""
        return sorted(self._refs)

    def clear(self):
        """Remove every entry; their values dying later changes nothing."""
        self._refs.clear()  # the weak references die with the dict's hold on them, and their callbacks with them

    def stats(self):
        """{'hits': ..., 'misses': ..., 'evictions': ..., 'live': ...}"""
        return {"hits": self._hits, "misses": self._misses, "evictions": self._evictions, "live": len(self._refs)}
