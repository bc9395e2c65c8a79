"""skilltree warm runner: keeps one interpreter, with the runner and the test framework already imported, in a
long-lived sandbox of one grading slot, and forks a fresh child for each learner's unit run.

It runs no learner code itself and decides nothing: what a run observed goes back to the grader as the runner wrote
it. It is the sandbox's first process (pid 1: no run can signal it) and non-dumpable. For each request it forks a
handler, so that nothing of a run ever passes through its own memory, from which the next run is forked. The handler
forks the run's child, which drops to the run's uid, takes the run's own pipes as its standard output, standard
error and report descriptor (3), closes everything else, and runs the runner's checks on the files under /inbox/RUN.
The handler pumps the pipes under the output cap and enforces the wall clock. When the run ends it kills every
process the run left, empties /work, /tmp and /dev/shm, checks that no System V IPC object or socket is left, and
only then answers and ends: the next run, a different learner's, starts from a sandbox in which nothing of this one
is left. If it cannot make sure of that, it says so, and the grader discards the sandbox.

Arguments: the runtime folder, the runs' uid (warm sandboxes exist only where the server runs as root). Requests and answers: one JSON line each, on standard input and output.
"""
import os
import sys

sys.path.insert(0, sys.argv[1])
import runner  # noqa: E402  (the runner's module, with unittest and everything it imports, loaded once here)

sys.path.remove(sys.argv[1])
# What a run finds imported, as in a runner started on its own: the runner itself (there the main module) and the
# modules below are this process's, and a run that imports one of them (or has a file of the same name) loads it
# afresh.
RUNNER_MODULES = frozenset(sys.modules) - {"runner"}

import ctypes  # noqa: E402
import gc  # noqa: E402
import json  # noqa: E402
import selectors  # noqa: E402
import signal  # noqa: E402
import time  # noqa: E402

PR_SET_DUMPABLE = 4
PR_SET_CHILD_SUBREAPER = 36
WORK_FOLDERS = ("/work", "/tmp", "/dev/shm")
SWEEP_SECONDS = 5


def serve(uid):
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
    requests = os.fdopen(os.dup(0), "r", encoding="utf-8")
    answers = os.fdopen(os.dup(1), "w", encoding="utf-8")
    null = os.open("/dev/null", os.O_RDWR)
    os.dup2(null, 0)
    os.dup2(null, 1)
    os.close(null)
    gc.freeze()  # the children's collections leave this process's objects, and so their shared pages, alone
    _answer(answers, {"ready": True})
    for line in requests:
        # Each run is handled by a process of its own, forked before this one holds anything of a run: what the run
        # prints and reports passes through the handler's memory only, which ends with it, and the next run is forked
        # from a process that never held it. As the sandbox's first process (bubblewrap's --as-pid-1), this one is
        # spared by the handler's kill(-1), cannot be signalled by any run, and is the only one with the grader's pipes.
        handler = os.fork()
        if handler == 0:
            code = 1
            try:
                libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
                _answer(answers, run(json.loads(line), uid))
                code = 0
            finally:
                os._exit(code)
        if os.waitstatus_to_exitcode(os.waitpid(handler, 0)[1]) != 0:
            _answer(answers, {"lost": True})  # the grader discards this sandbox
        _reap()


def _answer(answers, record):
    answers.write(json.dumps(record, ensure_ascii=False) + "\n")
    answers.flush()


def run(request, uid):
    pipes = {name: os.pipe() for name in ("stdout", "stderr", "result")}
    start = time.monotonic()
    pid = os.fork()
    if pid == 0:
        _child(request, uid, {name: ends[1] for name, ends in pipes.items()})
    for _, write_end in pipes.values():
        os.close(write_end)
    readers = {ends[0]: name for name, ends in pipes.items()}
    caps = {"stdout": request["outputCap"], "stderr": request["outputCap"], "result": request["resultCap"]}
    kept = {name: bytearray() for name in caps}
    outcome = _pump(pid, readers, kept, caps, start + request["wallMs"] / 1000)
    outcome["wallMs"] = round((time.monotonic() - start) * 1000)
    outcome["swept"] = sweep()
    for fd, name in readers.items():  # the writers are gone: what is left in the pipes, under the caps
        os.set_blocking(fd, False)
        try:
            while len(kept[name]) < caps[name] and (data := os.read(fd, 65536)):
                kept[name] += data[: caps[name] - len(kept[name])]
        except BlockingIOError:  # a writer survived the sweep, which says so
            pass
        os.close(fd)
    return outcome | {name: bytes(data).decode("utf-8", "replace") for name, data in kept.items()}


