"""skilltree scenario supervisor: runs a fault or service challenge's trusted grade.py against the learner's programs.

It is the first process of the outer sandbox, which has its own network namespace and holds grade.py (/grade). It
runs grade.py's scenario(ctl) in this process and starts each learner program in an inner sandbox of its own: a
nested bubblewrap with a new PID namespace, only the learner's files (/work, kept across restarts) and the system,
sharing the network namespace so that grade.py reaches the program on loopback. The learner's processes cannot see
this process, grade.py or descriptor 3; all they can do is behave. grade.py decides each check from what it observed
itself, never from what the programs report.

Arguments: uid (or -), cpu seconds, memory MB, processes, file KB. Report: JSON lines on descriptor 3.
"""
import ctypes
import importlib
import json
import os
import resource
import shutil
import signal
import socket
import subprocess
import sys
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # the supervisors' own helpers; no learner code here
from proctree import descendants  # noqa: E402

PR_SET_DUMPABLE = 4
STATE = "/tmp/state"


class Program:
    """One learner program in its inner sandbox, as grade.py sees it."""

    def __init__(self, name, process, log):
        self.name, self.process, self.log = name, process, log

    @property
    def running(self):
        return self.process.poll() is None

    def kill(self, sig=signal.SIGKILL):
        """Sends sig to every process of the program's inner sandbox, the program's own included (bubblewrap does not
        pass signals on); after SIGKILL, returns once they are all gone."""
        if not self.running:
            return
        pids = descendants(self.process.pid) | {self.process.pid}
        for pid in pids:
            try:
                os.kill(pid, sig)
            except OSError:
                pass
        if sig == signal.SIGKILL:
            self.process.wait()
            deadline = time.monotonic() + 5
            while any(_alive(pid) for pid in pids) and time.monotonic() < deadline:
                time.sleep(0.005)

    def wait(self, timeout=None):
        return self.process.wait(timeout)

    def output(self, limit=2000):
        with open(self.log, "rb") as f:
            data = f.read()
        return data[-limit:].decode("utf-8", "replace")


class Control:
    """What grade.py's scenario(ctl) is given: start and kill programs, log the timeline, record checks."""

    def __init__(self, uid, limits, seed):
        self.uid, self.limits, self.start_time = uid, limits, time.monotonic()
        self.programs = []
        import random
        self.rng = random.Random(seed)

    def ms(self):
        return round((time.monotonic() - self.start_time) * 1000)

    def event(self, text):
        _emit({"t": "event", "ms": self.ms(), "text": str(text)[:500]})

    def check(self, name, ok, message=""):
        """Records one check; its message (a figure, or what went wrong) is shown whether it holds or not."""
        _emit({"t": "check", "name": str(name), "status": "pass" if ok else "fail",
               "message": str(message)[:2000]})
        return ok

    def start(self, name, argv):
        """Starts `python <argv...>` from the learner's files, in a new inner sandbox; /work survives restarts."""
        log = os.path.join("/tmp", f"{name}-{len(self.programs)}.log")
        out = open(log, "wb")
        process = subprocess.Popen(
            _inner(self.uid, argv), stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
            preexec_fn=lambda: _limit(self.limits), close_fds=True)
        out.close()
        program = Program(name, process, log)
        self.programs.append(program)
        self.event(f"started {name}")
        return program

    def kill(self, program, sig=signal.SIGKILL):
        self.event(f"{signal.Signals(sig).name} {program.name}")
        program.kill(sig)

    def connect(self, port, timeout=5.0):
        """A connection to the program's port on loopback, retried until it listens or the timeout passes."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                return socket.create_connection(("127.0.0.1", port), timeout=timeout)
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.02)


def _alive(pid):
    """Whether the process still runs (a zombie has already closed its sockets and files)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _inner(uid, argv):
    prefix = os.path.realpath(sys.base_prefix)
    args = ["bwrap", "--unshare-pid", "--unshare-ipc", "--unshare-uts", "--die-with-parent", "--new-session",
            "--clearenv", "--setenv", "PATH", "/usr/bin:/bin", "--setenv", "HOME", "/work", "--setenv", "LANG",
            "C.UTF-8", "--setenv", "PYTHONIOENCODING", "utf-8", "--setenv", "PYTHONDONTWRITEBYTECODE", "1",
            "--ro-bind", "/usr", "/usr"]
    for path in ("/bin", "/lib", "/lib64", "/lib32"):
        if os.path.exists(path):
            args += ["--ro-bind", path, path]
    if not prefix.startswith("/usr"):  # its parents traversable, so the program's uid can start it again
        parents = []
        parent = os.path.dirname(prefix)
        while parent not in ("/", ""):
            parents.insert(0, parent)
            parent = os.path.dirname(parent)
        for parent in parents:
            args += ["--perms", "0755", "--dir", parent]
        args += ["--ro-bind", prefix, prefix]
    # /dev/shm and /tmp writable by the program's uid, sticky as on a host (multiprocessing's locks and shared memory).
    args += ["--proc", "/proc", "--dev", "/dev", "--perms", "1777", "--size", str(64 * 1024 * 1024), "--tmpfs",
             "/dev/shm", "--perms", "1777", "--size", str(64 * 1024 * 1024), "--tmpfs", "/tmp", "--bind", STATE,
             "/work", "--chdir", "/work"]
    # -E -s rather than -I: the program's folder stays first on sys.path, so it imports its sibling files.
    command = [os.path.realpath(sys.executable), "-E", "-s", "-S", "-B", *argv]
    if uid != "-":
        args += ["--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID", "/usr/bin/setpriv", f"--reuid={uid}",
                 f"--regid={uid}", "--clear-groups", "--inh-caps=-all", "--bounding-set=-all"]
    return args + command


def _limit(limits):
    cpu, memory, processes, file_kb = limits
    os.setsid()
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    resource.setrlimit(resource.RLIMIT_AS, (memory * 1024 * 1024,) * 2)
    resource.setrlimit(resource.RLIMIT_NPROC, (processes,) * 2)
    resource.setrlimit(resource.RLIMIT_NOFILE, (1024, 1024))
    resource.setrlimit(resource.RLIMIT_FSIZE, (file_kb * 1024,) * 2)
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


_channel = None


def _emit(record):
    _channel.write(json.dumps(record, ensure_ascii=False) + "\n")
    _channel.flush()


def main():
    global _channel
    uid = sys.argv[1]
    limits = tuple(int(a) for a in sys.argv[2:6])
    seed = int(sys.argv[6])
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
    _channel = os.fdopen(3, "w", encoding="utf-8")
    os.set_inheritable(3, False)
    _emit({"t": "start"})
    shutil.copytree("/submission", STATE, dirs_exist_ok=True)
    if uid != "-":
        for root, dirs, files in os.walk(STATE):
            for name in [root, *(os.path.join(root, f) for f in dirs + files)]:
                os.chown(name, int(uid), int(uid))
    sys.path.insert(0, "/grade")
    ctl = Control(uid, limits, seed)
    try:
        importlib.import_module("grade").scenario(ctl)
    except Exception as error:
        ctl.check("scenario", False, "the scenario stopped: " + "".join(
            traceback.format_exception_only(type(error), error)).strip())
    finally:
        for program in ctl.programs:
            program.kill()
    _emit({"t": "end", "ms": ctl.ms()})
    _channel.close()


if __name__ == "__main__":
    main()
