"""Checks for generator-pipeline. Each check's result is compared with the reference solution's for the same
inputs; the inputs change from run to run. A counting source tells how many items each stage pulled."""
from itertools import islice

from pipeline import batch, lines, moving_totals, only, parse, window

NAMES = ["cpu", "mem", "disk", "net"]


class Source:
    """Iterates over items, counting how many were pulled."""

    def __init__(self, items):
        self.items = list(items)
        self.pulled = 0

    def __iter__(self):
        for item in self.items:
            self.pulled += 1
            yield item


def outcome(fn):
    try:
        return ("ok", fn())
    except Exception as error:
        return ("raised", type(error).__name__)


def random_line(rng):
    kind = rng.random()
    if kind < 0.7:
        pad = rng.choice(["", " ", "  "])
        return f"{pad}{rng.choice(NAMES)}{pad},{pad}{rng.randint(-50, 500)}{pad}"
    return rng.choice(["", "   ", "# a comment", "#cpu,5", "cpu", "cpu,5,6", "mem,x", ",7", "disk, 4.5", "net;3"])


def random_text(rng, count, final_newline):
    text = "\n".join(random_line(rng) for _ in range(count))
    return text + "\n" if final_newline else text


def cut(rng, text, pieces):
    """text cut at random places into pieces (some empty)."""
    points = sorted(rng.randint(0, len(text)) for _ in range(pieces - 1))
    return [text[a:b] for a, b in zip([0] + points, points + [len(text)])]


def test_lines_splits_chunks(check, rng):
    for final_newline in (True, False):
        text = random_text(rng, rng.randint(5, 12), final_newline)
        chunks = cut(rng, text, rng.randint(3, 12))
        check(f"list(lines({chunks}))", lambda: list(lines(chunks)))
    check("list(lines(['a\\n\\nb', '\\n', '', 'c']))", lambda: list(lines(["a\n\nb", "\n", "", "c"])))
    check("list(lines([])), list(lines(['']))", lambda: (list(lines([])), list(lines([""]))))


def test_lines_is_lazy(check, rng):
    text = random_text(rng, 15, True)
    chunks = cut(rng, text, 20)
    source = Source(chunks)
    it = lines(source)
    head = f"lines(source of {chunks})"
    check(f"{head}: chunks pulled before the first next()", lambda: source.pulled)
    check(f"{head}: the first line, and chunks pulled", lambda: (next(it), source.pulled))
    check(f"{head}: the next 3 lines, and chunks pulled", lambda: (list(islice(it, 3)), source.pulled))


def test_parse(check, rng):
    text_lines = [random_line(rng) for _ in range(25)]
    check(f"list(parse({text_lines}))", lambda: list(parse(text_lines)))


def test_parse_and_only_are_lazy(check, rng):
    text_lines = [random_line(rng) for _ in range(20)]
    keep = rng.sample(NAMES, 2)
    source = Source(text_lines)
    it = only(parse(source), keep)
    head = f"only(parse(source of {text_lines}), {keep})"
    check(f"{head}: lines pulled before the first next()", lambda: source.pulled)
    check(f"{head}: the first 3 records, and lines pulled", lambda: (list(islice(it, 3)), source.pulled))
    check(f"{head}: the rest", lambda: list(it))


def test_window(check, rng):
    items = [rng.randint(0, 99) for _ in range(rng.randint(5, 12))]
    for size in (1, rng.randint(2, 4), len(items), len(items) + 1):
        check(f"list(window({items}, {size}))", lambda: list(window(items, size)))


def test_window_is_lazy(check, rng):
    items = [rng.randint(0, 99) for _ in range(20)]
    size = rng.randint(2, 5)
    source = Source(items)
    it = window(source, size)
    head = f"window(source of {items}, {size})"
    check(f"{head}: items pulled before the first next()", lambda: source.pulled)
    check(f"{head}: the first window, and items pulled", lambda: (next(it), source.pulled))
    check(f"{head}: the next 3 windows, and items pulled", lambda: (list(islice(it, 3)), source.pulled))


def test_batch(check, rng):
    items = [rng.randint(0, 99) for _ in range(rng.randint(7, 15))]
    sizes = [1, rng.choice([s for s in range(2, 6) if len(items) % s]), len(items), len(items) + 3]
    for size in sizes:
        check(f"list(batch({items}, {size}))", lambda: list(batch(items, size)))
    check("list(batch([], 3))", lambda: list(batch([], 3)))


def test_batch_is_lazy(check, rng):
    items = [rng.randint(0, 99) for _ in range(20)]
    size = rng.randint(2, 5)
    source = Source(items)
    it = batch(source, size)
    head = f"batch(source of {items}, {size})"
    check(f"{head}: items pulled before the first next()", lambda: source.pulled)
    check(f"{head}: the first batch, and items pulled", lambda: (next(it), source.pulled))
    check(f"{head}: the next 2 batches, and items pulled", lambda: (list(islice(it, 2)), source.pulled))


def test_bad_sizes_raise_at_the_call(check, rng):
    for fn in (window, batch):
        size = rng.choice([0, -1, -3])
        source = Source(range(10))
        check(f"{fn.__name__}(source, {size}), only called (not iterated): outcome and items pulled",
              lambda: (outcome(lambda: fn(source, size) and "returned"), source.pulled))


def test_moving_totals(check, rng):
    text = random_text(rng, 40, rng.random() < 0.5)
    chunks = cut(rng, text, 20)
    name, size = rng.choice(NAMES), rng.randint(2, 4)
    check(f"list(moving_totals({chunks}, {name!r}, {size}))", lambda: list(moving_totals(chunks, name, size)))
    source = Source(chunks)
    it = moving_totals(source, name, size)
    head = f"moving_totals(source of the same chunks, {name!r}, {size})"
    check(f"{head}: chunks pulled before the first next()", lambda: source.pulled)
    check(f"{head}: the first 2 totals, and chunks pulled", lambda: (list(islice(it, 2)), source.pulled))
