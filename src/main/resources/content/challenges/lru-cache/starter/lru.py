"""A least-recently-used cache where every operation is O(1), and a memoizing decorator built on it.
See the statement for the exact rules. Do not use functools.lru_cache or functools.cache."""
from functools import wraps


class LRUCache:
    def __init__(self, capacity):
        raise NotImplementedError

    def get(self, key, default=None):
        """The value for key (and key becomes the most recently used), or default."""
        raise NotImplementedError

    def put(self, key, value):
        """Store value for key (key becomes the most recently used); evict the least recently used key first if
        a new key does not fit."""
        raise NotImplementedError

    def __len__(self):
        raise NotImplementedError

    def __contains__(self, key):
        raise NotImplementedError

    def keys(self):
        """The keys, from the least to the most recently used."""
        raise NotImplementedError

    @property
    def stats(self):
        """{"hits": ..., "misses": ..., "evictions": ...}"""
        raise NotImplementedError


def memoize(maxsize):
    """A decorator that caches a function's results in an LRUCache(maxsize), like functools.lru_cache."""
    raise NotImplementedError
