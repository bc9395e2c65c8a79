"""Checks for bytecode-explorer (CPython 3.11). Every check's value is compared with the reference solution's for the
same inputs; the functions and expressions are made afresh from the run's random seed."""
from explorer import is_folded, line_numbers, loaded_globals, opcode_counts
from generate import function_source, make_function

NAMES = ["f", "compute", "process", "handle", "step", "work"]


def functions(rng, count, **options):
    made = []
    for number in range(count):
        name = rng.choice(NAMES)
        source = function_source(rng, name, **options)
        made.append((source, make_function(source, name, number)))
    return made


def shown(source):
    return "\n    " + source.rstrip("\n").replace("\n", "\n    ")


def test_opcode_counts(check, rng):
    for source, func in functions(rng, 3):
        check(f"opcode_counts() of{shown(source)}", lambda: opcode_counts(func))


def test_opcode_counts_of_a_small_function(check, rng):
    k = rng.randint(2, 9)
    source = f"def add(a, b):\n    return a + b * {k}\n"
    func = make_function(source, "add", 100)
    check(f"opcode_counts() of{shown(source)}", lambda: opcode_counts(func))


def test_loaded_globals(check, rng):
    for source, func in functions(rng, 3, nested=False, include=("global", "attribute")):
        check(f"loaded_globals() of{shown(source)}", lambda: loaded_globals(func))


def test_loaded_globals_in_nested_code(check, rng):
    for source, func in functions(rng, 3, include=("comprehension", "lambda", "helper")):
        check(f"loaded_globals() of{shown(source)}", lambda: loaded_globals(func))


def expressions(rng):
    k, m = rng.randint(2, 99), rng.randint(2, 99)
    word = rng.choice(["ab", "py", "xy"])
    return [
        f"2 ** {rng.randint(60, 68)}",
        f"{word!r} * {rng.randint(2044, 2052)}",
        f"(1, 2, 3) * {rng.randint(83, 88)}",
        f"-{k}",
        f"~{m}",
        "not True",
        f"{k} + {m} * 2",
        f"x + {k}",
        f"{k} // 0",
        f"({k}, {m}) + ({k + m},)",
        f"'abc'[{rng.randint(-5, 4)}]",
        f"{k} < {m}",
        f"[{k}, {m}]",
        f"{k} in ({k}, {m})",
        f"{k} * 1.5",
        f"len({word!r})",
        f"{word!r}.upper()",
    ]


def test_is_folded(check, rng):
    todo = expressions(rng)
    rng.shuffle(todo)
    for expression in todo:
        check(f"is_folded({expression!r})", lambda: is_folded(expression))


def test_line_numbers(check, rng):
    for source, func in functions(rng, 3, include=("helper", "long call")):
        numbered = "".join(f"{i:>3}| {line}\n" for i, line in enumerate(source.splitlines(), 1))
        check(f"line_numbers() of (line numbers on the left){shown(numbered)}", lambda: line_numbers(func))
