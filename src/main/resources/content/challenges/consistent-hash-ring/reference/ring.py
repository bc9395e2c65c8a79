"""A consistent-hash ring: each node owns `replicas` points at ring_hash(f"{node}#{i}"); a key belongs to the first
point at or after its own hash, going round to the smallest point past the top."""
import bisect
import hashlib


def ring_hash(text):
    """The position of a text on the ring: the first 8 bytes of its MD5 digest, as a big-endian unsigned integer."""
    return int.from_bytes(hashlib.md5(text.encode("utf-8")).digest()[:8], "big")


class HashRing:
    def __init__(self, nodes=(), replicas=100):
        if replicas < 1:
            raise ValueError(f"replicas must be at least 1, got {replicas}")
        self.replicas = replicas
        self._points = []          # sorted (position, node)
        self._nodes = set()
        for node in nodes:
            self.add_node(node)

    def add_node(self, node):
        if node in self._nodes:
            raise ValueError(f"{node!r} is already on the ring")
        self._nodes.add(node)
        for i in range(self.replicas):
            bisect.insort(self._points, (ring_hash(f"{node}#{i}"), node))

    def remove_node(self, node):
        if node not in self._nodes:
            raise KeyError(node)
        self._nodes.remove(node)
        self._points = [point for point in self._points if point[1] != node]

    def nodes(self):
        return sorted(self._nodes)

    def _first(self, key):
        if not self._points:
            raise LookupError("the ring has no nodes")
        index = bisect.bisect_left(self._points, (ring_hash(key), ""))
        return index % len(self._points)

    def get_node(self, key):
        return self._points[self._first(key)][1]

    def get_nodes(self, key, count):
        if count < 1:
            raise ValueError(f"count must be at least 1, got {count}")
        start = self._first(key)
        found = []
        for step in range(len(self._points)):
            node = self._points[(start + step) % len(self._points)][1]
            if node not in found:
                found.append(node)
                if len(found) == count or len(found) == len(self._nodes):
                    break
        return found
