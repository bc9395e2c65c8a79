"""Checks for weakref-cache. Every check's value is compared with the reference solution's for the same inputs; the
keys and the order of operations change from run to run. CPython frees an object as soon as its last strong reference
goes, so the checks delete their references and look at the cache at once."""
import gc
import sys

from wcache import WeakCache

WORDS = ["apple", "birch", "cedar", "delta", "ember", "fjord", "grove", "harbor", "island", "jungle", "kettle",
         "lagoon", "meadow", "nectar", "orchid", "pepper"]


class Item:
    """What the checks' factory makes: a plain object (it can be weakly referenced)."""
    made = 0

    def __init__(self, key):
        Item.made += 1
        self.key, self.serial = key, Item.made

    def __repr__(self):
        return f"Item({self.key!r}, serial {self.serial})"


class Recorder:
    """A factory that makes Items and remembers the keys it was called with (never the Items)."""

    def __init__(self):
        self.calls = []
        self.evicted = []

    def __call__(self, key):
        self.calls.append(key)
        return Item(key)

    def on_evict(self, key):
        self.evicted.append(key)


def fill(cache, keys):
    """{key: value} for the keys, each got from the cache; the caller holds the only strong references."""
    return {key: cache.get(key) for key in keys}


def test_hits_and_misses(check, rng):
    keys = rng.sample(WORDS, 5)
    sequence = [rng.choice(keys) for _ in range(12)]
    factory = Recorder()
    cache = WeakCache(factory)
    held, seen, start = {}, [], Item.made
    for key in sequence:
        value = cache.get(key)
        held[key] = value  # keeps it alive
        seen.append((value.key, value.serial - start))
    del value
    what = f"WeakCache(factory), get() of each of {sequence}, every value kept alive by the caller"
    check(f"{what}: the keys factory was called with, in order", lambda: factory.calls)
    check(f"{what}: what each get() returned, as (key, n) for the n-th Item the factory made",
          lambda: seen)
    check(f"{what}: stats()", cache.stats)
    check(f"{what}: len(cache)", lambda: len(cache))
    check(f"{what}: cache.keys()", cache.keys)
    missing = rng.choice([w for w in WORDS if w not in keys])
    check(f"{what}: {sequence[0]!r} in cache", lambda: sequence[0] in cache)
    check(f"{what}: {missing!r} in cache", lambda: missing in cache)
    check(f"{what}: cache.get({sequence[-1]!r}) is the value it returned before",
          lambda: cache.get(sequence[-1]) is held[sequence[-1]])


def test_values_are_not_kept_alive(check, rng):
    keys = rng.sample(WORDS, 6)
    gone = rng.sample(keys, 3)
    factory = Recorder()
    cache = WeakCache(factory, on_evict=factory.on_evict)
    held = fill(cache, keys)
    for key in gone:
        del held[key]  # the last strong reference: the value is freed at once
    what = f"WeakCache(factory, on_evict), get() of {keys}, then the caller drops its values for {gone}, in that order"
    check(f"{what}: len(cache)", lambda: len(cache))
    check(f"{what}: cache.keys()", cache.keys)
    check(f"{what}: the keys on_evict was called with, in order", lambda: list(factory.evicted))
    check(f"{what}: stats()", cache.stats)
    check(f"{what}: {gone[0]!r} in cache", lambda: gone[0] in cache)
    again = cache.get(gone[0])
    check(f"{what}, then get({gone[0]!r}) again: the keys factory was called with", lambda: factory.calls)
    check(f"{what}, then get({gone[0]!r}) again: stats()", cache.stats)
    del again
    check(f"{what}, then get({gone[0]!r}) again and dropped that value too: the keys on_evict was called with",
          lambda: list(factory.evicted))


def test_the_cache_holds_no_strong_reference(check, rng):
    key = rng.choice(WORDS)
    cache = WeakCache(Recorder())
    value = Item(key)
    before = sys.getrefcount(value)
    cache.put(key, value)
    check(f"sys.getrefcount(value) after cache.put({key!r}, value), minus before", lambda: sys.getrefcount(value) - before)
    found = cache.get(key)
    check(f"after found = cache.get({key!r}): found is value", lambda: found is value)
    del found
    check(f"after found = cache.get({key!r}); del found: sys.getrefcount(value) minus before put()",
          lambda: sys.getrefcount(value) - before)


