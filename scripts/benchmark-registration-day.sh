#!/usr/bin/env bash
# Issue 18's benchmark: registration day on Payara Micro with PostgreSQL (127.0.0.1:5432, a database created for the
# run and dropped after), Gatling on the same machine (RegistrationDaySimulation): sign-in through the phone API, the
# anonymous home page, the personal centre through the pages, submissions and payment starts through the API, and a
# burst of candidates at once on a site with few places; then the overload phases (one node only): the waiting room set to
# let OVERLOAD_CAPACITY in at once, OVERLOAD_CANDIDATES candidates through the API chain by that many users, then as many
# more by three times that many users, side by side; then OVERLOAD_CAPACITY candidates, and three times as many, through
# the login form and the personal centre, one per user. Prints throughput, p50/p95/p99 and errors per kind of
# request, then checks every acknowledged submission is in the database exactly once and no site is over its places.
# The numbers are also left in itest/target/benchmark/registration-day.txt.
# Usage: scripts/benchmark-registration-day.sh [CANDIDATES] [BURST] [PLACES] [CONCURRENCY] [NODES] [OVERLOAD_CAPACITY]
#        [OVERLOAD_CANDIDATES] (defaults 20000 2000 100 32 1 8 300; an OVERLOAD_CANDIDATES of 0 leaves the overload out). NODES: 1 (one Payara Micro), 2 (two in one data grid behind HAProxy, as
#        scripts/cluster.sh), or 1,2 (both, one after the other, each on a fresh database, then side by side).
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${5:-1}" == *2* ]] && ! command -v haproxy > /dev/null; then
    echo "Installing HAProxy (Debian package haproxy) for the two-node run..."
    if [[ $(id -u) -eq 0 ]]; then apt-get install -y -qq haproxy > /dev/null; else sudo apt-get install -y -qq haproxy > /dev/null; fi
fi
mvn -B -q -Pbenchmark verify -pl itest -am -DskipTests=false -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbenchmark.include=RegistrationDayBenchmark -Dbenchmark.candidates="${1:-20000}" -Dbenchmark.burst="${2:-2000}" \
    -Dbenchmark.places="${3:-100}" -Dbenchmark.concurrency="${4:-32}" -Dbenchmark.nodes="${5:-1}" \
    -Dbenchmark.overload-capacity="${6:-8}" -Dbenchmark.overload-candidates="${7:-300}" | grep -v '^\[' || true
cat itest/target/benchmark/registration-day.txt
