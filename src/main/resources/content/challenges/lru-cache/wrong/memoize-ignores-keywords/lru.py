"""An O(1) least-recently-used cache: a dict of nodes plus a doubly linked list in recency order."""
from functools import wraps


class _Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None


class LRUCache:
    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError(f"capacity must be at least 1, not {capacity}")
        self.capacity = capacity
        self._nodes = {}
        self._head = _Node()            # sentinel: head.next is the least recently used
        self._tail = _Node()            # sentinel: tail.prev is the most recently used
        self._head.next, self._tail.prev = self._tail, self._head
        self._hits = self._misses = self._evictions = 0

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _append(self, node):
        last = self._tail.prev
        last.next, node.prev, node.next, self._tail.prev = node, last, self._tail, node

    def get(self, key, default=None):
        node = self._nodes.get(key)
        if node is None:
            self._misses += 1
            return default
        self._hits += 1
        self._unlink(node)
        self._append(node)
        return node.value

    def put(self, key, value):
        node = self._nodes.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._append(node)
            return
        if len(self._nodes) >= self.capacity:
            oldest = self._head.next
            self._unlink(oldest)
            del self._nodes[oldest.key]
            self._evictions += 1
        node = _Node(key, value)
        self._nodes[key] = node
        self._append(node)

    def __len__(self):
        return len(self._nodes)

    def __contains__(self, key):
        return key in self._nodes

    def keys(self):
        found, node = [], self._head.next
        while node is not self._tail:
            found.append(node.key)
            node = node.next
        return found

    @property
    def stats(self):
        return {"hits": self._hits, "misses": self._misses, "evictions": self._evictions}


def memoize(maxsize):
    def decorate(fn):
        cache = LRUCache(maxsize)
        missing = object()

        @wraps(fn)
        def wrapper(*args, **kwargs):
            key = args
            value = cache.get(key, missing)
            if value is missing:
                value = fn(*args, **kwargs)
                cache.put(key, value)
            return value

        def cache_info():
            stats = cache.stats
            return (stats["hits"], stats["misses"], maxsize, len(cache))

        def cache_clear():
            nonlocal cache
            cache = LRUCache(maxsize)

        wrapper.cache_info = cache_info
        wrapper.cache_clear = cache_clear
        return wrapper
    return decorate
