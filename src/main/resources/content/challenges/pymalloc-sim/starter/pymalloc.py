"""A simulation of pymalloc, CPython's small-object allocator. Addresses are plain ints; see the statement."""

ALIGNMENT = 8
SMALL_REQUEST_THRESHOLD = 512
POOL_SIZE = 4096
POOL_OVERHEAD = 48
ARENA_SIZE = 256 * 1024
POOLS_PER_ARENA = ARENA_SIZE // POOL_SIZE  # 64
ARENA_BASE = 0x10000000
SYSTEM_BASE = 0x80000000


def size_class(n):
    """The block size that serves a request of n bytes (8, 16, ..., 512), or None if n > 512."""
    raise NotImplementedError


class Allocator:
    def __init__(self):
        pass

    def malloc(self, n):
        """The address (an int) of a new block of at least n bytes."""
        raise NotImplementedError

    def free(self, address):
        """Give back the block at address (returned by malloc and not freed since)."""
        raise NotImplementedError

    def stats(self):
        """{'arenas', 'pools_in_use', 'free_pools', 'untouched_pools', 'blocks', 'block_bytes', 'large_blocks',
        'large_bytes'}: see the statement."""
        raise NotImplementedError
