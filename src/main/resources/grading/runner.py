"""skilltree runner: runs a challenge's checks in the sandbox and reports what it observed.

It decides nothing. The learner's code runs in this process, so everything written here is treated as a claim about
the code's behaviour: each observation is a value the code computed (or the exception it raised) at one check. The
grader, outside the sandbox, compares the observations with the reference's, which it got from a separate run of the
reference solution. See docs/grading-security.md.

Arguments: cpu seconds, memory MB, processes, file KB, seed, checks folder, mode. Output: JSON lines on descriptor 3.
Mode "checks" runs the test files; mode "workload" asks a scenario challenge's grade.py for a workload instead.
"""
import builtins
import io
import json
import os
import random
import resource
import shutil
import sys
import time
import traceback
import unittest

CAP = 4096
SHOWN = 300
_THIS = sys.modules[__name__]  # what the rewritten checks call, however this module was loaded
_channel = None
_test = None
_counts = {}


def _emit(record):
    if _channel is not None:
        _channel.write(json.dumps(record, ensure_ascii=False) + "\n")
        _channel.flush()


def _cap(text, limit=CAP):
    return text if len(text) <= limit else text[: limit - 3] + "..."


def names(kind):
    """Qualified names of a type or a tuple of types: what the grader matches exception and instance checks by."""
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return [f"{k.__module__}.{k.__qualname__}" for k in kinds if isinstance(k, type)]


def _mro(value):
    return [f"{k.__module__}.{k.__qualname__}" for k in type(value).__mro__][:12]


def canon(value, depth=0):
    """A JSON form in which two values are equal when Python's == would call them equal, for plain data."""
    if depth > 40:
        return {"truncated": True}
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return value if abs(value) < 2 ** 63 else {"int": str(value)}
    if isinstance(value, float):
        return value if value == value and abs(value) != float("inf") else {"float": repr(value)}
    if isinstance(value, list):
        return [canon(v, depth + 1) for v in value[:10000]]
    if isinstance(value, tuple):
        return {"tuple": [canon(v, depth + 1) for v in value[:10000]]}
    if isinstance(value, (set, frozenset)):
        return {"set": sorted((canon(v, depth + 1) for v in list(value)[:10000]), key=_order)}
    if isinstance(value, dict):
        items = [[canon(k, depth + 1), canon(v, depth + 1)] for k, v in list(value.items())[:10000]]
        return {"dict": sorted(items, key=lambda kv: _order(kv[0]))}
    if isinstance(value, (bytes, bytearray)):
        return {"bytes": bytes(value[:100000]).hex()}
    return {"object": f"{type(value).__module__}.{type(value).__qualname__}", "repr": _cap(_repr(value), 1000)}


def _order(value):
    return json.dumps(value, sort_keys=True)


def _repr(value):
    try:
        return repr(value)
    except Exception as error:  # a broken __repr__ is the learner's; show that it broke
        return f"<repr failed: {type(error).__name__}>"


def _outcome(fn):
    try:
        value = fn()
    except BaseException as error:
        if isinstance(error, (SystemExit, KeyboardInterrupt)):
            raise
        return {"raised": {"type": f"{type(error).__module__}.{type(error).__qualname__}", "mro": _mro(error),
                           "message": _cap(str(error), 500)}}, error
    return {"value": canon(value), "mro": _mro(value), "shown": _cap(_repr(value), SHOWN), "truth": _truth(value)}, None


def _truth(value):
    try:
        return bool(value)
    except Exception:  # a broken __bool__ or __len__: the value is neither
        return None


def _record(fields, outcome, expected):
    key = (_test, fields["key"])
    _counts[key] = _counts.get(key, 0) + 1
    record = {"t": "check", "test": _test, "n": _counts[key], **fields, **outcome}
    if expected is not None:
        found, _ = _outcome(expected)
        record["expected"] = found
    _emit(record)


def observe(fn, key, line, src, op=None, expected=None, raises=False, **options):
    """One check: what fn computed (or raised). With op and expected, the reference run records both sides."""
    fields = {"key": key, "line": line, "src": src}
    if op is not None:
        fields.update(op=op, options=_options(options))
    outcome, error = _outcome(fn)
    _record(fields, outcome, expected)
    if error is not None and not raises:
        raise error


