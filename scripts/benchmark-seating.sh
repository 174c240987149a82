#!/usr/bin/env bash
# Issue 7's benchmark: job admission-tickets seats 1,000,000 paid applications on PostgreSQL (127.0.0.1:5432, a
# database created for the run and dropped after): 50 sites, three subjects (one computer-based, two sittings), seats
# a little short so that some candidates go to the second sitting and a few stay unseated. Prints the job's time, each
# step's time and metrics, and the counts; the numbers are also left in itest/target/benchmark/admission-tickets.txt.
# Usage: scripts/benchmark-seating.sh [CANDIDATES] [SHEETS]   (defaults 1000000, true)
# SHEETS=false stops the job once seat assignment is done and step sheets has begun: at 1,000,000 candidates the
# sheets (about 46,000 PDFs of 30 photos) take far longer than the seats; measure their rate on a smaller run.
# Extra Maven options after them, e.g. -Dbaokao.it.keep-database=true to look at the data afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
CANDIDATES="${1:-1000000}"
SHEETS="${2:-true}"
shift $(( $# > 2 ? 2 : $# ))
rm -f itest/target/benchmark/admission-tickets.txt
mvn -B -q -Pbenchmark verify -pl itest -am -DskipTests=false -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbenchmark.include=AdmissionTicketsBenchmark -Dbenchmark.candidates="$CANDIDATES" \
    -Dbenchmark.sheets="$SHEETS" "$@" | grep -v '^\[' || true
cat itest/target/benchmark/admission-tickets.txt
