"""Access-log report. It prints the right report, but it needs far too much memory."""
import sys
from collections import defaultdict


def parse(line):
    time, user, method, path, status, size, latency = line.split()
    return {
        "time": time,
        "user": user,
        "method": method,
        "path": path,
        "status": int(status),
        "bytes": int(size),
        "latency": int(latency),
    }


def load(text):
    return [parse(line) for line in text.splitlines() if line.strip()]


def percentile(sorted_values, p):
    """Nearest rank: the value at 1-based position ceil(p * n / 100) of the sorted values."""
    rank = (p * len(sorted_values) + 99) // 100
    return sorted_values[max(rank, 1) - 1]


def report(records, out):
    by_path = defaultdict(list)
    by_user = defaultdict(list)
    by_hour = defaultdict(list)
    by_status = defaultdict(list)
    for record in records:
        by_path[record["path"]].append(record)
        by_user[record["user"]].append(record)
        by_hour[record["time"][:13]].append(record)
        by_status[record["status"]].append(record)

    out.write(f"requests {len(records)}\n")
    out.write(f"users {len(by_user)}\n")
    out.write(f"bytes {sum(r['bytes'] for r in records)}\n")
    for status in sorted(by_status):
        out.write(f"status {status} {len(by_status[status])}\n")

    out.write("endpoints\n")
    for path in sorted(by_path, key=lambda p: (-len(by_path[p]), p)):
        latencies = sorted(r["latency"] for r in by_path[path])
        errors = sum(1 for r in by_path[path] if r["status"] >= 500)
        out.write(
            f"{path} count {len(latencies)} errors {errors} p50 {percentile(latencies, 50)}"
            f" p95 {percentile(latencies, 95)} max {latencies[-1]}\n"
        )

    out.write("top users\n")
    for user in sorted(by_user, key=lambda u: (-len(by_user[u]), u))[:15]:
        out.write(f"{user} {len(by_user[user])}\n")

    busiest = min(by_hour, key=lambda h: (-len(by_hour[h]), h))
    out.write(f"busiest hour {busiest} {len(by_hour[busiest])}\n")


def main():
    records = load(sys.stdin.read())
    report(records, sys.stdout)


if __name__ == "__main__":
    main()
