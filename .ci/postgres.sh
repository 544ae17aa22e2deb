#!/usr/bin/env bash
# Runs the whole suite a second time with the packaged application on PostgreSQL: installs Debian's
# PostgreSQL server, starts it on loopback, creates the databases, builds the jar for PostgreSQL and lets the
# integration tests (*IT) drive it.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== PostgreSQL: install =="
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq postgresql >/dev/null
fi
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
PG_DIR=$(mktemp -d /tmp/trade-talks-pg.XXXXXX)
PG_PORT=${TT_PG_PORT:-55432}
chown postgres "$PG_DIR"

cleanup() {
    su postgres -c "$PG_BIN/pg_ctl -D $PG_DIR/data -m fast stop" >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
}
trap cleanup EXIT

echo "== PostgreSQL: start on 127.0.0.1:$PG_PORT =="
su postgres -c "$PG_BIN/initdb -D $PG_DIR/data -U postgres --auth=trust >/dev/null"
su postgres -c "$PG_BIN/pg_ctl -D $PG_DIR/data -o '-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1' -l $PG_DIR/log -w start" >/dev/null
for db in tradetalks tradetalks_writes; do
    su postgres -c "$PG_BIN/psql -h 127.0.0.1 -p $PG_PORT -U postgres -qc \"CREATE DATABASE $db\""
done
su postgres -c "$PG_BIN/psql -h 127.0.0.1 -p $PG_PORT -U postgres -qc \"ALTER USER postgres PASSWORD 'postgres'\""

echo "== PostgreSQL: build for PostgreSQL and run the suite against it =="
# Profile-specific variables (_PROD_...) reach only the packaged application, not the @QuarkusTest runs.
export _PROD_QUARKUS_DATASOURCE_DB_KIND=postgresql
export _PROD_QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/tradetalks"
export _PROD_QUARKUS_DATASOURCE_USERNAME=postgres
export _PROD_QUARKUS_DATASOURCE_PASSWORD=postgres
# The @QuarkusTest unit tests already ran on H2 in step 1 and would not touch PostgreSQL: only the *IT suite runs.
./mvnw -B verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
echo "== PostgreSQL: the packaged application ran on $(su postgres -c "$PG_BIN/psql -h 127.0.0.1 -p $PG_PORT -U postgres -tAc 'select version()'" | cut -d, -f1) =="
su postgres -c "$PG_BIN/psql -h 127.0.0.1 -p $PG_PORT -U postgres -d tradetalks -tAc \"select 'meetings in PostgreSQL: ' || count(*) from meeting\""
