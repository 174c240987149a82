#!/usr/bin/env bash
# Issue 18's page benchmark with wrk, for comparing builds side by side in one run: for each WAR given (default: this
# tree's web/target/baokao.war), Baokao on Payara Micro with PostgreSQL (a database created for it and dropped after,
# demo data), then wrk with 32 connections for 15 s each on the public home page, the signed-in personal centre
# (the demo candidate, signed in through the login form), /api/health and a static stylesheet. Prints requests/s,
# p99, non-2xx answers and the HTTP sessions the home page created (one Set-Cookie per anonymous view or none).
# Each target gets an unmeasured warm-up of BENCH_WARMUP (default 5s) before its measured BENCH_DURATION (default 15s).
# Usage: scripts/benchmark-pages.sh [WAR[:single-node] ...]     (installs wrk from Debian's packages when missing)
#   BENCH_SERVER_JVM adds JVM options to each server, e.g. "-XX:StartFlightRecording=filename=/tmp/pages.jfr".
#   WAR:single-node runs that WAR with scripts/single-node.asadmin as run.sh does (sessions not replicated); a plain
#   WAR keeps Payara's default, sessions in the data grid, as on a cluster node.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk > /dev/null || { apt-get update -qq && apt-get install -y -qq wrk > /dev/null; }
WARS=("$@")
if [ ${#WARS[@]} -eq 0 ]; then
    mvn -B -q -Prun -DskipTests package -pl web -am
    WARS=(web/target/baokao.war)
fi
[ -f web/target/run/payara-micro.jar ] || mvn -B -q -Prun -DskipTests package -pl web -am
PORT=8690
DURATION="${BENCH_DURATION:-15s}"
for ARG in "${WARS[@]}"; do
    WAR="${ARG%:single-node}"
    DB="baokao_pages_$$"
    psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $DB ENCODING 'UTF8' TEMPLATE template0"
    WORK=$(mktemp -d)
    URL="jdbc:postgresql://127.0.0.1:5432/$DB"
    bash scripts/batch-repository-commands.sh "$URL" postgres baokao > "$WORK/postboot.asadmin"
    [ "$ARG" = "$WAR" ] || cat scripts/single-node.asadmin >> "$WORK/postboot.asadmin"
    # shellcheck disable=SC2086
    java -Xmx2g ${BENCH_SERVER_JVM:-} -Dbaokao.demo-data=true -Dbaokao.sandbox.enabled=true -Dbaokao.db.url="$URL" -Dbaokao.db.user=postgres \
        -Dbaokao.db.password=baokao -Dbaokao.db.datasource-class=org.postgresql.ds.PGSimpleDataSource \
        -jar web/target/run/payara-micro.jar --deploy "$WAR" --contextroot / --port $PORT --rootdir "$WORK/root" \
        --nocluster --prebootcommandfile scripts/micro-preboot.asadmin --addLibs web/target/run/postgresql.jar \
        --postbootcommandfile "$WORK/postboot.asadmin" > "$WORK/server.log" 2>&1 &
    SERVER=$!
    for _ in $(seq 1 300); do curl -fs "http://localhost:$PORT/api/health" > /dev/null 2>&1 && break; sleep 1; done
    sleep 5
    B="http://localhost:$PORT"
    # the demo candidate signs in through the login form: its cookie jar carries the session
    JAR="$WORK/cookies"
    VS=$(curl -s -c "$JAR" -b "$JAR" "$B/login.xhtml" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
    curl -s -o /dev/null -c "$JAR" -b "$JAR" -X POST "$B/login.xhtml" --data-urlencode "loginForm=loginForm" \
        --data-urlencode "loginForm:mode=false" --data-urlencode "loginForm:idType=RESIDENT_ID" \
        --data-urlencode "loginForm:idNumber=110105199003071239" --data-urlencode "loginForm:password=Exam2026" \
        --data-urlencode "loginForm:submit=" --data-urlencode "jakarta.faces.ViewState=$VS"
    # the session cookie with Payara's version cookie, as a browser sends them (sessions are distributable)
    SESSION="$(awk '$6 == "JSESSIONID" {print $7}' "$JAR" | tail -1); JSESSIONIDVERSION=$(awk '$6 == "JSESSIONIDVERSION" {print $7}' "$JAR" | tail -1)"
    curl -s -b "JSESSIONID=$SESSION" "$B/candidate/home.xhtml" | grep -q "王小明" || { echo "sign-in failed for $WAR" >&2; }
    echo "== $ARG"
    printf 'anonymous home page views that created a session (of 20): '
    for _ in $(seq 1 20); do curl -s -D - -o /dev/null "$B/index.xhtml" | grep -ci '^set-cookie: JSESSIONID' || true; done | paste -sd+ | bc
    for target in "home page|/index.xhtml|" "personal centre|/candidate/home.xhtml|JSESSIONID=$SESSION" \
                  "api health|/api/health|" "stylesheet|/jakarta.faces.resource/css/baokao.css.xhtml|"; do
        IFS='|' read -r name path cookie <<< "$target"
        # a warm-up run first, not measured: the JIT compiles the page's code paths
        wrk -t2 -c32 -d"${BENCH_WARMUP:-5s}" ${cookie:+-H "Cookie: $cookie"} "$B$path" > /dev/null 2>&1 || true
        wrk -t2 -c32 -d"$DURATION" --latency ${cookie:+-H "Cookie: $cookie"} "$B$path" 2> /dev/null > "$WORK/wrk.txt" || true
        rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt")
        p99=$(awk '$1 == "99%" {print $2}' "$WORK/wrk.txt")
        bad=$(awk '/Non-2xx/ {print $NF}' "$WORK/wrk.txt")
        printf '%-16s %10s req/s   p99 %8s   non-2xx %s\n' "$name" "$rps" "$p99" "${bad:-0}"
    done
    kill "$SERVER"; wait "$SERVER" 2> /dev/null || true
    psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
    rm -rf "$WORK"
done
