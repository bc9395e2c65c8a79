"""skilltree measuring supervisor: runs one program as its child and measures it from outside.

It is the first process the sandbox starts and runs no learner code itself. It makes itself non-dumpable, so the
program cannot trace it or read its memory or descriptors through /proc; it keeps the report descriptor (3) from
the child; and when given a uid it drops the child to that uid, so the child cannot even signal it. It is a
subreaper: every process the program leaves behind becomes its child, is killed when the program ends, and is
reaped and counted. The figures are the kernel's: wall time from fork to the program's end; CPU time and the
largest single peak resident set (ru_maxrss) over every reaped process; and, sampled every few milliseconds, the
resident memory of all the sandbox's processes together. The memory figure is the larger of the two.

Arguments: uid (or -), cpu seconds, memory MB, processes, file KB, input file, the program and its arguments.
Report: one JSON line on descriptor 3.
"""
import ctypes
import json
import os
import resource
import shutil
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # the supervisors' own helpers; no learner code here
from proctree import descendants, parents  # noqa: E402

PR_SET_DUMPABLE = 4
PR_SET_CHILD_SUBREAPER = 36
SAMPLE_SECONDS = 0.005


def copy_submission():
    """Inside bubblewrap the learner's files are mounted read-only at /submission; the run works on a copy in /work."""
    if os.getcwd() == "/work" and os.path.isdir("/submission"):
        for name in os.listdir("/submission"):  # entry by entry: /work itself belongs to the sandbox, not the run
            source = os.path.join("/submission", name)
            (shutil.copytree if os.path.isdir(source) else shutil.copy)(source, os.path.join("/work", name))


def child(uid, cpu, memory, processes, file_kb, stdin_path, program):
    try:
        os.dup2(os.open(stdin_path, os.O_RDONLY), 0)
        os.closerange(3, 4096)
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
        resource.setrlimit(resource.RLIMIT_AS, (memory * 1024 * 1024,) * 2)
        resource.setrlimit(resource.RLIMIT_NPROC, (processes,) * 2)
        resource.setrlimit(resource.RLIMIT_FSIZE, (file_kb * 1024,) * 2)
        resource.setrlimit(resource.RLIMIT_NOFILE, (64, 64))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        if uid != "-":
            # setpriv changes the uid as the unit runner's does, keeping the capabilities that let it reach the
            # interpreter until the exec, which drops them all.
            program = ["/usr/bin/setpriv", f"--reuid={uid}", f"--regid={uid}", "--clear-groups", "--inh-caps=-all",
                       "--bounding-set=-all", *program]
        os.execv(program[0], program)
    except BaseException as error:
        os.write(2, f"skilltree: cannot start the program: {error}\n".encode())
    os._exit(127)


def tree_rss_kb(me):
    """Resident memory of this process's descendants together, in KB."""
    total = 0
    for pid in descendants(me):
        try:
            with open(f"/proc/{pid}/statm") as statm:
                total += int(statm.read().split()[1]) * PAGE_KB
        except (OSError, IndexError, ValueError):
            pass
    return total


PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


def children(me):
    """This process's children: as a subreaper it inherits every orphan, so killing these in turn ends them all."""
    return [pid for pid, parent in parents().items() if parent == me]


def main():
    uid, (cpu, memory, processes, file_kb), stdin_path, program = (
        sys.argv[1], map(int, sys.argv[2:6]), sys.argv[6], sys.argv[7:])
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
    libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    report = os.fdopen(3, "w")
    os.set_inheritable(3, False)
    me = os.getpid()
    copy_submission()
    start = time.monotonic()
    pid = os.fork()
    if pid == 0:
        child(uid, cpu, memory, processes, file_kb, stdin_path, program)
    ended = {}
    waiter = threading.Thread(target=lambda: ended.update(zip(("pid", "status", "usage"), os.wait4(pid, 0)),
                                                          wall=time.monotonic() - start), daemon=True)
    waiter.start()
    tree_peak = 0
    while waiter.is_alive():
        tree_peak = max(tree_peak, tree_rss_kb(me))
        waiter.join(SAMPLE_SECONDS)
    status, wall, usage = ended["status"], ended["wall"], ended["usage"]
    cpu_seconds, peak = usage.ru_utime + usage.ru_stime, usage.ru_maxrss
    while True:  # whatever the program left behind ends with it, and is counted
        for orphan in children(me):
            try:
                os.kill(orphan, 9)
            except OSError:
                pass
        try:
            _, _, usage = os.wait4(-1, 0)
        except ChildProcessError:
            break
        cpu_seconds += usage.ru_utime + usage.ru_stime
        peak = max(peak, usage.ru_maxrss)
    report.write(json.dumps({
        "t": "measure",
        "exit": os.waitstatus_to_exitcode(status),
        "wall_ms": round(wall * 1000, 3),
        "cpu_ms": round(cpu_seconds * 1000, 3),
        "maxrss_kb": max(peak, tree_peak),
    }) + "\n")
    report.close()


if __name__ == "__main__":
    main()
