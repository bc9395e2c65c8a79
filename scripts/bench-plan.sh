#!/usr/bin/env bash
# Planner benchmark: a generated roadmap of 10,000 topics and 50,000 prerequisite edges, and one of 20,000 and
# 100,000, planned by the same scheduler the server and `skilltree plan` use (dev.skilltree.plan.Planner), after a
# JIT warm-up; prints the median of 15 runs of each, and their ratio.
# Targets: 10k in at most 200 ms; 20k at most 2.3 x the 10k time.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests -Dspotless.check.skip=true test-compile
classpath="$(mktemp)"
trap 'rm -f "$classpath"' EXIT
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile="$classpath" -Dmdep.includeScope=test >/dev/null
java_home="$(sed -n 's/.*<jdkHome>\(.*\)<\/jdkHome>.*/\1/p' target/.toolchain 2>/dev/null || true)"
java="${JAVA_HOME:+$JAVA_HOME/bin/java}"
if [ -z "$java" ]; then
  for candidate in $(ls -d /usr/lib/jvm/* 2>/dev/null | sort -rV); do
    if [ -x "$candidate/bin/java" ] && [ "$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$candidate/release")" -ge 21 ] 2>/dev/null; then
      java="$candidate/bin/java"; break
    fi
  done
fi
"$java" -Xms1g -Xmx1g -cp "target/test-classes:target/classes:$(cat "$classpath")" dev.skilltree.plan.PlanBenchmark
