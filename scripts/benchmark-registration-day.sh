#!/usr/bin/env bash
# Issue 18's benchmark: registration day on Payara Micro with PostgreSQL (127.0.0.1:5432, a database created for the
# run and dropped after), Gatling on the same machine (RegistrationDaySimulation): sign-in through the phone API, the
# anonymous home page, the personal centre through the pages, submissions and payment starts through the API, and a
# burst of candidates at once on a site with few places. Prints throughput, p50/p95/p99 and errors per kind of
# request, then checks every acknowledged submission is in the database exactly once and no site is over its places.
# The numbers are also left in itest/target/benchmark/registration-day.txt.
# Usage: scripts/benchmark-registration-day.sh [CANDIDATES] [BURST] [PLACES] [CONCURRENCY]
#        (defaults 20000 2000 100 32)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Pbenchmark verify -pl itest -am -DskipTests=false -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbenchmark.include=RegistrationDayBenchmark -Dbenchmark.candidates="${1:-20000}" -Dbenchmark.burst="${2:-2000}" \
    -Dbenchmark.places="${3:-100}" -Dbenchmark.concurrency="${4:-32}" | grep -v '^\[' || true
cat itest/target/benchmark/registration-day.txt
