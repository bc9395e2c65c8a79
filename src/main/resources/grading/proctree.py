"""The process tree as /proc shows it, for the supervisors (measure.py, scenario.py); never imported by learner code."""
import os


def parents():
    """Every visible process and its parent."""
    found = {}
    for pid in os.listdir("/proc"):
        try:
            with open(f"/proc/{pid}/stat") as stat:
                found[int(pid)] = int(stat.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            pass
    return found


def descendants(root):
    tree, found, frontier = parents(), set(), {root}
    while frontier:
        frontier = {pid for pid, parent in tree.items() if parent in frontier and pid not in found}
        found |= frontier
    return found
