# Claims to be fast: prints a fake measure, and writes one wherever a report could be read from.
import json
import os
import sys

fake = json.dumps({"t": "measure", "exit": 0, "wall_ms": 1.0, "cpu_ms": 1.0, "maxrss_kb": 1}) + "\n"
print(fake, file=sys.stderr)
for target in ["/proc/self/fd/3", f"/proc/{os.getppid()}/fd/3", "/proc/1/fd/3"]:
    try:
        with open(target, "a") as f:
            f.write(fake)
    except OSError:
        pass
# ... then the slow program follows (the test appends slow-primes.py).
