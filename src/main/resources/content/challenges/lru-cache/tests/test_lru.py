"""Checks for lru-cache. Each check's result is compared with the reference solution's for the same inputs; the
inputs change from run to run. Speed is not timed here: a timing made in the learner's process is a value the
learner's code could claim (prime-counts times programs from outside)."""

from lru import LRUCache, memoize


def outcome(fn):
    try:
        return ("ok", fn())
    except Exception as error:
        return ("raised", type(error).__name__)


def test_gets_and_puts(check, rng):
    capacity = rng.randint(3, 6)
    cache = LRUCache(capacity)
    steps, seen = [], []
    for _ in range(30):
        key = rng.choice("abcdefghij")
        if rng.random() < 0.5:
            value = rng.randint(1, 99)
            steps.append(f"put({key!r}, {value})")
            seen.append(outcome(lambda: cache.put(key, value)))
        else:
            steps.append(f"get({key!r})")
            seen.append(outcome(lambda: cache.get(key)))
    head = f"LRUCache({capacity}); {'; '.join(steps)}"
    check(f"{head}: what each call returned", lambda: seen)
    check(f"{head}: keys() from least to most recently used, len()", lambda: (cache.keys(), len(cache)))
    check(f"{head}: stats", lambda: cache.stats)


def test_eviction_order(check, rng):
    capacity = rng.randint(3, 5)
    keys = rng.sample(range(100, 999), capacity)
    cache = LRUCache(capacity)
    for k in keys:
        cache.put(k, str(k))
    touched = [keys[0], rng.choice(keys[1:-1])]     # the oldest key and not the newest: refreshing always shows
    for k in touched:
        cache.get(k)
    extra = rng.sample(range(1000, 2000), 2)
    for k in extra:
        cache.put(k, str(k))
    head = f"LRUCache({capacity}); put {keys}; get {touched}; put {extra}"
    check(f"{head}: keys()", lambda: cache.keys())
    check(f"{head}: which of the first keys are still there", lambda: [k for k in keys if k in cache])
    check(f"{head}: stats", lambda: cache.stats)


def test_updating_a_key_does_not_evict(check, rng):
    capacity = rng.randint(2, 4)
    keys = rng.sample(range(10, 99), capacity)
    cache = LRUCache(capacity)
    for k in keys:
        cache.put(k, 0)
    first = keys[0]
    cache.put(first, 1)
    head = f"LRUCache({capacity}); put {keys} with value 0; put({first}, 1) again"
    check(f"{head}: keys(), len(), get({first}), stats",
          lambda: (cache.keys(), len(cache), cache.get(first), cache.stats))


def test_in_does_not_touch_recency(check, rng):
    cache = LRUCache(3)
    keys = rng.sample(range(10, 99), 3)
    for k in keys:
        cache.put(k, k)
    probe = keys[0]
    seen = (probe in cache, 12345 in cache)
    cache.put(7, 7)
    head = f"LRUCache(3); put {keys}; {probe} in cache; 12345 in cache; put(7, 7)"
    check(f"{head}: the two `in` results, keys(), stats", lambda: (seen, cache.keys(), cache.stats))


def test_defaults_and_bad_capacity(check, rng):
    cache = LRUCache(2)
    marker = rng.randint(1, 99)
    check(f"LRUCache(2).get('nope'), .get('nope', {marker}), then stats",
          lambda: (cache.get("nope"), cache.get("nope", marker), cache.stats))
    cache.put("none", None)
    check("put('none', None); get('none', 'default'); stats", lambda: (cache.get("none", "default"), cache.stats))
    bad = rng.choice([0, -1])
    check(f"LRUCache({bad})", lambda: outcome(lambda: LRUCache(bad) and "made"))


def test_memoize(check, rng):
    calls = []

    @memoize(maxsize=3)
    def area(w, h=1, *, unit="m"):
        """The area of a rectangle."""
        calls.append((w, h, unit))
        return f"{w * h} {unit}2"

    args = [(rng.randint(1, 4),) for _ in range(8)]
    results = [area(*a) for a in args]
    results.append(area(2, h=3))
    results.append(area(2, h=3))
    results.append(area(2, unit="cm"))
    results.append(area(2, unit="cm"))
    head = f"@memoize(maxsize=3) area; calls area(w) for w in {[a[0] for a in args]}, then area(2, h=3) twice, " \
           f"area(2, unit='cm') twice"
    check(f"{head}: results", lambda: results)
    check(f"{head}: the calls that reached area", lambda: calls)
    check(f"{head}: cache_info()", lambda: tuple(area.cache_info()))
    area.cache_clear()
    check(f"{head}; cache_clear(); area(1): result, cache_info()", lambda: (area(1), tuple(area.cache_info())))
    check("area.__name__, area.__doc__, area.__wrapped__ is the original",
          lambda: (area.__name__, area.__doc__, getattr(area, "__wrapped__", None) is not None))
