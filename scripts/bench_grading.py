"""Driver for bench-grading.sh (standard library only).

Warm-up (unmeasured), then:
1. latency: COUNT submissions one after another through the HTTP API, each timed from the POST until the verdict
   arrives on its server-sent event stream; then COUNT bare runs of the same files by the same interpreter with the
   same flags (`python -I -S -B`, unittest discovery, one process each);
2. throughput: COUNT submissions at once (every worker busy) against COUNT bare runs, WORKERS at a time.
"""
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

base, token, python, workers, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
files = json.loads(sys.argv[6])
server_pid = int(os.environ.get("SERVER_PID", "0"))
# SLUG names a built-in challenge graded with its reference (bench-grading.sh CHALLENGE=...); there is no bare
# equivalent of a scenario's harness, so BARE=0 leaves the comparison out.
slug = os.environ.get("SLUG", "bench-trivial")
compare = os.environ.get("BARE", "1") != "0"


def request(method, path, body=None, accept="application/json"):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method, headers={
        "Authorization": "Bearer " + token, "Content-Type": "application/json", "Accept": accept})
    return urllib.request.urlopen(req, timeout=120)


def submit_and_wait():
    """Seconds from POST to the finished event, and the verdict."""
    start = time.perf_counter()
    with request("POST", f"/api/v1/challenges/{slug}/submissions", {"files": files["starter"]}) as response:
        location = response.headers["Location"]
    with request("GET", location + "/events", accept="text/event-stream") as stream:
        for raw in stream:
            line = raw.decode().strip()
            if line.startswith("data:"):
                event = json.loads(line[5:])
                if event["status"] == "finished":
                    return time.perf_counter() - start, event["verdict"]
    raise SystemExit("the event stream ended before the verdict")


def burst(n):
    """n submissions at once; their verdicts."""
    verdicts, lock = [], threading.Lock()

    def one():
        _, verdict = submit_and_wait()
        with lock:
            verdicts.append(verdict)

    started = [threading.Thread(target=one) for _ in range(n)]
    for t in started:
        t.start()
    for t in started:
        t.join()
    return verdicts


# The floor: the same tests, the same interpreter and flags as the sandboxed runs (-I -S -B), in one process.
BARE = [python, "-I", "-S", "-B", "-c",
        "import sys, unittest; sys.path.insert(0, ''); unittest.main(module=None, argv=['bare', 'discover', '-q'])"]


def bare_dir():
    folder = tempfile.mkdtemp(prefix="bench-bare-")
    for name, text in {**files["starter"], **files["tests"]}.items():
        with open(os.path.join(folder, name), "w") as out:
            out.write(text)
    return folder


def bare_run(folder):
    start = time.perf_counter()
    done = subprocess.run(BARE, cwd=folder, capture_output=True)
    if done.returncode != 0:
        raise SystemExit("bare run failed: " + done.stderr.decode())
    return time.perf_counter() - start


def bare_parallel(folder, n, width):
    pending, lock = list(range(n)), threading.Lock()

    def worker():
        while True:
            with lock:
                if not pending:
                    return
                pending.pop()
            bare_run(folder)

    started = [threading.Thread(target=worker) for _ in range(width)]
    for t in started:
        t.start()
    for t in started:
        t.join()


def server_cpu():
    """User+system seconds of the server process itself (its sandboxes are children and not counted)."""
    if not server_pid:
        return 0.0
    fields = open(f"/proc/{server_pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def ms(seconds):
    return f"{seconds * 1000:7.1f} ms"


def compiler_cpu():
    """CPU seconds the server's JIT compiler threads have used so far (0 when not measurable)."""
    if not server_pid:
        return 0.0
    total = 0.0
    for tid in os.listdir(f"/proc/{server_pid}/task"):
        try:
            raw = open(f"/proc/{server_pid}/task/{tid}/stat").read()
        except OSError:
            continue
        if "CompilerThre" in raw[raw.index("(") + 1:raw.rindex(")")]:
            fields = raw.rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


# Warm-up, unmeasured: bursts of submissions until the server's JIT has settled (compiler threads under 10% of a
# burst's wall time; at most 8 bursts). Measured too early, C2 alone takes half of the server's CPU.
folder = bare_dir() if compare else None
for _ in range(min(20, count)):
    submit_and_wait()
    if compare:
        bare_run(folder)
for bursts in range(1, int(os.environ.get("MAX_WARMUP", "8")) + 1):
    jit_before, started = compiler_cpu(), time.perf_counter()
    burst(count)
    jit, wall = compiler_cpu() - jit_before, time.perf_counter() - started
    print(f"  warm-up burst {bursts}: {count / wall:.1f} verdicts/s, JIT compiler CPU {jit:.2f} s", flush=True)
    if jit < 0.1 * wall:
        break
print(f"warm-up: {bursts} burst(s) of {count}; JIT compiler CPU in the last one {jit:.2f} s of {wall:.2f} s")

graded, verdicts = [], set()
for _ in range(count):
    seconds, verdict = submit_and_wait()
    graded.append(seconds)
    verdicts.add(verdict)
bare = [bare_run(folder) for _ in range(count)] if compare else []
if verdicts != {"PASSED"}:
    raise SystemExit(f"unexpected verdicts: {verdicts}")

print(f"latency, {count} submissions one at a time (submit -> verdict over HTTP + SSE):")
print(f"  skilltree      p50 {ms(percentile(graded, 50))}   p99 {ms(percentile(graded, 99))}")
if compare:
    print(f"  bare unittest  p50 {ms(percentile(bare, 50))}   p99 {ms(percentile(bare, 99))}")
    print(f"  p50 overhead   {ms(percentile(graded, 50) - percentile(bare, 50))}   (target <= 30 ms)")

cpu_before, client_before = server_cpu(), os.times()
start = time.perf_counter()
results = burst(count)
graded_wall = time.perf_counter() - start
server_used, client_used = server_cpu() - cpu_before, sum(os.times()[:2]) - sum(client_before[:2])
if set(results) != {"PASSED"} or len(results) != count:
    raise SystemExit(f"unexpected verdicts under load: {set(results)}")

print(f"throughput, {count} submissions of {slug} at once ({workers} workers):")
print(f"  skilltree      {count / graded_wall:6.2f} verdicts/s   ({graded_wall:.2f} s; server CPU {server_used:.2f} s,"
      f" this client {client_used:.2f} s)")
if compare:
    start = time.perf_counter()
    bare_parallel(folder, count, workers)
    bare_wall = time.perf_counter() - start
    print(f"  bare unittest  {count / bare_wall:6.1f} runs/s       ({bare_wall:.2f} s, {workers} at a time)")
    print(f"  ratio          {bare_wall / graded_wall * 100:5.1f}% of bare   (target >= 80%)")
