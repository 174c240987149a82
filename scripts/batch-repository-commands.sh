#!/usr/bin/env bash
# Prints the asadmin commands that give Jakarta Batch a job repository in Baokao's own database, in schema
# baokao_batch (created by the Flyway migrations), so job history and checkpoints survive a restart and Flyway's
# schema stays Flyway's. Payara Micro reads them as a post-boot command file; on Payara Server run the same lines
# with bin/asadmin.
# Usage: batch-repository-commands.sh JDBC_URL USER PASSWORD
#   JDBC_URL  jdbc:postgresql://host[:port]/database, or the application's embedded jdbc:h2:file:... URL (the
#             same string the application opens: in one JVM both pools then share the one database file)
# The password is required even where PostgreSQL trusts local connections: Payara's pool refuses to open
# without one ("No password credential found"); a trusting server ignores it.
set -euo pipefail
url="$1"; user="$2"; password="$3"
# the same restart behaviour as the application's pool (DatabaseMigrator): dead connections found and dropped
validation="--isconnectvalidatereq=true --validationmethod=custom-validation --validationclassname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation --validateatmostonceperiod=1 --failconnection=true --maxwait=5000"
if [[ "$url" =~ ^jdbc:h2: ]]; then
    # asadmin property lists separate with ':' and split at '=': both escaped with a backslash inside the URL
    escaped=$(printf '%s' "$url" | sed -e 's/\\/\\\\/g' -e 's/:/\\:/g' -e 's/=/\\=/g')
    echo "create-jdbc-connection-pool ${validation} --datasourceclassname org.h2.jdbcx.JdbcDataSource --restype javax.sql.DataSource --property user=${user}:password=${password}:url=${escaped} baokao-batch-pool"
elif [[ "$url" =~ ^jdbc:postgresql://([^:/?]+)(:([0-9]+))?/([^?]+) ]]; then
    host="${BASH_REMATCH[1]}"; port="${BASH_REMATCH[3]:-5432}"; db="${BASH_REMATCH[4]}"
    props="serverName=${host}:portNumber=${port}:databaseName=${db}:user=${user}:password=${password}"
    echo "create-jdbc-connection-pool ${validation} --datasourceclassname org.postgresql.ds.PGSimpleDataSource --restype javax.sql.DataSource --property ${props} baokao-batch-pool"
else
    echo "not a jdbc:postgresql://host[:port]/database or jdbc:h2: URL: $url" >&2
    exit 2
fi
echo "create-jdbc-resource --connectionpoolid baokao-batch-pool jdbc/baokao-batch"
if [[ "$url" =~ ^jdbc:h2: ]]; then
    # H2 keeps unquoted names in upper case, and the runtime looks its tables up by the exact names it was given: in
    # lower case it finds none at the second start, tries to create them again and fails ("already exists")
    echo "set-batch-runtime-configuration --datasourcelookupname jdbc/baokao-batch --schemaName BAOKAO_BATCH --tablePrefix JBATCH"
else
    echo "set-batch-runtime-configuration --datasourcelookupname jdbc/baokao-batch --schemaName baokao_batch"
fi
