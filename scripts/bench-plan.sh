#!/usr/bin/env bash
# Planner benchmark: a generated roadmap of 10,000 topics and 50,000 prerequisite edges, and one of 20,000 and
# 100,000, planned by the same scheduler the server and `skilltree plan` use (dev.skilltree.plan.Planner), after a
# JIT warm-up; prints the median of 15 runs of each, and their ratio.
# Targets: 10k in at most 200 ms; 20k at most 2.3 x the 10k time.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/java.sh
"$java" -Xms1g -Xmx1g -cp "$classpath" dev.skilltree.plan.PlanBenchmark
