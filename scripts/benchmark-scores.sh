#!/usr/bin/env bash
# Issue 17's benchmark: job score-import on a result file of 1,000,000 score lines (500,000 seated candidates, two
# subjects each) on PostgreSQL (127.0.0.1:5432, a database created for the run and dropped after); then the same
# file imported again (every score unchanged). Prints each import's time and step times; the numbers are also left
# in itest/target/benchmark/score-import.txt.
# Usage: scripts/benchmark-scores.sh [ROWS]   (default 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS="${1:-1000000}"
mvn -B -q -Pbenchmark verify -pl itest -am -DskipTests=false -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbenchmark.include=ScoreImportBenchmark -Dbenchmark.rows="$ROWS" | grep -v '^\[' || true
cat itest/target/benchmark/score-import.txt