def test_replacing_entries(check, rng):
    key, other, third = rng.sample(WORDS, 3)
    factory = Recorder()
    cache = WeakCache(factory, on_evict=factory.on_evict)
    first, second = Item(key), Item(key)
    cache.put(key, first)
    cache.put(key, second)
    del first  # the replaced value dies: the entry now holds `second` and must stay
    what = f"put({key!r}, first), put({key!r}, second), then the caller drops first"
    check(f"{what}: {key!r} in cache", lambda: key in cache)
    check(f"{what}: cache.get({key!r}) is second", lambda: cache.get(key) is second)
    check(f"{what}: the keys on_evict was called with", lambda: list(factory.evicted))
    check(f"{what}: stats()", cache.stats)
    del second
    check(f"{what}, then drops second: {key!r} in cache", lambda: key in cache)
    check(f"{what}, then drops second: the keys on_evict was called with", lambda: list(factory.evicted))
    check(f"{what}, then drops second: stats()", cache.stats)
    shared = Item(other)
    cache.put(other, shared)
    cache.put(third, shared)
    del shared
    what = f"then put({other!r}, shared), put({third!r}, shared) with one object, and the caller drops it"
    check(f"{what}: cache.keys()", cache.keys)
    check(f"{what}: every key on_evict was called with so far, sorted", lambda: sorted(factory.evicted))
    check(f"{what}: stats()", cache.stats)


def test_clear(check, rng):
    keys = rng.sample(WORDS, 4)
    factory = Recorder()
    cache = WeakCache(factory, on_evict=factory.on_evict)
    held = fill(cache, keys)
    cache.clear()
    what = f"get() of {keys} (values kept alive), then cache.clear()"
    check(f"{what}: len(cache)", lambda: len(cache))
    check(f"{what}: cache.keys()", cache.keys)
    check(f"{what}: {keys[0]!r} in cache", lambda: keys[0] in cache)
    held.clear()  # the values die after the clear: that evicts nothing
    check(f"{what}, then the caller drops the values: the keys on_evict was called with", lambda: list(factory.evicted))
    check(f"{what}, then the caller drops the values: stats()", cache.stats)
    again = cache.get(keys[1])
    check(f"{what}, the caller drops the values, get({keys[1]!r}): the keys factory was called with",
          lambda: factory.calls)
    check(f"{what}, the caller drops the values, get({keys[1]!r}): stats()", cache.stats)
    del again


def test_values_in_a_reference_cycle(check, rng):
    key, plain = rng.sample(WORDS, 2)
    factory = Recorder()
    cache = WeakCache(factory, on_evict=factory.on_evict)
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        looped = Item(key)
        looped.me = looped  # a reference cycle: refcounting alone never frees it
        cache.put(key, looped)
        other = cache.get(plain)
        del looped, other
        what = f"put({key!r}, an Item that refers to itself), get({plain!r}), the caller drops both (automatic gc off)"
        check(f"{what}: cache.keys()", cache.keys)
        check(f"{what}: the keys on_evict was called with", lambda: list(factory.evicted))
        gc.collect()
        check(f"{what}, then gc.collect(): cache.keys()", cache.keys)
        check(f"{what}, then gc.collect(): the keys on_evict was called with", lambda: list(factory.evicted))
        check(f"{what}, then gc.collect(): stats()", cache.stats)
    finally:
        if was_enabled:
            gc.enable()


def test_values_that_cannot_be_weakly_referenced(check, rng):
    key = rng.choice(WORDS)
    cache = WeakCache(len)
    check(f"WeakCache(len).get({key!r}) (an int cannot be weakly referenced)", lambda: cache.get(key))
    check(f"WeakCache(len): after that get(): stats()", cache.stats)
    check(f"WeakCache(len).put({key!r}, {key!r}) (a str)", lambda: cache.put(key, key))
    check(f"WeakCache(len).put({key!r}, ({key!r},)) (a tuple)", lambda: cache.put(key, (key,)))
    check(f"WeakCache(len): after those: len(cache)", lambda: len(cache))
    value = Item(key)
    cache.put(key, value)
    check(f"WeakCache(len): put({key!r}, an Item), then get({key!r}) is that Item", lambda: cache.get(key) is value)
    check(f"WeakCache(len): after all of that: stats()", cache.stats)
