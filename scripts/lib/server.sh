# Sourced by the benchmarks: start_server PORT DATA starts ./skilltree serve on a throw-away data directory,
# waits until it is healthy (or says why not), and sets $server (its pid) and $base (its URL).
start_server() {
  local port="$1" data="$2"
  ./skilltree serve --port "$port" --data "$data" >"$data/server.log" 2>&1 &
  server=$!
  base="http://localhost:$port"
  for _ in $(seq 1 120); do
    curl -fs "$base/actuator/health" >/dev/null 2>&1 && return 0
    kill -0 "$server" 2>/dev/null || break
    sleep 1
  done
  echo "the server did not start; its log:" >&2
  tail -20 "$data/server.log" >&2
  exit 1
}
