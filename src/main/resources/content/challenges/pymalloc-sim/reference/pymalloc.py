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
    if not isinstance(n, int) or n < 1:
        raise ValueError(f"a request must be an int >= 1, not {n!r}")
    if n > SMALL_REQUEST_THRESHOLD:
        return None
    return ((n - 1) // ALIGNMENT + 1) * ALIGNMENT


class _Arena:
    def __init__(self, number):
        self.number = number
        self.address = ARENA_BASE + number * ARENA_SIZE
        self.free_pools = []  # emptied pools, the most recently emptied last
        self.untouched = 0  # pools 0 .. untouched-1 have been carved
        self.in_use = 0  # pools holding at least one block

    def available(self):
        return len(self.free_pools) + POOLS_PER_ARENA - self.untouched


class _Pool:
    def __init__(self, arena, address):
        self.arena, self.address = arena, address
        self.size = self.capacity = 0

    def start(self, size):
        self.size = size
        self.capacity = (POOL_SIZE - POOL_OVERHEAD) // size
        self.allocated = 0
        self.free_blocks = []  # freed blocks, the most recently freed last
        self.carved = 0  # blocks 0 .. carved-1 have been handed out at least once


class Allocator:
    def __init__(self):
        self._arenas = {}  # number -> _Arena, the arenas held now
        self._next_arena = 0
        self._used = {size: [] for size in range(ALIGNMENT, SMALL_REQUEST_THRESHOLD + 1, ALIGNMENT)}
        self._blocks = {}  # address of an allocated small block -> its _Pool
        self._large = {}  # address of an allocated large block -> requested size
        self._next_system = SYSTEM_BASE

    def _new_pool(self):
        candidates = [a for a in self._arenas.values() if a.available() > 0]
        if candidates:
            arena = min(candidates, key=lambda a: (a.available(), a.number))
        else:
            arena = _Arena(self._next_arena)
            self._next_arena += 1
            self._arenas[arena.number] = arena
        if arena.free_pools:
            pool = arena.free_pools.pop()
        else:
            pool = _Pool(arena, arena.address + arena.untouched * POOL_SIZE)
            arena.untouched += 1
        arena.in_use += 1
        return pool

    def malloc(self, n):
        size = size_class(n)
        if size is None:
            address = self._next_system
            self._next_system += (n + 15) // 16 * 16
            self._large[address] = n
            return address
        used = self._used[size]
        if used:
            pool = used[0]
        else:
            pool = self._new_pool()
            pool.start(size)
            used.insert(0, pool)
        if pool.free_blocks:
            address = pool.free_blocks.pop()
        else:
            address = pool.address + POOL_OVERHEAD + pool.carved * size
            pool.carved += 1
        pool.allocated += 1
        if pool.allocated == pool.capacity:
            used.remove(pool)
        self._blocks[address] = pool
        return address

    def free(self, address):
        if address in self._large:
            del self._large[address]
            return None
        pool = self._blocks.pop(address, None)
        if pool is None:
            raise ValueError(f"{address:#x} is not an allocated block")
        used = self._used[pool.size]
        if pool.allocated == pool.capacity:
            used.insert(0, pool)  # a full pool has room again: to the front of its size class's list
        pool.free_blocks.append(address)
        pool.allocated -= 1
        if pool.allocated == 0:
            used.remove(pool)
            arena = pool.arena
            arena.free_pools.append(pool)
            arena.in_use -= 1
            if arena.in_use == 0:
                del self._arenas[arena.number]  # back to the system
        return None

    def stats(self):
        arenas = self._arenas.values()
        return {
            "arenas": len(self._arenas),
            "pools_in_use": sum(a.in_use for a in arenas),
            "free_pools": sum(len(a.free_pools) for a in arenas),
            "untouched_pools": sum(POOLS_PER_ARENA - a.untouched for a in arenas),
            "blocks": len(self._blocks),
            "block_bytes": sum(pool.size for pool in self._blocks.values()),
            "large_blocks": len(self._large),
            "large_bytes": sum(self._large.values()),
        }
