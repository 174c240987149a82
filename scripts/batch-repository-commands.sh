#!/usr/bin/env bash
# Prints the asadmin commands that give Jakarta Batch a job repository in Baokao's PostgreSQL database
# (schema baokao_batch, created by the Flyway migrations). Payara Micro reads them as a post-boot
# command file; on Payara Server run the same lines with bin/asadmin.
# Usage: batch-repository-commands.sh JDBC_URL USER PASSWORD
# The password is required even where PostgreSQL trusts local connections: Payara's pool refuses to open
# without one ("No password credential found"); a trusting server ignores it.
set -euo pipefail
url="$1"; user="$2"; password="$3"
if [[ ! "$url" =~ ^jdbc:postgresql://([^:/?]+)(:([0-9]+))?/([^?]+) ]]; then
    echo "not a jdbc:postgresql://host[:port]/database URL: $url" >&2
    exit 2
fi
host="${BASH_REMATCH[1]}"; port="${BASH_REMATCH[3]:-5432}"; db="${BASH_REMATCH[4]}"
props="serverName=${host}:portNumber=${port}:databaseName=${db}:user=${user}:password=${password}"
echo "create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource --restype javax.sql.DataSource --property ${props} baokao-batch-pool"
echo "create-jdbc-resource --connectionpoolid baokao-batch-pool jdbc/baokao-batch"
echo "set-batch-runtime-configuration --datasourcelookupname jdbc/baokao-batch --schemaName baokao_batch"
