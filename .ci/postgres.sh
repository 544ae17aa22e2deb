#!/usr/bin/env bash
# Runs the whole suite a second time with the packaged application on PostgreSQL: installs Debian's
# PostgreSQL server, starts it on loopback, creates the databases, builds the jar for PostgreSQL and lets the
# integration tests (*IT) drive it; then two replicas of that jar on one database (.ci/replicas.sh). Re-runnable: a
# server left by an interrupted earlier run is stopped first.
#
# Knobs (environment): TT_PG_PORT (default: the first free port from 55432 on); TT_MAVEN_ARGS, more arguments for the
# Maven run (e.g. -Dquarkus.http.test-port=18181 where 8081 is taken); TT_REPLICA_A_PORT, TT_REPLICA_B_PORT (see
# .ci/replicas.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== PostgreSQL: install =="
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq postgresql >/dev/null
fi
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
# From /, so that su has no checkout directory to complain it cannot enter as the postgres user.
as_postgres() { (cd / && su postgres -c "$1"); }

# A run that was killed (a CI timeout, a cancelled job) never reached its cleanup and may have left its server
# running on the port. Each run records its shell's PID next to its data directory; a server whose run is gone
# is stopped, one whose run is still alive (a concurrent job) is left alone.
for stale in /tmp/trade-talks-pg.*; do
    [ -d "$stale" ] || continue
    runner=$(cat "$stale/runner.pid" 2>/dev/null || true)
    if [ -n "$runner" ] && kill -0 "$runner" 2>/dev/null; then continue; fi
    echo "   removing what an interrupted earlier run left: $stale"
    as_postgres "$PG_BIN/pg_ctl -D $stale/data -m immediate stop" >/dev/null 2>&1 || true
    rm -rf "$stale"
done

# TT_PG_PORT if set (it must be free), else the first free port from 55432 on.
. src/test/free-port.sh
PG_PORT=$(free_port TT_PG_PORT 55432 55451) || exit 1

PG_DIR=$(mktemp -d /tmp/trade-talks-pg.XXXXXX)
echo $$ > "$PG_DIR/runner.pid"
chown postgres "$PG_DIR"

cleanup() {
    as_postgres "$PG_BIN/pg_ctl -D $PG_DIR/data -m fast stop" >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
}
trap cleanup EXIT

echo "== PostgreSQL: start on 127.0.0.1:$PG_PORT =="
as_postgres "$PG_BIN/initdb -D $PG_DIR/data -U postgres --auth=trust >/dev/null"
if ! as_postgres "$PG_BIN/pg_ctl -D $PG_DIR/data -o '-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1' -l $PG_DIR/log -w -t 120 start" >/dev/null; then
    echo "   the server did not start; its log:"
    sed 's/^/   | /' "$PG_DIR/log" || true
    exit 1
fi
for db in tradetalks tradetalks_writes; do
    as_postgres "$PG_BIN/psql -h 127.0.0.1 -p $PG_PORT -U postgres -qc \"CREATE DATABASE $db\""
done
as_postgres "$PG_BIN/psql -h 127.0.0.1 -p $PG_PORT -U postgres -qc \"ALTER USER postgres PASSWORD 'postgres'\""

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
