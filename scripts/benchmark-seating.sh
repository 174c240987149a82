#!/usr/bin/env bash
# Issue 7's benchmark: job admission-tickets seats 1,000,000 paid applications on PostgreSQL (127.0.0.1:5432, a
# database created for the run and dropped after): 50 sites, three subjects (one computer-based, two sittings), seats
# a little short so that some candidates go to the second sitting and a few stay unseated. Prints the job's time, each
# step's time and metrics, and the counts; the numbers are also left in itest/target/benchmark/admission-tickets.txt.
# Usage: scripts/benchmark-seating.sh [CANDIDATES]   (default 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."
CANDIDATES="${1:-1000000}"
mvn -B -q -Pbenchmark verify -pl itest -am -DskipTests=false -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbenchmark.include=AdmissionTicketsBenchmark -Dbenchmark.candidates="$CANDIDATES" | grep -v '^\[' || true
cat itest/target/benchmark/admission-tickets.txt
