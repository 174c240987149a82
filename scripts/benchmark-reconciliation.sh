#!/usr/bin/env bash
# Issue 6's benchmark: job fee-reconciliation on a statement of about 1,000,000 lines against 1,000,000 orders on
# PostgreSQL (127.0.0.1:5432, a database created for the run and dropped after). Prints the job's time, each step's
# time and metrics, and the report; the numbers are also left in itest/target/benchmark/fee-reconciliation.txt.
# Usage: scripts/benchmark-reconciliation.sh [ORDERS]   (default 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."
ORDERS="${1:-1000000}"
mvn -B -q -Pbenchmark verify -pl itest -am -DskipTests=false -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbenchmark.include=FeeReconciliationBenchmark -Dbenchmark.orders="$ORDERS" | grep -v '^\[' || true
cat itest/target/benchmark/fee-reconciliation.txt
