#!/usr/bin/env bash
# Admission ticket PDFs per second on one thread, after a 5 s warm-up (issue 7 target: >= 200; see docs/benchmarks.md).
# Usage: scripts/benchmark-tickets.sh [seconds]   (measuring time, default 10)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl ejb test -Dtest=AdmissionTicketBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbaokao.benchmark=true -Dbaokao.benchmark.seconds="${1:-10}" -DargLine="-Xmx1g -XX:ActiveProcessorCount=1"
