#!/usr/bin/env bash
# Builds Baokao and runs it on Payara Micro: embedded H2 in ./baokao-data with demo data by default,
# PostgreSQL when BAOKAO_DB_URL=jdbc:postgresql://... is set. Ctrl-C stops it; data is kept.
set -euo pipefail
cd "$(dirname "$0")"
PORT="${BAOKAO_PORT:-8080}"
STARTED=$(date +%s)

echo "Building Baokao (first build downloads dependencies from Maven Central)..."
mvn -B -q -Prun -DskipTests package -pl web -am

RUN_DIR=web/target/run
mkdir -p "$RUN_DIR"
# a fresh Micro root each start: a kept one would redeploy the previous WAR as well (the data lives elsewhere)
rm -rf "$RUN_DIR/micro-root"
MICRO_ARGS=(--deploy web/target/baokao.war --contextroot / --port "$PORT" --rootdir "$RUN_DIR/micro-root" --nocluster
    --prebootcommandfile scripts/micro-preboot.asadmin)
# the sandbox payment provider (docs/payment-protocol.md) stands in for a real one in the demo run
JAVA_OPTS=(-Xmx2g "-Dbaokao.demo-data=${BAOKAO_DEMO_DATA:-true}" "-Dbaokao.sandbox.enabled=${BAOKAO_SANDBOX:-true}")
# extra JVM options, e.g. BAOKAO_JAVA_OPTS="-Dbaokao.demo.load-candidates=20000" for the load benchmark's crowd
# shellcheck disable=SC2206
JAVA_OPTS+=(${BAOKAO_JAVA_OPTS:-})

if [[ "${BAOKAO_DB_URL:-}" == jdbc:postgresql:* ]]; then
    export BAOKAO_DB_DATASOURCE_CLASS="${BAOKAO_DB_DATASOURCE_CLASS:-org.postgresql.ds.PGSimpleDataSource}"
    # Jakarta Batch keeps its job repository in the same PostgreSQL database (schema baokao_batch),
    # through a server-level pool that must exist before the first job runs.
    bash scripts/batch-repository-commands.sh "$BAOKAO_DB_URL" "${BAOKAO_DB_USER:-baokao}" "${BAOKAO_DB_PASSWORD:-baokao}" \
        > "$RUN_DIR/postboot.asadmin"
    MICRO_ARGS+=(--addLibs "$RUN_DIR/postgresql.jar" --postbootcommandfile "$RUN_DIR/postboot.asadmin")
    DB_DESC="PostgreSQL ${BAOKAO_DB_URL}"
else
    # Jakarta Batch keeps its job repository in the same H2 file (schema baokao_batch): job history and checkpoints
    # survive a restart. The pool opens the very URL the application opens (its default unless BAOKAO_DB_URL says
    # otherwise), so in this one JVM both share the one database.
    bash scripts/batch-repository-commands.sh "${BAOKAO_DB_URL:-jdbc:h2:file:./baokao-data/baokao;LOCK_TIMEOUT=10000}" \
        "${BAOKAO_DB_USER:-baokao}" "${BAOKAO_DB_PASSWORD:-baokao}" > "$RUN_DIR/postboot.asadmin"
    MICRO_ARGS+=(--postbootcommandfile "$RUN_DIR/postboot.asadmin")
    DB_DESC="embedded H2 in $(pwd)/baokao-data (kept across restarts, job history included)"
fi

# one node: sessions in memory, not copied into the data grid on every request (scripts/single-node.asadmin)
cat scripts/single-node.asadmin >> "$RUN_DIR/postboot.asadmin"

banner() {
    for _ in $(seq 1 300); do
        if curl -fs "http://localhost:${PORT}/api/health" > /dev/null 2>&1; then
            cat <<BANNER

==============================================================================
 Baokao is running:  http://localhost:${PORT}/      (started in $(( $(date +%s) - STARTED )) s)
 Database:           ${DB_DESC}
 Demo logins (loaded only into an empty database):
   candidate  ID number 110105199003071239   password Exam2026
   candidate  ID number 500106199208150028   password Exam2026   (paid for HR2026D: prints the ticket)
   admin      username  admin                password Admin2026
   reviewer   username  reviewer             password Review2026   (region Chongqing)
   reviewer   username  reviewer.cq02        password Review2026   (site CQ02, first of two review levels)
   operator   username  operator             password Operate2026
   desk       username  desk.cq              password Desk2026     (walk-in desk 现场报名, review point in Chongqing)
 Password-reset codes are "sent" to this console: look for lines with [outbox].
 Server log: ${RUN_DIR}/micro-root/logs/   Stop: Ctrl-C
==============================================================================

BANNER
            return
        fi
        sleep 1
    done
    echo "Baokao did not answer on port ${PORT} within 5 minutes; see the log above." >&2
}
banner &
BANNER_PID=$!
trap 'kill $BANNER_PID 2>/dev/null || true' EXIT
java "${JAVA_OPTS[@]}" -jar "$RUN_DIR/payara-micro.jar" "${MICRO_ARGS[@]}"
