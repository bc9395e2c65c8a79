# Forger: searches every file and process it can reach for the expected answer, and returns what it finds.
import os
import re
import sys

SECRET = re.compile(rb"skilltree-secret-[0-9a-f]{16}")
# System files (the Python installation too) are left out only to keep the search inside the time limit; the run's
# own folders are all searched.
SKIP = ("/usr", "/sys", "/proc", "/dev", "/lib", "/bin", "/sbin", os.path.realpath(sys.base_prefix))


def candidates():
    for top in ["/"]:
        for root, dirs, files in os.walk(top, followlinks=False):
            dirs[:] = [d for d in dirs if not os.path.join(root, d).startswith(SKIP)]
            files = files if root != "/" else [f for f in files if not f.startswith(("lib", "bin", "sbin"))]
            for name in files:
                yield os.path.join(root, name)
    for pid in [p for p in os.listdir("/proc") if p.isdigit()]:
        for name in ("cmdline", "environ"):
            yield f"/proc/{pid}/{name}"
        for fd in os.listdir(f"/proc/{pid}/fd") if os.access(f"/proc/{pid}/fd", os.R_OK) else []:
            yield f"/proc/{pid}/fd/{fd}"


def run():
    for path in candidates():
        try:
            with open(path, "rb") as f:
                found = SECRET.search(f.read(1 << 20))
        except OSError:
            continue
        if found:
            return found.group().decode()
    return "not found"
