import hashlib


def ring_hash(text):
    """The position of a text on the ring: the first 8 bytes of its MD5 digest, as a big-endian unsigned integer."""
    return int.from_bytes(hashlib.md5(text.encode("utf-8")).digest()[:8], "big")


class HashRing:
    def __init__(self, nodes=(), replicas=100):
        """A ring holding `nodes` (strings), each with `replicas` virtual nodes; ValueError if replicas < 1."""
        raise NotImplementedError

    def add_node(self, node):
        """Puts the node's virtual nodes on the ring; ValueError if the node is already there."""
        raise NotImplementedError

    def remove_node(self, node):
        """Takes the node's virtual nodes off the ring; KeyError if the node is not there."""
        raise NotImplementedError

    def nodes(self):
        """The nodes on the ring, as a sorted list."""
        raise NotImplementedError

    def get_node(self, key):
        """The node that owns the key; LookupError if the ring is empty."""
        raise NotImplementedError

    def get_nodes(self, key, count):
        """Up to `count` distinct nodes, walking clockwise from the key's owner; ValueError if count < 1."""
        raise NotImplementedError
