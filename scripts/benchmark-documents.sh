#!/usr/bin/env bash
# Photo checks and registration-form PDFs per second on one core (see docs/benchmarks.md).
# Usage: scripts/benchmark-documents.sh [photo-checks] [forms]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl ejb -am install -DskipTests
mvn -B -q -pl ejb test-compile dependency:build-classpath -Dmdep.outputFile=target/benchmark.classpath -Dmdep.includeScope=test
java -Xmx1g -cp "ejb/target/test-classes:ejb/target/classes:$(cat ejb/target/benchmark.classpath)" \
    com.baokao.document.DocumentBenchmark "$@"
