"""A cache that never keeps its values alive (CPython 3.11). See the statement for the exact rules."""
import weakref


class WeakCache:
    def __init__(self, factory, on_evict=None):
        """factory(key) makes a value on a miss; on_evict(key), if given, is called when an entry's value dies."""
        raise NotImplementedError

    def get(self, key):
        """The entry's value if it is still alive (a hit); otherwise factory(key), stored weakly (a miss)."""
        raise NotImplementedError

    def put(self, key, value):
        """Store value under key, weakly, replacing any entry for key."""
        raise NotImplementedError

    def __contains__(self, key):
        raise NotImplementedError

    def __len__(self):
        raise NotImplementedError

    def keys(self):
        """Sorted keys of the entries."""
        raise NotImplementedError

    def clear(self):
        """Remove every entry; their values dying later changes nothing."""
        raise NotImplementedError

    def stats(self):
        """{'hits': ..., 'misses': ..., 'evictions': ..., 'live': ...}"""
        raise NotImplementedError
