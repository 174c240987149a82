#!/usr/bin/env bash
# Issue 19's throughput comparison, one run on one machine: scripts/cluster.sh (two Payara Micro nodes, HAProxy,
# PostgreSQL in a database created for the run and dropped after), then wrk (32 connections, BENCH_DURATION each
# after a warm-up) on the signed-in personal centre and on /api/health:
#   one node, direct      - node 1 alone, no load balancer
#   one node, via HAProxy - every request sticky to node 1 (its BKNODE cookie)
#   two nodes, via HAProxy - requests alternate between a session kept on node 1 and one kept on node 2
# Prints requests/s, p99 and non-2xx answers. Usage: scripts/benchmark-cluster.sh   (installs wrk when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk > /dev/null || { apt-get update -qq && apt-get install -y -qq wrk > /dev/null; }
DURATION="${BENCH_DURATION:-15s}"
DB="baokao_bench_cluster_$$"
WORK=$(mktemp -d)
LB=http://localhost:8080
BAOKAO_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" scripts/cluster.sh > "$WORK/cluster.log" 2>&1 &
CLUSTER=$!
cleanup() {
    kill "$CLUSTER" 2> /dev/null || true
    wait "$CLUSTER" 2> /dev/null || true
    psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" || true
    rm -rf "$WORK"
}
trap cleanup EXIT
for _ in $(seq 1 600); do grep -q "cluster is running" "$WORK/cluster.log" && break; sleep 1; done
grep -q "cluster is running" "$WORK/cluster.log" || { cat "$WORK/cluster.log" >&2; exit 1; }
sleep 5

# the demo candidate signs in through HAProxy until there is a session kept on each node
sign_in() {
    local jar="$1"
    rm -f "$jar"
    local vs
    vs=$(curl -s -c "$jar" -b "$jar" "$LB/login.xhtml" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
    curl -s -o /dev/null -c "$jar" -b "$jar" -X POST "$LB/login.xhtml" --data-urlencode "loginForm=loginForm" \
        --data-urlencode "loginForm:mode=false" --data-urlencode "loginForm:idType=RESIDENT_ID" \
        --data-urlencode "loginForm:idNumber=110105199003071239" --data-urlencode "loginForm:password=Exam2026" \
        --data-urlencode "loginForm:submit=" --data-urlencode "jakarta.faces.ViewState=$vs"
    # a replicated session is found on another node only with its JSESSIONIDVERSION cookie (a browser keeps both)
    echo "$(awk '$6 == "BKNODE" {print $7}' "$jar" | tail -1) JSESSIONID=$(awk '$6 == "JSESSIONID" {print $7}' "$jar" | tail -1);JSESSIONIDVERSION=$(awk '$6 == "JSESSIONIDVERSION" {print $7}' "$jar" | tail -1)"
}
declare -A SESSION
for _ in $(seq 1 20); do
    read -r node session <<< "$(sign_in "$WORK/jar")"
    [ -n "$node" ] && [ -z "${SESSION[$node]:-}" ] && SESSION[$node]="$session"
    [ -n "${SESSION[node1]:-}" ] && [ -n "${SESSION[node2]:-}" ] && break
done
[ -n "${SESSION[node1]:-}" ] && [ -n "${SESSION[node2]:-}" ] || { echo "no session on each node" >&2; exit 1; }
S1="${SESSION[node1]/;/; }"
S2="${SESSION[node2]/;/; }"
# wrk counts only 4xx and 5xx as errors: make sure each measured request gets the whole centre, not a redirect
for probe in "$S1|http://localhost:8081" "$S1; BKNODE=node1|$LB" "$S2; BKNODE=node2|$LB"; do
    IFS='|' read -r cookie base <<< "$probe"
    curl -s -b "$cookie" "$base/candidate/home.xhtml" | grep -q "王小明" \
        || { echo "$cookie does not open the centre at $base" >&2; exit 1; }
done

cat > "$WORK/alternate.lua" <<LUA
local cookies = {"$S1; BKNODE=node1", "$S2; BKNODE=node2"}
local n = 0
request = function()
    n = n + 1
    return wrk.format("GET", wrk.path, {["Cookie"] = cookies[(n % 2) + 1]})
end
LUA

measure() {
    local name="$1"; shift
    wrk -t2 -c32 -d"${BENCH_WARMUP:-5s}" "$@" > /dev/null 2>&1 || true
    wrk -t2 -c32 -d"$DURATION" --latency "$@" 2> /dev/null > "$WORK/wrk.txt" || true
    # bytes per answer too: a redirect or a waiting page would be far smaller than the page
    printf '%-40s %10s req/s   p99 %8s   4xx/5xx %s   %s\n' "$name" "$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt")" \
        "$(awk '$1 == "99%" {print $2}' "$WORK/wrk.txt")" "$(awk '/Non-2xx/ {print $NF}' "$WORK/wrk.txt" | grep . || echo 0)" \
        "$(awk '/requests in/ {print $5, $1}' "$WORK/wrk.txt" | awk '{n=$2; s=$1; u=substr(s,length(s)-1); v=substr(s,1,length(s)-2); m=(u=="KB"?1024:(u=="MB"?1048576:(u=="GB"?1073741824:1))); printf "%.0f bytes/answer", v*m/n}')"
}
echo "== personal centre (signed in)"
measure "one node, direct" -H "Cookie: $S1" "http://localhost:8081/candidate/home.xhtml"
measure "one node, via HAProxy" -H "Cookie: $S1; BKNODE=node1" "$LB/candidate/home.xhtml"
measure "two nodes, via HAProxy" -s "$WORK/alternate.lua" "$LB/candidate/home.xhtml"
echo "== /api/health"
measure "one node, direct" "http://localhost:8081/api/health"
measure "two nodes, via HAProxy (round robin)" "$LB/api/health"
