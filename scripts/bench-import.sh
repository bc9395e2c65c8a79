#!/usr/bin/env bash
# Import benchmark: a generated 5 MB roadmap is read, validated and stored in a fresh H2 database.
# Targets: throughput >= 5 MB/s; peak heap < 10x the input (50 MB).
#   1. throughput, with the JVM's default heap and collector;
#   2. peak live heap, with a 4 MB young generation so that the collector runs every few MB of allocation and the
#      heap after each collection tracks the live data (promoted garbage makes it an upper bound);
#   3. the same import with the whole heap capped at 10x the input, which must not run out of memory.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${JAVA_HOME:-}" ] || [ "$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$JAVA_HOME/release" 2>/dev/null || echo 0)" -lt 21 ]; then
  JAVA_HOME="$(ls -d /usr/lib/jvm/*25* /usr/lib/jvm/*21* 2>/dev/null | head -1)"
fi
export JAVA_HOME

./mvnw -q -B -DskipTests -Dspotless.check.skip=true test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
java="$JAVA_HOME/bin/java"
bytes=$((5 * 1024 * 1024))

echo "== 1. throughput (default heap and collector)"
"$java" -cp "$cp" dev.skilltree.bench.ImportBenchmark "$bytes" 7 | grep -v '^peak'
echo
echo "== 2. peak live heap (serial collector, 4 MB young generation)"
"$java" -XX:+UseSerialGC -Xmn4m -cp "$cp" dev.skilltree.bench.ImportBenchmark "$bytes" 3 | grep -E '^(input|peak)'
echo
echo "== 3. the import with the heap capped at 50 MB (10x the input)"
if "$java" -Xmx50m -cp "$cp" dev.skilltree.bench.ImportBenchmark "$bytes" 2 >/dev/null 2>&1; then
  echo "completes in -Xmx50m: yes"
else
  echo "completes in -Xmx50m: NO (out of memory)"
fi
