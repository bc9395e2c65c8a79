#!/usr/bin/env bash
# Import benchmark: a generated 5 MB roadmap is read, validated and stored in a fresh H2 database.
# Targets: throughput >= 5 MB/s; peak heap < 10x the input.
#   1. throughput, with the JVM's default heap and collector (median of 7 imports after a warm-up);
#   2. peak heap: the smallest heap cap (-Xmx, in 5 MB steps, default collector) in which the import still
#      completes, minus the live heap before the import starts. That difference bounds the import's peak heap.
set -euo pipefail
cd "$(dirname "$0")/.."

. scripts/lib/java.sh
cp="$classpath"
bytes=$((5 * 1024 * 1024))

echo "== throughput (default heap and collector)"
out="$("$java" -cp "$cp" dev.skilltree.bench.ImportBenchmark "$bytes" 7)"
echo "$out"
baseline="$(echo "$out" | sed -n 's/^baseline live heap.*: \([0-9.]*\) MB$/\1/p')"

echo
echo "== peak heap"
for cap in $(seq 30 5 200); do
  if "$java" -Xmx${cap}m -cp "$cp" dev.skilltree.bench.ImportBenchmark "$bytes" 1 >/dev/null 2>&1; then
    awk -v cap="$cap" -v base="$baseline" -v input="$bytes" 'BEGIN {
      peak = cap - base
      printf "smallest heap the import completes in: -Xmx%dm (%dm fails)\n", cap, cap - 5
      printf "peak heap of the import: at most %.1f MB (cap minus the %.1f MB baseline) = %.1fx the input (target < 10x)\n", peak, base, peak * 1048576 / input
    }'
    exit 0
  fi
done
echo "the import did not complete even in -Xmx200m"
exit 1