def _child(request, uid, ends):
    """The run's process: it becomes the runner, as the run's uid, and never returns to the serving loop."""
    code = 1
    try:
        os.dup2(os.open("/dev/null", os.O_RDONLY), 0)
        os.dup2(ends["stdout"], 1)
        os.dup2(ends["stderr"], 2)
        os.dup2(ends["result"], 3)
        os.closerange(4, 65536)
        _become(uid)
        for name in set(sys.modules) - RUNNER_MODULES:
            del sys.modules[name]
        os.chdir("/work")
        folder = os.path.join("/inbox", request["run"])
        checks = os.path.join(folder, "checks")
        sys.modules["__main__"] = runner  # what a fresh runner's checks find as __main__, and its arguments
        sys.argv = [runner.__file__, *map(str, request["limits"]), str(request["seed"]), checks, "checks"]
        runner.run(*request["limits"], request["seed"], checks, "checks", os.path.join(folder, "submission"))
        code = 0
    except SystemExit as error:
        code = _exit_status(error.code)
    except BaseException:  # what the interpreter would print for an uncaught error, then its status
        import traceback

        traceback.print_exc()
    finally:
        code = _finish(code)
        os._exit(code)


def _exit_status(code):
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    print(code, file=sys.stderr)
    return 1


def _finish(code):
    """What the interpreter does at exit: wait for the run's non-daemon threads, run atexit functions, flush."""
    try:
        if "threading" in sys.modules:
            sys.modules["threading"]._shutdown()
        import atexit

        atexit._run_exitfuncs()
        sys.stdout.flush()
        sys.stderr.flush()
    except SystemExit as error:
        return _exit_status(error.code)
    except BaseException:
        return code or 1
    return code


def _become(uid):
    """Leaves uid 0 for the run's uid, which takes every capability away (the sandbox forbids getting new ones)."""
    number = int(uid)
    os.setgroups([])
    os.setresgid(number, number, number)
    os.setresuid(number, number, number)


def _pump(pid, readers, kept, caps, deadline):
    """Reads the run's pipes until the runner exits, the wall clock runs out or the output passes its cap."""
    pidfd = os.pidfd_open(pid)
    selector = selectors.DefaultSelector()
    for fd in readers:
        selector.register(fd, selectors.EVENT_READ)
    selector.register(pidfd, selectors.EVENT_READ)
    status, timed_out, exceeded, overflow = None, False, False, False
    while status is None and not (exceeded or overflow):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            timed_out = True
            break
        for key, _ in selector.select(remaining):
            if key.fd == pidfd:
                status = os.waitpid(pid, 0)[1]
                break
            name = readers[key.fd]
            data = os.read(key.fd, 65536)
            if not data:
                selector.unregister(key.fd)
                continue
            room = caps[name] - len(kept[name])
            kept[name] += data[: max(room, 0)]
            if len(data) > room:
                exceeded |= name != "result"
                overflow |= name == "result"
    selector.close()
    os.close(pidfd)
    if status is None:
        os.kill(pid, signal.SIGKILL)
        status = os.waitpid(pid, 0)[1]
    if overflow:
        code = 128 + signal.SIGXFSZ  # what the file-size limit does to a run whose report is too long
    else:
        code = 128 + os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
    return {"exit": code, "timedOut": timed_out, "outputExceeded": exceeded}


def sweep():
    """Kills what the run left, empties its folders and checks that it left no IPC object or socket; True when all is
    clean. This process keeps the capabilities to kill and delete what belongs to the run's uid. A socket left (a
    connection in TIME_WAIT, one passed around to outlive its process) would hold a port or a name the next run may
    want, so it too makes the grader discard the sandbox."""
    try:
        return (_kill_everything_but_me() and all(_empty(folder) for folder in WORK_FOLDERS)
                and not _rows(f"/proc/sysvipc/{kind}" for kind in ("shm", "sem", "msg"))
                and not _rows(f"/proc/net/{kind}" for kind in ("tcp", "tcp6", "udp", "udp6", "unix")))
    except (OSError, RecursionError):
        return False


def _reap():
    """Reaps the run's processes that have died (orphans come to this subreaper)."""
    while True:
        try:
            if os.waitpid(-1, os.WNOHANG)[0] == 0:
                return
        except ChildProcessError:
            return


def _kill_everything_but_me():
    """SIGKILL to every other process in the sandbox but its init, until none is left. One kill(-1) reaches them all
    at once, and a process with SIGKILL pending cannot fork, so no new one appears while they die."""
    me = os.getpid()
    deadline = time.monotonic() + SWEEP_SECONDS
    while time.monotonic() < deadline:
        try:
            os.kill(-1, signal.SIGKILL)
        except ProcessLookupError:
            pass
        _reap()
        if not any(int(pid) not in (1, me) for pid in os.listdir("/proc") if pid.isdigit()):
            return True
        time.sleep(0.001)
    return False


def _empty(folder):
    """Deletes everything in folder; True when done."""
    with os.scandir(folder) as entries:
        for entry in list(entries):
            if entry.is_dir(follow_symlinks=False):
                os.chmod(entry.path, 0o700)
                _empty(entry.path)
                os.rmdir(entry.path)
            else:
                os.unlink(entry.path)
    return True


def _rows(tables):
    """How many entries the kernel's tables list, each under a header line."""
    count = 0
    for path in tables:
        with open(path) as table:
            count += len(table.readlines()) - 1
    return count

if __name__ == "__main__":
    serve(sys.argv[2])
