"""Checks for functools-toolkit. Each check's result is compared with the reference solution's for the same inputs;
the inputs change from run to run."""
import functools

from toolkit import Series, Version, cached_fetch, convert, converters, counted, describe


def failure(fn):
    """('ok', result) or the exception type name."""
    try:
        return ("ok", fn())
    except Exception as error:
        return type(error).__name__


def random_value(rng, depth=0):
    kinds = ["int", "bool", "float", "str", "none"] + (["list", "tuple", "dict"] if depth < 2 else [])
    kind = rng.choice(kinds)
    if kind == "int":
        return rng.randint(-99, 99)
    if kind == "bool":
        return rng.random() < 0.5
    if kind == "float":
        return rng.randint(-999, 999) / 8
    if kind == "str":
        return rng.choice(["a", "hi", "x y"])
    if kind == "none":
        return None
    items = [random_value(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    if kind == "list":
        return items
    if kind == "tuple":
        return tuple(items)
    return {rng.choice(["k", "v", "id"]) + str(i): item for i, item in enumerate(items)}


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class Tags(list):
    pass


def test_describe_dispatches_on_the_type(check, rng):
    for _ in range(6):
        value = random_value(rng)
        check(f"describe({value!r})", lambda: describe(value))
    n = rng.randint(2, 9)
    check(f"describe(True), describe(False), describe({n})", lambda: [describe(True), describe(False), describe(n)])
    check("describe(b'raw'), describe({1, 2}) (no registered type)", lambda: [describe(b"raw"), describe({1, 2})])
    check(f"describe(Tags([{n}, 'a'])) (a subclass of list)", lambda: describe(Tags([n, "a"])))


def test_describe_can_be_extended(check, rng):
    x, y = rng.randint(0, 9), rng.randint(0, 9)
    check("describe has .register and .registry (it is a singledispatch function)",
          lambda: hasattr(describe, "register") and hasattr(describe, "registry"))
    check(f"describe(Point({x}, {y})) before registering Point", lambda: describe(Point(x, y)))
    describe.register(Point, lambda p: f"point({p.x},{p.y})")
    check(f"after describe.register(Point, ...): describe([Point({x}, {y}), {{'p': Point({y}, {x})}}])",
          lambda: describe([Point(x, y), {"p": Point(y, x)}]))


def random_version(rng):
    parts = [str(rng.randint(0, 12)) for _ in range(rng.randint(1, 3))]
    if rng.random() < 0.3:
        parts.append("0")
    return ".".join(parts)


def test_versions_compare_number_by_number(check, rng):
    texts = [random_version(rng) for _ in range(8)] + ["1.10", "1.9", "1.2", "1.2.0"]
    rng.shuffle(texts)
    check(f"sorted(Version(t) for t in {texts})", lambda: [repr(v) for v in sorted(Version(t) for t in texts)])
    a, b = rng.sample(texts, 2)
    check(f"Version({a!r}) ==, !=, <, <=, >, >= Version({b!r})",
          lambda: [Version(a) == Version(b), Version(a) != Version(b), Version(a) < Version(b),
                   Version(a) <= Version(b), Version(a) > Version(b), Version(a) >= Version(b)])
    check("Version('1.10') > Version('1.9'), Version('1.2') == Version('1.2.0'), Version('1.2') <= Version('1.2.0')",
          lambda: [Version("1.10") > Version("1.9"), Version("1.2") == Version("1.2.0"), Version("1.2") <= Version("1.2.0")])
    check("Version('1.2') == '1.2'", lambda: Version("1.2") == "1.2")
    check("Version('1.2') < '1.3'", lambda: failure(lambda: Version("1.2") < "1.3"))
    for bad in ("", "1..2", "1.x", "v1"):
        check(f"Version({bad!r})", lambda: failure(lambda: Version(bad)))
    check("Version has its own __le__, __gt__ and __ge__ (functools.total_ordering adds them)",
          lambda: all(getattr(Version, m) is not getattr(object, m) for m in ("__le__", "__gt__", "__ge__")))


def test_equal_versions_hash_alike(check, rng):
    texts = [random_version(rng) for _ in range(8)] + ["1.2", "1.2.0", "3", "3.0.0"]
    rng.shuffle(texts)
    check(f"len(set(Version(t) for t in {texts}))", lambda: len({Version(t) for t in texts}))
    check("hash(Version('1.2')) == hash(Version('1.2.0'))", lambda: hash(Version("1.2")) == hash(Version("1.2.0")))
    check("Version('3.0.0') in {Version('3')}", lambda: Version("3.0.0") in {Version("3")})


def test_series_caches_its_stats(check, rng):
    values = [rng.randint(-50, 50) for _ in range(rng.randint(2, 6))]
    extra = rng.randint(-50, 50)
    s = Series(values)
    check(f"Series({values}).stats", lambda: s.stats)
    check(f"Series({values}): read .stats twice more, then .computations",
          lambda: (s.stats, s.stats, s.computations)[2])
    check(f"Series({values}): 'stats' in vars(s)", lambda: "stats" in vars(s))
    check(f"Series({values}): s.append({extra}); s.stats", lambda: (s.append(extra), s.stats)[1])
    check(f"Series({values}): after the append and two reads, .computations",
          lambda: (s.stats, s.computations)[1])
    check("Series([]).stats", lambda: failure(lambda: Series([]).stats))
    check("type(Series.__dict__['stats']).__name__", lambda: type(Series.__dict__["stats"]).__name__)


def test_converters_are_partials(check, rng):
    names = rng.sample(["EUR", "GBP", "JPY", "CHF", "SEK"], 3)
    rates = {name: rng.randint(1, 400) / 100 for name in names}
    amount = rng.randint(1, 999)
    table = converters(rates)
    check(f"converters({rates}): sorted keys", lambda: sorted(table))
    check(f"converters({rates}): each applied to {amount}", lambda: {k: table[k](amount) for k in names})
    check(f"converters({rates}): each is a functools.partial of convert with keywords {{'rate': rate}}",
          lambda: {k: (isinstance(table[k], functools.partial), table[k].func is convert, table[k].keywords)
                   for k in names})


def test_cached_fetch_is_an_lru_cache(check, rng):
    fetched = []

    def fetch(key):
        fetched.append(key)
        return f"value-{key}"

    maxsize = rng.randint(2, 4)
    keys = [rng.randint(0, 6) for _ in range(20)]
    f = cached_fetch(fetch, maxsize)
    check(f"f = cached_fetch(fetch, {maxsize}); [f(k) for k in {keys}]", lambda: [f(k) for k in keys])
    check(f"the keys fetch was called with", lambda: list(fetched))
    check(f"tuple(f.cache_info())", lambda: tuple(f.cache_info()))
    check("f.cache_clear(); tuple(f.cache_info())", lambda: (f.cache_clear(), tuple(f.cache_info()))[1])
    fetched.clear()
    h = cached_fetch(fetch, None)
    check("h = cached_fetch(fetch, None): 30 calls over 5 keys, then cache_info",
          lambda: ([h(i % 5) for i in range(30)], tuple(h.cache_info()))[1])
    fetched.clear()
    t = cached_fetch(fetch, 8, typed=True)
    check("t = cached_fetch(fetch, 8, typed=True); t(1), t(1.0), t(1): keys fetched",
          lambda: ([t(1), t(1.0), t(1)], list(fetched))[1])


def test_the_least_recently_used_key_goes_first(check, rng):
    fetched = []

    def fetch(key):
        fetched.append(key)
        return key * 2

    a, b, c = rng.sample("pqrstuvw", 3)
    g = cached_fetch(fetch, 2)
    calls = [a, b, a, c, a, b]
    check(f"g = cached_fetch(fetch, 2); g(k) for k in {calls}: the keys fetch was called with",
          lambda: ([g(k) for k in calls], list(fetched))[1])
    check(f"then tuple(g.cache_info())", lambda: tuple(g.cache_info()))


def test_counted_keeps_the_metadata(check, rng):
    n = rng.randint(1, 6)

    def area(w, h=1):
        """Width times height."""
        return w * h

    c = counted(area)
    check(f"counted(area): called {n} times, then .calls", lambda: ([c(i, 2) for i in range(n)], c.calls)[1])
    check("counted(area): __name__, __doc__, __wrapped__ is area",
          lambda: (c.__name__, c.__doc__, c.__wrapped__ is area))
    d = counted(area)
    check("a second counted(area) starts at 0 calls", lambda: d.calls)
