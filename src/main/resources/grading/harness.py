"""skilltree test harness: runs a challenge's hidden unittest files against the learner's files.

Protocol (see docs/grading-security.md): the first line of stdin is a per-run nonce; limits arrive as
arguments; the result is one JSON document written to file descriptor 3 together with the nonce. The learner's
code runs in this process, after the limits are set and stdin is closed.
"""
import io
import json
import os
import resource
import sys
import time
import traceback
import unittest

CAP = 4096


def cap(text):
    data = text.encode("utf-8", "replace")
    return text if len(data) <= CAP else data[: CAP - 3].decode("utf-8", "ignore") + "..."


class Recorder(unittest.TestResult):
    """Records each test with its status, message, duration and captured output, in file order."""

    def __init__(self):
        super().__init__()
        self.records = []
        self._start = 0.0
        self._buffer = None
        self._saved = None

    def startTest(self, test):
        super().startTest(test)
        self._buffer = io.StringIO()
        self._saved = (sys.stdout, sys.stderr)
        sys.stdout = sys.stderr = self._buffer
        self._start = time.perf_counter()

    def _finish(self, test, status, message=""):
        duration = time.perf_counter() - self._start
        sys.stdout, sys.stderr = self._saved
        self.records.append({
            "name": test.id().split(".", 1)[-1],
            "status": status,
            "message": cap(message),
            "output": cap(self._buffer.getvalue()),
            "duration_ms": round(duration * 1000, 3),
        })

    def addSuccess(self, test):
        self._finish(test, "pass")

    def addFailure(self, test, err):
        self._finish(test, "fail", "".join(traceback.format_exception_only(err[0], err[1])).strip())

    def addError(self, test, err):
        self._finish(test, "error", "".join(traceback.format_exception_only(err[0], err[1])).strip())

    def addSkip(self, test, reason):
        self._finish(test, "skip", reason)


def set_limits(cpu_seconds, memory_mb, processes, file_kb):
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
    resource.setrlimit(resource.RLIMIT_AS, (memory_mb * 1024 * 1024,) * 2)
    resource.setrlimit(resource.RLIMIT_NPROC, (processes,) * 2)
    resource.setrlimit(resource.RLIMIT_FSIZE, (file_kb * 1024,) * 2)
    resource.setrlimit(resource.RLIMIT_NOFILE, (64, 64))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def load_tests(test_dir):
    """Test files in name order, and their tests in the order they are written."""
    loader = unittest.TestLoader()
    loader.sortTestMethodsUsing = None
    suite = unittest.TestSuite()
    sys.path.insert(0, os.getcwd())
    sys.path.insert(1, test_dir)
    for name in sorted(os.listdir(test_dir)):
        if name.startswith("test") and name.endswith(".py"):
            module = __import__(name[:-3])
            cases = loader.loadTestsFromModule(module)
            suite.addTests(sorted(_flatten(cases), key=_line_of))
    return suite


def _flatten(suite):
    for item in suite:
        if isinstance(item, unittest.TestSuite):
            yield from _flatten(item)
        else:
            yield item


def _line_of(test):
    method = getattr(test, test._testMethodName, None)
    code = getattr(method, "__code__", None)
    return (type(test).__module__, code.co_firstlineno if code else 0)


def main():
    cpu, memory, processes, file_kb, test_dir = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
    nonce = sys.stdin.readline().strip()
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    channel = os.fdopen(3, "w")
    os.set_inheritable(3, False)
    sys.setrecursionlimit(4000)
    result = {"version": 3, "nonce": nonce, "status": "error", "message": "", "tests": []}
    recorder = Recorder()
    try:
        set_limits(cpu, memory, processes, file_kb)
        suite = load_tests(test_dir)
        suite.run(recorder)
        statuses = [t["status"] for t in recorder.records]
        result["status"] = "pass" if statuses and all(s in ("pass", "skip") for s in statuses) else "fail"
        if not statuses:
            result["status"], result["message"] = "error", "no tests were found"
        if any(t["message"].startswith("MemoryError") for t in recorder.records):
            result["limit"] = "memory"
        if any(t["message"].startswith("RecursionError") for t in recorder.records):
            result["status"] = "error"
            result["message"] = "RecursionError: maximum recursion depth exceeded"
    except MemoryError:
        result["limit"] = "memory"
        result["message"] = "MemoryError while loading the code"
    except BaseException as error:  # a syntax or import error in the learner's files: no test ran
        sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
        result["message"] = cap("".join(traceback.format_exception_only(type(error), error)).strip())
    result["tests"] = recorder.records
    sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
    channel.write(json.dumps(result))
    channel.close()


if __name__ == "__main__":
    main()
