#!/usr/bin/env bash
# Review benchmark: one learner with 10,000 cards and 100,000 review-log entries in a fresh H2 file database;
# times the due queue (GET /api/v1/me/reviews/due's work) and the stats page's figures through ReviewService,
# after a JIT warm-up, and prints the median and 90th percentile of 31 runs of each.
# Targets: queue < 20 ms; stats < 100 ms.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/java.sh
"$java" -Xmx1g -cp "$classpath" dev.skilltree.review.ReviewBenchmark
