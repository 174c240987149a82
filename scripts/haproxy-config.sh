#!/usr/bin/env bash
# Prints the HAProxy configuration in front of a Baokao cluster (scripts/cluster.sh and the cluster tests use it).
# Usage: scripts/haproxy-config.sh LISTEN_PORT STATS_PORT NODE_PORT [NODE_PORT ...]
# - a node gets requests only while its /health/ready answers 200 (database, migrations and job repository reachable);
# - a browser stays on the node that served it (cookie BKNODE); when that node is down it is sent to another, which
#   finds the session in Payara's data grid (<distributable/>);
# - every request gets an X-Request-Id here, which Baokao keeps in its answer and its log lines.
set -euo pipefail
listen="$1"; stats="$2"; shift 2
cat <<CONFIG
global
    maxconn 4096

defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    timeout http-request 10s
    # a busy node answers its readiness probe late, not never: a 1 s limit took loaded nodes out (measured)
    timeout check 5s
    option redispatch
    retries 2

frontend baokao
    bind 127.0.0.1:${listen}
    unique-id-format lb-%{+X}o%Ts%rt%pid
    unique-id-header X-Request-Id
    default_backend nodes

backend nodes
    balance roundrobin
    option httpchk GET /health/ready
    http-check expect status 200
    cookie BKNODE insert indirect nocache httponly
CONFIG
n=0
for port in "$@"; do
    n=$((n + 1))
    echo "    server node${n} 127.0.0.1:${port} check inter 2s fall 3 rise 2 cookie node${n}"
done
cat <<CONFIG

listen stats
    bind 127.0.0.1:${stats}
    stats enable
    stats uri /
    stats refresh 5s
CONFIG
