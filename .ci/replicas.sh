#!/usr/bin/env bash
# Two packaged replicas on one PostgreSQL behave as one service (src/test/clients/replicas): subscribers on one replica
# hear of every change committed through the other once each, in commit order, across a kill -9, a resume, cut database
# connections and a graceful stop; optimistic locking holds across replicas. The node test starts, kills and restarts
# the replicas itself; each one's log is target/replicas/replica-<name>-<start>.log.
#
# Called by .ci/postgres.sh, once target/quarkus-app has been built for PostgreSQL, with the server it started:
#   PG_BIN=/usr/lib/postgresql/15/bin PG_PORT=26432 bash .ci/replicas.sh
# The server must accept the user postgres over TCP on 127.0.0.1 (as .ci/postgres.sh sets it up). The database
# tradetalks_replicas is made afresh. Ports: TT_REPLICA_A_PORT, TT_REPLICA_B_PORT (default: the first free from 28180
# and from 28190).
set -euo pipefail
cd "$(dirname "$0")/.."
: "${PG_BIN:?set PG_BIN to the PostgreSQL bin directory}" "${PG_PORT:?set PG_PORT to the port of a running PostgreSQL}"

JAR="$PWD/target/quarkus-app/quarkus-run.jar"
if [ ! -f "$JAR" ]; then
    echo "replicas.sh: $JAR is missing: build it for PostgreSQL first (see .ci/postgres.sh)" >&2
    exit 1
fi
if [ ! -d src/test/clients/node_modules ]; then
    echo "== npm ci (src/test/clients)"
    (cd src/test/clients && npm ci --no-audit --no-fund)
fi

. src/test/free-port.sh
A_PORT=$(free_port TT_REPLICA_A_PORT 28180 28189) || exit 1
B_PORT=$(free_port TT_REPLICA_B_PORT 28190 28199) || exit 1

DB=tradetalks_replicas
"$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qc "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"

export TT_JAR="$JAR"
export TT_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB"
export TT_DB_USER=postgres
export TT_DB_PASSWORD=postgres
export TT_PSQL="$PG_BIN/psql -h 127.0.0.1 -p $PG_PORT -U postgres -d $DB"
export TT_REPLICA_PORTS="a:$A_PORT,b:$B_PORT"
export TT_BASE_URL="http://127.0.0.1:$A_PORT"
echo "== two replicas of $JAR on $TT_JDBC_URL: a on port $A_PORT, b on port $B_PORT"
cd src/test/clients
node --test --test-concurrency=1 --test-reporter=spec replicas/replicas.test.js
