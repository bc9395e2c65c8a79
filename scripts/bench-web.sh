#!/usr/bin/env bash
# Web benchmark (wrk, Debian package `wrk`): a signed-in learner against the embedded server, 32 connections
# from one wrk thread for 20 s per target, all in one run on one server:
#   1. the python-advanced roadmap page (dynamic: graph, outline and the learner's statuses);
#   2. a static asset from the same server, for comparison (htmx.min.js);
#   3. progress PUTs through the API (each writes a status and, when it changes, a history row).
# Responses are gzip-compressed, as a browser asks for them. Targets: dynamic/static requests/s >= 0.3 and
# p99 < 50 ms for both dynamic calls.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/server.sh
source scripts/lib/server.sh
command -v wrk >/dev/null || { echo "wrk is missing: sudo apt-get install wrk"; exit 1; }
port="${PORT:-18080}"
duration="${DURATION:-20s}"
data="$(mktemp -d)"
jar="$(mktemp)"
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$data" "$jar"' EXIT

start_server "$port" "$data"

# A learner signs in through the form, as a browser does; the session cookie is then sent by wrk.
password="load test secret 2026"
curl -fs -H 'Content-Type: application/json' -d "{\"username\":\"bench\",\"password\":\"$password\"}" \
  "$base/api/v1/auth/register" >/dev/null
csrf="$(curl -fs -c "$jar" -b "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)"
curl -fs -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=bench" --data-urlencode "password=$password" \
  --data-urlencode "_csrf=$csrf" "$base/login"
# The session cookie is SESSION (sessions live in the database, Spring Session JDBC).
cookie="$(awk '$6 == "SESSION" { print "SESSION=" $7 }' "$jar")"
[ -n "$cookie" ] || { echo "signing in set no SESSION cookie"; exit 1; }
token="$(curl -fs -H 'Content-Type: application/json' -d "{\"username\":\"bench\",\"password\":\"$password\"}" \
  "$base/api/v1/auth/token" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')"
for node in basics-variables ds-lists closures decorators; do
  curl -fs -X PUT -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d '{"status":"done"}' "$base/api/v1/me/progress/python-advanced/$node" >/dev/null
done

page="/roadmaps/python-advanced"
asset="/webjars/htmx.org/2.0.10/dist/htmx.min.js"
size() { curl -s -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: gzip' -b "$cookie" "$base$1"; }
echo "roadmap page: $(size "$page") bytes gzipped; static asset: $(size "$asset") bytes gzipped"
signed_in_page="$(curl -fs -b "$cookie" "$base$page")"
case "$signed_in_page" in *status-done*) ;; *) echo "the page is not the signed-in one"; exit 1 ;; esac

cat >"$data/put.lua" <<LUA
local nodes = {"basics-variables", "ds-lists", "closures", "decorators", "generators", "context-managers"}
local statuses = {"done", "learning", "todo", "skipped"}
local n = 0
request = function()
  n = n + 1
  local path = "/api/v1/me/progress/python-advanced/" .. nodes[(n % #nodes) + 1]
  local body = '{"status":"' .. statuses[(math.floor(n / #nodes) % #statuses) + 1] .. '"}'
  return wrk.format("PUT", path, {["Content-Type"] = "application/json", ["Authorization"] = "Bearer $token"}, body)
end
LUA

run() { # label, then wrk arguments
  local label="$1"; shift
  # One wrk thread: on two cores a second one competes with the server for CPU, and the time its own threads
  # spend descheduled is counted as request latency (p99 in the hundreds of milliseconds even for /actuator/health).
  wrk -t1 -c32 -d"$duration" --latency -H 'Accept-Encoding: gzip' "$@" >"$data/wrk.out"
  local rps p99 non2xx
  rps="$(sed -n 's/^Requests\/sec: *\([0-9.]*\)/\1/p' "$data/wrk.out")"
  p99="$(sed -n 's/^ *99% *\([0-9.]*[a-z]*\)/\1/p' "$data/wrk.out")"
  non2xx="$(sed -n 's/.*Non-2xx or 3xx responses: *\([0-9]*\)/\1/p' "$data/wrk.out")"
  printf '%-28s %10s req/s   p99 %8s   non-2xx %s\n' "$label" "$rps" "$p99" "${non2xx:-0}"
  echo "$rps" >"$data/$label.rps"
}

# Each target first runs unmeasured under the same load, so that the JIT has compiled its path (the first
# seconds at full concurrency otherwise show p99s in the hundreds of milliseconds while C2 is still compiling).
warmup="${WARMUP:-20s}"
echo "warming up for $warmup per target…"
wrk -t1 -c32 -d"$warmup" -H 'Accept-Encoding: gzip' -H "Cookie: $cookie" "$base$page" >/dev/null
wrk -t1 -c32 -d"$warmup" -H 'Accept-Encoding: gzip' "$base$asset" >/dev/null
wrk -t1 -c32 -d"$warmup" -s "$data/put.lua" "$base" >/dev/null
run roadmap-page -H "Cookie: $cookie" "$base$page"
run static-asset "$base$asset"
run progress-put -s "$data/put.lua" "$base"
awk -v d="$(cat "$data/roadmap-page.rps")" -v s="$(cat "$data/static-asset.rps")" \
  'BEGIN { printf "dynamic/static ratio: %.2f (target >= 0.30)\n", d / s }'