def _options(options):
    """Places, delta and regex as plain JSON (a compiled pattern becomes its text)."""
    return {k: getattr(v, "pattern", v) for k, v in options.items() if v is not None}


class raises:
    """The with-block form of assertRaises: records what the block raised, if anything, and carries on."""

    def __init__(self, key, line, src, op=None, expected=None, raises=True, **options):
        self.fields = {"key": key, "line": line, "src": src}
        if op is not None:
            self.fields.update(op=op, options=_options(options))
        self.expected = expected
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, kind, error, tb):
        if error is not None and isinstance(error, (SystemExit, KeyboardInterrupt)):
            return False
        if error is None:
            outcome = {"value": None, "mro": _mro(None), "shown": "nothing was raised"}
        else:
            outcome = {"raised": {"type": f"{kind.__module__}.{kind.__qualname__}", "mro": _mro(error),
                                  "message": _cap(str(error), 500)}}
            self.exception = error
        _record(self.fields, outcome, self.expected)
        return True


class Check:
    """What a driver calls: check(label, fn) records fn's result, compared with the reference's for the same label."""

    def __call__(self, label, fn, places=None):
        line = sys._getframe(1).f_lineno
        observe(fn, key=label, line=line, src=label, op="close" if places is not None else "same", places=places,
                raises=True)

    def printed(self, label, fn):
        """Records what fn printed, rather than what it returned."""
        line = sys._getframe(1).f_lineno

        def capture():
            saved, sys.stdout = sys.stdout, io.StringIO()
            try:
                fn()
                return sys.stdout.getvalue()
            finally:
                sys.stdout = saved

        observe(capture, key=label, line=line, src=label, op="same", raises=True)


class Seeded(random.Random):
    """The driver's random source; the reference run tells the grader whether the checks depend on the seed."""

    used = False

    def random(self):
        Seeded.used = True
        return super().random()

    def getrandbits(self, k):
        Seeded.used = True
        return super().getrandbits(k)


def copy_submission(folder):
    """Inside bubblewrap the learner's files are mounted read-only (at /submission, or under /inbox in a warm
    sandbox); the run works on a copy in /work."""
    if os.getcwd() == "/work" and os.path.isdir(folder):
        for name in os.listdir(folder):  # entry by entry: /work itself belongs to the sandbox, not the run
            source = os.path.join(folder, name)
            (shutil.copytree if os.path.isdir(source) else shutil.copy)(source, os.path.join("/work", name))


def set_limits(cpu_seconds, memory_mb, processes, file_kb):
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
    resource.setrlimit(resource.RLIMIT_AS, (memory_mb * 1024 * 1024,) * 2)
    resource.setrlimit(resource.RLIMIT_NPROC, (processes,) * 2)
    resource.setrlimit(resource.RLIMIT_FSIZE, (file_kb * 1024,) * 2)
    resource.setrlimit(resource.RLIMIT_NOFILE, (64, 64))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_MSGQUEUE, (0, 0))  # no POSIX message queue outlives the run


class _Reporter(unittest.TestResult):
    """Runs a module's unittest tests as one suite, so class and module fixtures run as unittest runs them."""

    def __init__(self):
        super().__init__()
        self._saved = None
        self._buffer = None
        self._start = 0.0
        self._status = None

    def startTest(self, test):
        global _test
        super().startTest(test)
        _test = f"{type(test).__name__}.{test._testMethodName}"
        self._status = ("done", None)
        self._buffer = io.StringIO()
        self._saved = sys.stdout, sys.stderr
        sys.stdout = sys.stderr = self._buffer
        self._start = time.perf_counter()

    def stopTest(self, test):
        sys.stdout, sys.stderr = self._saved
        _finish(_test, self._status[0], self._status[1], self._buffer.getvalue(), self._start)
        super().stopTest(test)

    def addError(self, test, err):
        if isinstance(test, unittest.TestCase):
            self._status = ("error", _describe(err[1]))
        else:  # a class or module fixture failed: its tests never start
            _emit({"t": "load", "error": f"{test}: {_describe(err[1])}"})

    def addFailure(self, test, err):
        self._status = ("error", _describe(err[1]))

    def addSkip(self, test, reason):
        self._status = ("skip", reason)


