#!/usr/bin/env bash
# Baokao as a two-node cluster on this machine (issue 19): two Payara Micro instances of the same WAR, one Hazelcast
# data grid between them (TCP/IP discovery on loopback, web sessions replicated with a backup on the other node),
# (--nohostaware: on one machine every member is on the same host; Hazelcast keeps the backup on the other member
# either way, measured, but the setting says what is meant), one PostgreSQL database, and HAProxy in front that sends requests only to nodes whose /health/ready says UP.
# Installs HAProxy from Debian's packages when it is missing. Ctrl-C stops everything.
# Usage: scripts/cluster.sh    (BAOKAO_PORT=8080 the load balancer; nodes on 8081 and 8082; HAProxy stats on 8404)
#        BAOKAO_DB_URL=jdbc:postgresql://127.0.0.1:5432/baokao_cluster BAOKAO_DB_USER=postgres (the defaults)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${BAOKAO_PORT:-8080}"
NODE_PORTS=("${BAOKAO_NODE1_PORT:-8081}" "${BAOKAO_NODE2_PORT:-8082}")
HZ_PORTS=(6900 6901)
STATS_PORT="${BAOKAO_STATS_PORT:-8404}"
DB_URL="${BAOKAO_DB_URL:-jdbc:postgresql://127.0.0.1:5432/baokao_cluster}"
DB_USER="${BAOKAO_DB_USER:-postgres}"
DB_PASSWORD="${BAOKAO_DB_PASSWORD:-baokao}"   # the local PostgreSQL trusts 127.0.0.1; Payara's pool wants one
STARTED=$(date +%s)

if ! command -v haproxy > /dev/null; then
    echo "Installing HAProxy (Debian package haproxy)..."
    if [[ $(id -u) -eq 0 ]]; then apt-get install -y -qq haproxy > /dev/null; else sudo apt-get install -y -qq haproxy > /dev/null; fi
fi

echo "Building Baokao..."
mvn -B -q -Prun -DskipTests package -pl web -am

RUN_DIR=web/target/cluster
mkdir -p "$RUN_DIR"
if [[ "$DB_URL" =~ ^jdbc:postgresql://([^:/?]+)(:([0-9]+))?/([^?]+) ]]; then
    database="${BASH_REMATCH[4]}"
    if ! psql -h "${BASH_REMATCH[1]}" -p "${BASH_REMATCH[3]:-5432}" -U "$DB_USER" -d postgres -tAc \
            "select 1 from pg_database where datname = '$database'" | grep -q 1; then
        psql -h "${BASH_REMATCH[1]}" -p "${BASH_REMATCH[3]:-5432}" -U "$DB_USER" -d postgres -qc \
            "create database $database encoding 'UTF8' template template0"
    fi
else
    echo "A cluster shares one PostgreSQL database: BAOKAO_DB_URL must be jdbc:postgresql://host[:port]/database" >&2
    exit 2
fi
bash scripts/batch-repository-commands.sh "$DB_URL" "$DB_USER" "$DB_PASSWORD" > "$RUN_DIR/postboot.asadmin"
members="127.0.0.1:${HZ_PORTS[0]},127.0.0.1:${HZ_PORTS[1]}"

PIDS=()
stop() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2> /dev/null || true; done
    wait 2> /dev/null || true
}
trap stop EXIT INT TERM

start_node() {
    local n="$1" port="$2" hz="$3"
    rm -rf "$RUN_DIR/node$n"
    mkdir -p "$RUN_DIR/node$n"
    BAOKAO_DB_URL="$DB_URL" BAOKAO_DB_USER="$DB_USER" BAOKAO_DB_PASSWORD="$DB_PASSWORD" \
    BAOKAO_DB_DATASOURCE_CLASS=org.postgresql.ds.PGSimpleDataSource \
    java -Xmx1g -Dbaokao.demo-data=true -Dbaokao.sandbox.enabled=true ${BAOKAO_JAVA_OPTS:-} \
        -jar web/target/run/payara-micro.jar --deploy web/target/baokao.war --contextroot / --port "$port" \
        --rootdir "$RUN_DIR/node$n/micro-root" --name "node$n" --clusterName baokao \
        --clusterMode "tcpip:$members" --startport "$hz" --interfaces 127.0.0.1 --nohostaware \
        --addLibs web/target/run/postgresql.jar --prebootcommandfile scripts/micro-preboot.asadmin \
        --postbootcommandfile "$RUN_DIR/postboot.asadmin" \
        > "$RUN_DIR/node$n/server.log" 2>&1 &
    PIDS+=($!)
}

await_ready() {
    local port="$1"
    for _ in $(seq 1 300); do
        if curl -fs "http://127.0.0.1:$port/health/ready" > /dev/null 2>&1; then return 0; fi
        sleep 1
    done
    echo "node on port $port not ready within 5 minutes; see $RUN_DIR/node*/server.log" >&2
    exit 1
}

# one after the other: the first migrates the schema and loads the demo data into an empty database
echo "Starting node 1 on port ${NODE_PORTS[0]}..."
start_node 1 "${NODE_PORTS[0]}" "${HZ_PORTS[0]}"
await_ready "${NODE_PORTS[0]}"
echo "Starting node 2 on port ${NODE_PORTS[1]}..."
start_node 2 "${NODE_PORTS[1]}" "${HZ_PORTS[1]}"
await_ready "${NODE_PORTS[1]}"

bash scripts/haproxy-config.sh "$PORT" "$STATS_PORT" "${NODE_PORTS[@]}" > "$RUN_DIR/haproxy.cfg"
haproxy -f "$RUN_DIR/haproxy.cfg" -db > "$RUN_DIR/haproxy.log" 2>&1 &
PIDS+=($!)

cat <<BANNER

==============================================================================
 Baokao cluster is running:  http://localhost:${PORT}/   (HAProxy; started in $(( $(date +%s) - STARTED )) s)
 Nodes:     node1 http://localhost:${NODE_PORTS[0]}/   node2 http://localhost:${NODE_PORTS[1]}/
            (one Hazelcast data grid on 127.0.0.1:${HZ_PORTS[0]},${HZ_PORTS[1]}; sessions kept on both)
 Database:  ${DB_URL}
 HAProxy statistics: http://localhost:${STATS_PORT}/   Health: /health/ready   Metrics: /metrics
 Demo logins as in README (e.g. candidate 110105199003071239 / Exam2026, admin / Admin2026).
 Try a failover: kill -9 one node's java process; HAProxy sends its visitors to the other, still signed in.
 Logs: ${RUN_DIR}/node1/server.log, ${RUN_DIR}/node2/server.log, ${RUN_DIR}/haproxy.log   Stop: Ctrl-C
==============================================================================

BANNER
wait
