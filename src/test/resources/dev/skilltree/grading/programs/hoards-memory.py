# Correct, but reads every number into a list first; then claims a small peak and tries to stop its supervisor.
import os
import signal
import sys

numbers = [int(line) for line in sys.stdin if line.strip()]
print('{"t": "measure", "exit": 0, "wall_ms": 1, "cpu_ms": 1, "maxrss_kb": 1}', file=sys.stderr)
for sig in (signal.SIGSTOP, signal.SIGKILL):
    try:
        os.kill(os.getppid(), sig)
    except OSError:
        pass
if numbers:
    print(len(numbers), sum(numbers), min(numbers), max(numbers))
else:
    print("0 0 - -")