def _finish(name, status, problem, output, start):
    record = {"t": "test", "test": name, "status": status, "output": _cap(output),
              "duration_ms": round((time.perf_counter() - start) * 1000, 3)}
    if problem:
        record["error"] = problem
    _emit(record)


def _run_module(module, seed):
    """The module's unittest tests in the order they are written, then its driver functions likewise."""
    cases, drivers = [], []
    for name, item in vars(module).items():
        if isinstance(item, type) and issubclass(item, unittest.TestCase) and item.__module__ == module.__name__:
            for method in unittest.TestLoader().getTestCaseNames(item):
                code = getattr(getattr(item, method), "__code__", None)
                cases.append((code.co_firstlineno if code else 0, item(method)))
        elif callable(item) and name.startswith("test") and getattr(item, "__module__", None) == module.__name__:
            drivers.append((item.__code__.co_firstlineno, name, item))
    if cases:
        unittest.TestSuite([case for _, case in sorted(cases, key=lambda c: c[0])]).run(_Reporter())
    for _, name, driver in sorted(drivers, key=lambda d: d[0]):
        _drive(name, driver, seed)


def _drive(name, driver, seed):
    global _test
    _test = name
    buffer = io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = buffer
    start = time.perf_counter()
    status, problem = "done", None
    try:
        driver(Check(), Seeded(seed))
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as error:
        status, problem = "error", _describe(error)
    finally:
        sys.stdout, sys.stderr = saved
    _finish(name, status, problem, buffer.getvalue(), start)


def _describe(error):
    """The error, the test's line, and the traceback's lines in the learner's own files (file, line, code)."""
    line, own = "", []
    work = os.path.join(os.getcwd(), "")
    for frame in traceback.extract_tb(error.__traceback__):
        if os.path.basename(frame.filename).startswith("test"):
            line = f" (line {frame.lineno})"
        elif frame.filename.startswith(work):
            code = f"\n    {frame.line.strip()}" if frame.line else ""
            own.append(f'  File "{frame.filename[len(work):]}", line {frame.lineno}, in {frame.name}{code}')
    text = "".join(traceback.format_exception_only(type(error), error)).strip() + line
    if own:
        text += "\n" + "\n".join(own[-6:])
    return _cap(text, 1500)


def main():
    cpu, memory, processes, file_kb = (int(a) for a in sys.argv[1:5])
    run(cpu, memory, processes, file_kb, int(sys.argv[5]), sys.argv[6], sys.argv[7], "/submission")


def run(cpu, memory, processes, file_kb, seed, checks, mode, submission):
    """The checks in the folder checks on a copy of the files in submission; observations go to descriptor 3."""
    global _channel
    _channel = os.fdopen(3, "w", encoding="utf-8")
    os.set_inheritable(3, False)
    builtins._skilltree = _THIS
    builtins._skilltree_names = names
    sys.setrecursionlimit(4000)
    sys.path[0:0] = [os.getcwd(), checks]
    _emit({"t": "start"})
    try:
        copy_submission(submission)
        set_limits(cpu, memory, processes, file_kb)
        if mode == "workload":
            _emit({"t": "workload", "stdin": __import__("grade").workload(random.Random(seed))})
        for file in sorted(os.listdir(checks)) if mode == "checks" else []:
            if file.startswith("test") and file.endswith(".py"):
                _run_module(__import__(file[:-3]), seed)
    except MemoryError:
        _emit({"t": "load", "error": "MemoryError while loading the code", "limit": "memory"})
    except BaseException as error:  # a syntax or import error in the learner's files: no check ran
        sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
        if isinstance(error, SystemExit):
            raise
        _emit({"t": "load", "error": _cap("".join(traceback.format_exception_only(type(error), error)).strip())})
    _emit({"t": "end", "seeded": Seeded.used})
    _channel.close()


if __name__ == "__main__":
    main()
