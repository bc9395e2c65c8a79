#!/usr/bin/env bash
# Grading benchmark: a trivial 3-test challenge, graded through the HTTP API of the embedded server with the real
# sandbox (the submission and, once per challenge version, the reference), against bare runs of the same files by the
# same interpreter with the same flags (`python3 -I -S -B`, unittest discovery) in the same run (driver: scripts/bench_grading.py).
# Prints p50/p99 from submit to verdict (one at a time) and throughput with all workers busy.
# CHALLENGE=SLUG grades a built-in challenge's reference instead (e.g. CHALLENGE=kv-server COUNT=20, a scenario), without
# the bare comparison. Targets on a 2-core machine: p50 overhead over bare Python <= 30 ms; throughput >= 80% of bare.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/server.sh
source scripts/lib/server.sh
port="${PORT:-18090}"
count="${COUNT:-200}"
data="$(mktemp -d)"
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$data"' EXIT

python="$(python3 -c 'import sys; print(sys.executable)')"
# One learner sends the whole burst: the per-learner cap (3 in flight by default) is raised to the burst's size.
SKILLTREE_GRADING_MAX_IN_FLIGHT="$count" start_server "$port" "$data"
grep -o 'Grading: .*' "$data/server.log" | head -1
workers="$(sed -n 's/.*threads=\([0-9]*\).*/\1/p' "$data/server.log" | head -1)"
workers="${workers:-$(nproc)}"

# The first account is the admin; it imports the challenge and submits.
password="grading load test 2026"
curl -fs -H 'Content-Type: application/json' -d "{\"username\":\"bench\",\"password\":\"$password\"}" \
  "$base/api/v1/auth/register" >/dev/null
token="$(curl -fs -H 'Content-Type: application/json' -d "{\"username\":\"bench\",\"password\":\"$password\"}" \
  "$base/api/v1/auth/token" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')"

files="$("$python" - "$data/challenge.zip" <<'PY'
import json, sys, zipfile
challenge = """---
slug: bench-trivial
title: {zh: 基准题, en: Benchmark}
nodes: [basics-functions]
difficulty: beginner
estimate: 1
kind: unit
limits: {cpu: 2, wall: 5, memory: 256, processes: 8, output: 64}
---
## zh

写 `add(a, b)`。

## en

Write `add(a, b)`.
"""
solution = "def add(a, b):\n    return a + b\n"
tests = """import unittest
from solution import add


class AddTest(unittest.TestCase):
    def test_small(self):
        self.assertEqual(add(1, 2), 3)

    def test_negative(self):
        self.assertEqual(add(-1, -2), -3)

    def test_strings(self):
        self.assertEqual(add("a", "b"), "ab")
"""
with zipfile.ZipFile(sys.argv[1], "w") as z:
    z.writestr("challenge.md", challenge)
    z.writestr("starter/solution.py", solution)
    z.writestr("tests/test_add.py", tests)
    z.writestr("reference/solution.py", solution)
print(json.dumps({"starter": {"solution.py": solution}, "tests": {"test_add.py": tests}}))
PY
)"
curl -fs -H "Authorization: Bearer $token" -H 'Content-Type: application/zip' --data-binary "@$data/challenge.zip" \
  "$base/api/v1/challenges" >/dev/null
slug=bench-trivial
if [ -n "${CHALLENGE:-}" ]; then # a built-in challenge instead (e.g. kv-server, a scenario), submitting its reference
  slug="$CHALLENGE"
  files="$("$python" - "src/main/resources/content/challenges/$slug/reference" <<'PY'
import json, pathlib, sys
root = pathlib.Path(sys.argv[1])
print(json.dumps({"starter": {str(p.relative_to(root)): p.read_text() for p in sorted(root.rglob("*")) if p.is_file()},
                  "tests": {}}))
PY
)"
fi

SLUG="$slug" BARE="$([ "$slug" = bench-trivial ] && echo 1 || echo 0)" SERVER_PID="$server" \
  "$python" scripts/bench_grading.py "$base" "$token" "$python" "$workers" "$count" "$files"
