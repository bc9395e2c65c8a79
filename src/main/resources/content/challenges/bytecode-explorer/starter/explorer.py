"""Questions about bytecode, answered with the dis module (CPython 3.11). See the statement for the exact rules."""
import dis


def opcode_counts(func):
    """{opname: how many times it occurs} over the instructions dis.get_instructions(func) yields."""
    raise NotImplementedError


def loaded_globals(func):
    """Sorted names, each once, that LOAD_GLOBAL loads in func's code and in every code object nested in it."""
    raise NotImplementedError


def is_folded(expression):
    """True if compiling `expression` (mode 'eval') leaves just one constant to load and return."""
    raise NotImplementedError


def line_numbers(func):
    """Sorted distinct line numbers at which an instruction of func's own code object starts."""
    raise NotImplementedError
