#!/usr/bin/env bash
# Runs the whole suite a second time with the packaged application on PostgreSQL: installs Debian's
# PostgreSQL server, starts it on loopback, creates the databases, builds the jar for PostgreSQL and lets the
# integration tests (*IT) drive it; then two replicas of that jar on one database (.ci/replicas.sh). Re-runnable: a
# server left by an interrupted earlier run is stopped first.
#
# Knobs (environment): TT_PG_PORT (default: the first free port from 26432 on, below the kernel's ephemeral range: a
# port inside it can be held by an outgoing connection, and PostgreSQL then fails to bind it, as seen after the
# container step); TT_MAVEN_ARGS, more arguments for the
# Maven run (e.g. -Dquarkus.http.test-port=18181 where 8081 is taken); TT_REPLICA_A_PORT, TT_REPLICA_B_PORT (see
# .ci/replicas.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== PostgreSQL: install =="
. src/test/postgres-server.sh
pg_install
pg_remove_stale /tmp/trade-talks-pg

# TT_PG_PORT if set (it must be free), else the first free port from 26432 on.
. src/test/free-port.sh
PG_PORT=$(free_port TT_PG_PORT 26432 26451) || exit 1

PG_DIR=$(pg_make_dir /tmp/trade-talks-pg)
cleanup() { pg_stop "$PG_DIR"; }
trap cleanup EXIT

echo "== PostgreSQL: start on 127.0.0.1:$PG_PORT =="
pg_start "$PG_DIR" "$PG_PORT" || exit 1
for db in tradetalks tradetalks_writes; do
    as_postgres "$PG_BIN/psql -h 127.0.0.1 -p $PG_PORT -U postgres -qc \"CREATE DATABASE $db\""
done

echo "== PostgreSQL: build for PostgreSQL and run the suite against it =="
# Profile-specific variables (_PROD_...) reach only the packaged application, not the @QuarkusTest runs.
export _PROD_QUARKUS_DATASOURCE_DB_KIND=postgresql
export _PROD_QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/tradetalks"
export _PROD_QUARKUS_DATASOURCE_USERNAME=postgres
export _PROD_QUARKUS_DATASOURCE_PASSWORD=postgres
# The @QuarkusTest unit tests already ran on H2 in step 1 and would not touch PostgreSQL: only the *IT suite runs.
# shellcheck disable=SC2086 # TT_MAVEN_ARGS holds several arguments
./mvnw -B verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false ${TT_MAVEN_ARGS:-}
echo "== PostgreSQL: the packaged application ran on $(as_postgres "$PG_BIN/psql -h 127.0.0.1 -p $PG_PORT -U postgres -tAc 'select version()'" | cut -d, -f1) =="
as_postgres "$PG_BIN/psql -h 127.0.0.1 -p $PG_PORT -U postgres -d tradetalks -tAc \"select 'meetings in PostgreSQL: ' || count(*) from meeting\""

echo "== PostgreSQL: two replicas of the jar on one database, subscribers on one, writers on the other =="
PG_BIN="$PG_BIN" PG_PORT="$PG_PORT" bash .ci/replicas.sh
