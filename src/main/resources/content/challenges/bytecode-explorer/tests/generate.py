"""Makes random functions (as source text and as function objects) for the bytecode-explorer drivers."""
import linecache

GLOBALS = ["alpha", "beta", "gamma", "delta", "omega", "sigma", "kappa", "theta", "zeta", "lam"]
BUILTINS = ["len", "sorted", "max", "min", "sum", "abs", "range", "isinstance", "str", "repr"]
ATTRIBUTES = ["append", "items", "value", "name", "upper", "size", "keys", "count"]


NESTED = ("comprehension", "lambda", "helper")


def function_source(rng, name, nested=True, include=()):
    """Source text of a function `name` with a random mix of loops, branches, calls, attributes, a global store,
    comments, blank lines, a call spread over several lines and (if nested) a comprehension, a lambda and a nested
    function. The parts named in `include` are always there."""
    g = rng.sample(GLOBALS, 7)
    b = rng.sample(BUILTINS, 4)
    a = rng.sample(ATTRIBUTES, 3)
    k = [rng.randint(2, 99) for _ in range(6)]
    parts = {
        "call": [f"    total = {b[0]}(data) + {g[0]}"],
        "loop": ["    result = []", f"    for i in {b[1]}(n):", f"        result.{a[0]}(i * {g[1]})"],
        "comprehension": [f"    squares = [x * {g[2]} for x in data if x > {k[0]}]"],
        "lambda": [f"    key = lambda item: item.{a[1]} + {g[3]}"],
        "branch": [f"    if total > {k[1]}:", "        total -= 1", "    else:", f"        total += {k[2]}"],
        "long call": [f"    total = {b[2]}(", "        total,", f"        {k[3]},", "    )"],
        "helper": ["    def helper(v):", f"        return v * {g[4]} + {k[4]}", "    total += helper(n)"],
        "attribute": [f"    name = data.{a[2]}"],
        "while": [f"    while n > {k[5]}:", "        n -= 1", f"        total += {b[3]}(n)"],
        "comment": ["    # a comment"],
        "blank": [""],
        "global": [f"    {g[5]} = {g[6]} + 1"],
    }
    chosen = [key for key in parts if (nested or key not in NESTED) and (key in include or rng.random() < 0.75)]
    rng.shuffle(chosen)
    lines = [f"def {name}(data, n):"]
    if rng.random() < 0.5:
        lines.append('    """A generated function."""')
    lines.append("    total = 0")
    if "global" in chosen:
        lines.append(f"    global {g[5]}")
    for key in chosen:
        lines += parts[key]
    lines.append("    return total")
    return "\n".join(lines) + "\n"


def make_function(source, name, number):
    """The function defined by `source`, compiled as file '<generated-N>' (registered with linecache, so that
    inspect.getsource works too)."""
    filename = f"<generated-{number}>"
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    namespace = {}
    exec(compile(source, filename, "exec"), namespace)
    return namespace[name]
