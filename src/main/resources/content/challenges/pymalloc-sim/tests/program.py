"""Runs a program of malloc/free steps against an Allocator, one check per step."""
from pymalloc import Allocator


def describe(ops):
    """A compact form of the program, printed into the test's output: 'm24' is malloc(24), 'f3' frees the block
    that step 3 returned."""
    return " ".join(f"{i}:{'m' if kind == 'malloc' else 'f'}{arg}" for i, (kind, arg) in enumerate(ops))


def run(check, ops, name, allocator=None, every_step=True):
    """Runs ops on a new Allocator (or the given one). With every_step, each step is a check of its own; otherwise
    one check holds the results of all the steps. Returns the allocator and {step: address}."""
    allocator = allocator or Allocator()
    if len(ops) <= 350:
        print(f"{name}: {describe(ops)}")
    else:
        print(f"{name}: a program of {len(ops)} steps (too long to print)")
    addresses, results = {}, []

    def step(i, kind, arg):
        if kind == "malloc":
            addresses[i] = allocator.malloc(arg)
            return addresses[i]
        return allocator.free(addresses.get(arg))

    for i, (kind, arg) in enumerate(ops):
        label = f"{name}, step {i}: " + (f"malloc({arg})" if kind == "malloc" else f"free(what step {arg} returned)")
        if every_step:
            check(label, lambda: step(i, kind, arg))
        else:
            try:
                results.append(step(i, kind, arg))
            except Exception as error:
                results.append(f"raised {type(error).__name__}")
    if not every_step:
        check(f"{name}: what each step returned, as a list", lambda: results)
    return allocator, addresses
