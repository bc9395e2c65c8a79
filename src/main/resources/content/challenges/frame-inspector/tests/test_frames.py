"""Checks for frame-inspector. Every check's value is compared with the reference solution's for the same inputs; the
functions and their names are made afresh from the run's random seed."""
import threading

import frames
from frames import caller_chain, caller_local, track_depth

POOL = ["load", "parse", "check", "render", "fetch", "store", "build", "scan", "merge", "split", "apply", "emit",
        "route", "serve", "plan", "solve"]


def chain(rng, length, leaf_body):
    """Source of `length` functions, each calling the next; the last one runs leaf_body. Each function f has the
    locals `level` (its position, 0 for the outermost) and `f_value`. Returns (names, source)."""
    names = rng.sample(POOL, length)
    lines = []
    for i, name in enumerate(names):
        lines += [f"def {name}():", f"    level = {i}", f"    {name}_value = {rng.randint(100, 999)}"]
        lines += [f"    return {names[i + 1]}()"] if i + 1 < length else leaf_body
    return names, "\n".join(lines) + "\n"


def load(source, **names):
    namespace = {"caller_chain": caller_chain, "caller_local": caller_local, **names}
    exec(compile(source, "<generated>", "exec"), namespace)
    return namespace


def shown(source):
    return "\n    " + source.rstrip("\n").replace("\n", "\n    ")


def test_caller_chain(check, rng):
    length = rng.randint(3, 6)
    for depth in sorted({0, 1, rng.randint(2, length - 1), length}):
        names, source = chain(rng, length, [f"    return caller_chain({depth})"])
        outermost = load(source)[names[0]]
        check(f"{names[0]}() with these functions, returning caller_chain({depth}):{shown(source)}", outermost)


def test_caller_chain_with_recursion(check, rng):
    n = rng.randint(2, 6)
    depth = rng.randint(2, n + 2)
    source = ("def walk(n, depth):\n"
              "    if n == 0:\n"
              "        return caller_chain(depth)\n"
              "    return walk(n - 1, depth)\n"
              "def start(n, depth):\n"
              "    return walk(n, depth)\n")
    start = load(source)["start"]
    check(f"start({n}, {depth}) with these functions:{shown(source)}", lambda: start(n, depth))


def test_caller_chain_to_the_bottom_of_a_thread(check, rng):
    length = rng.randint(2, 4)
    names, source = chain(rng, length, ["    return caller_chain(100)"])
    outermost = load(source)[names[0]]
    result = []

    def run():
        try:
            result.append(("value", outermost()))
        except Exception as error:
            result.append(("raised", error))

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(5)
    kind, value = result[0]
    check(f"caller_chain(100) at the end of these functions, called by a function run() that is the target of a "
          f"threading.Thread (so the stack ends with the thread's own frames):{shown(source)}",
          lambda: value if kind == "value" else _raise(value))


def test_caller_local(check, rng):
    length = rng.randint(3, 5)
    leaf = ["    results = []",
            "    for name, up in QUERIES:",
            "        try:",
            "            results.append(('value', caller_local(name, up)))",
            "        except Exception as error:",
            "            results.append(('raised', error))",
            "    return results"]
    names, source = chain(rng, length, leaf)
    queries = [("level", 0)]
    for up in range(1, length):
        queries.append(("level", up))
        queries.append((f"{names[length - 1 - up]}_value", up))
    queries.append(("name", 0))  # the loop variable of the calling function itself
    outermost = load(source, QUERIES=queries)[names[0]]
    for (name, up), (kind, value) in zip(queries, outermost()):
        check(f"caller_local({name!r}, {up}) called in {names[-1]}() of:{shown(source)}",
              lambda: value if kind == "value" else _raise(value))


def _raise(error):
    raise error


def test_caller_local_does_not_look_elsewhere(check, rng):
    length = rng.randint(3, 5)
    leaf = ["    results = []",
            "    for name, up in QUERIES:",
            "        try:",
            "            results.append(('value', caller_local(name, up)))",
            "        except Exception as error:",
            "            results.append(('raised', error))",
            "    return results"]
    names, source = chain(rng, length, leaf)
    outer = f"{names[0]}_value"  # a local of the outermost function only
    queries = [(outer, 1), ("QUERIES", 0), ("caller_chain", 1), ("no_such_name", 0),
               ("level", -1), ("level", 500)]
    outermost = load(source, QUERIES=queries)[names[0]]
    for (name, up), (kind, value) in zip(queries, outermost()):
        check(f"caller_local({name!r}, {up}) called in {names[-1]}() of:{shown(source)}",
              lambda: value if kind == "value" else _raise(value))


def test_track_depth_recursion(check, rng):
    @track_depth
    def countdown(n):
        """Counts down to zero."""
        if n > 0:
            countdown(n - 1)
        return n

    first, second = rng.randint(2, 7), rng.randint(1, 4)
    check("the decorated function's __name__", lambda: countdown.__name__)
    check("the decorated function's __doc__", lambda: countdown.__doc__)
    check(f"countdown({first}) (recursive): its value", lambda: countdown(first))
    check(f"countdown({first}): countdown.depths", lambda: list(countdown.depths))
    countdown(second)
    check(f"countdown({first}), then countdown({second}): countdown.depths", lambda: list(countdown.depths))


def test_track_depth_counts_each_function_apart(check, rng):
    @track_depth
    def ping(n):
        return pong(n - 1) if n > 0 else "ping"

    @track_depth
    def pong(n):
        return ping(n - 1) if n > 0 else "pong"

    n = rng.randint(3, 8)
    check(f"ping({n}), where ping calls pong(n - 1) and pong calls ping(n - 1), both decorated", lambda: ping(n))
    check(f"after ping({n}): ping.depths", lambda: list(ping.depths))
    check(f"after ping({n}): pong.depths", lambda: list(pong.depths))


def test_track_depth_after_exceptions(check, rng):
    @track_depth
    def risky(n):
        if n == 0:
            raise ValueError("bottom")
        try:
            risky(n - 1)
        except ValueError:
            pass
        return n

    first, second = rng.randint(2, 6), rng.randint(1, 4)
    risky(first)
    check(f"risky({first}) (the innermost call raises ValueError, its caller catches it): risky.depths",
          lambda: list(risky.depths))
    risky(second)
    check(f"risky({first}), then risky({second}): risky.depths", lambda: list(risky.depths))
    check(f"risky(0) raises", lambda: risky(0))
    risky(second)
    check(f"risky({first}), risky({second}), risky(0) (raised), risky({second}): risky.depths",
          lambda: list(risky.depths))


def test_track_depth_per_thread(check, rng):
    inside, done = threading.Event(), threading.Event()
    deep, shallow = rng.randint(3, 6), rng.randint(1, 3)

    @track_depth
    def dig(n, wait):
        if n > 0:
            return dig(n - 1, wait)
        if wait:
            inside.set()  # the first thread is at its deepest: let the second one run
            done.wait(5)
        return "bottom"

    first = threading.Thread(target=dig, args=(deep, True))
    first.start()
    inside.wait(5)
    second = threading.Thread(target=dig, args=(shallow, False))
    second.start()
    second.join(5)
    done.set()
    first.join(5)
    check(f"dig({deep}) in one thread, paused at its deepest call while dig({shallow}) runs in another thread: "
          f"dig.depths", lambda: list(dig.depths))
