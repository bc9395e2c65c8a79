"""Access-log report in one pass over the input, keeping only what the report needs."""
import sys
from array import array
from collections import Counter


def percentile(sorted_values, p):
    """Nearest rank: the value at 1-based position ceil(p * n / 100) of the sorted values."""
    rank = (p * len(sorted_values) + 99) // 100
    return sorted_values[max(rank, 1) - 1]


def main():
    requests = 0
    total_bytes = 0
    latencies = {}       # path -> array of latencies (4 bytes each instead of a list of int objects)
    errors = Counter()   # path -> requests with status >= 500
    users = Counter()    # user -> requests; one interned key per user, not one record per request
    hours = Counter()
    statuses = Counter()
    for line in sys.stdin:
        fields = line.split()
        if not fields:
            continue
        time, user, _method, path, status, size, latency = fields
        requests += 1
        total_bytes += int(size)
        status = int(status)
        statuses[status] += 1
        users[user] += 1
        hours[time[:13]] += 1
        values = latencies.get(path)
        if values is None:
            values = latencies[path] = array("l")
        values.append(int(latency))
        if status >= 500:
            errors[path] += 1

    out = sys.stdout
    out.write(f"requests {requests}\n")
    out.write(f"users {len(users)}\n")
    out.write(f"bytes {total_bytes}\n")
    for status in sorted(statuses):
        out.write(f"status {status} {statuses[status]}\n")

    out.write("endpoints\n")
    for path in sorted(latencies, key=lambda p: (-len(latencies[p]), p)):
        values = sorted(latencies[path])
        out.write(
            f"{path} count {len(values)} errors {errors[path]} p50 {percentile(values, 50)}"
            f" p95 {percentile(values, 95)} max {values[-1]}\n"
        )

    out.write("top users\n")
    for user in sorted(users, key=lambda u: (-users[u], u))[:15]:
        out.write(f"{user} {users[user]}\n")

    busiest = min(hours, key=lambda h: (-hours[h], h))
    out.write(f"busiest hour {busiest} {hours[busiest]}\n")


if __name__ == "__main__":
    main()
