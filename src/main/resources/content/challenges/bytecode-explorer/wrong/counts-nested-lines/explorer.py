"""Questions about bytecode, answered with the dis module (CPython 3.11). See the statement for the exact rules."""
import dis
import types


def opcode_counts(func):
    """{opname: how many times it occurs} over the instructions dis.get_instructions(func) yields."""
    counts = {}
    for instruction in dis.get_instructions(func):
        counts[instruction.opname] = counts.get(instruction.opname, 0) + 1
    return counts


def _code_objects(code):
    """code, then every code object nested in it, depth first."""
    yield code
    for constant in code.co_consts:
        if isinstance(constant, types.CodeType):
            yield from _code_objects(constant)


def loaded_globals(func):
    """Sorted names, each once, that LOAD_GLOBAL loads in func's code and in every code object nested in it."""
    names = set()
    for code in _code_objects(func.__code__):
        for instruction in dis.get_instructions(code):
            if instruction.opname == "LOAD_GLOBAL":
                names.add(instruction.argval)
    return sorted(names)


IGNORED = {"RESUME", "NOP", "CACHE"}


def is_folded(expression):
    """True if compiling `expression` (mode 'eval') leaves just one constant to load and return."""
    code = compile(expression, "<expression>", "eval")
    ops = [i.opname for i in dis.get_instructions(code) if i.opname not in IGNORED]
    return ops == ["LOAD_CONST", "RETURN_VALUE"]


def line_numbers(func):
    """Sorted distinct line numbers at which an instruction of func's own code object starts."""
    lines = set()
    for code in _code_objects(func.__code__):  # the whole function, nested code included
        lines.update(line for _, line in dis.findlinestarts(code) if line is not None)
    return sorted(lines)
