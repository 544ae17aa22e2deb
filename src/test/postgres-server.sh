# Sourced by the scripts that start a throw-away PostgreSQL of their own (.ci/postgres.sh, src/bench/run.sh): Debian's
# server, run as the user postgres from a temporary directory, on loopback, trust authentication, the user postgres
# with the password postgres (the JDBC driver sends one). Needs root (apt-get, su).
#
#   pg_install                              installs Debian's postgresql if no server is there; sets PG_BIN
#   pg_remove_stale /tmp/PREFIX             stops and removes what interrupted runs left in /tmp/PREFIX.*
#   PG_DIR=$(pg_make_dir /tmp/PREFIX)       a fresh directory, marked with this shell's PID as its runner's
#   pg_start "$PG_DIR" PORT                 initdb and start; prints the server's log if it does not start
#   pg_stop "$PG_DIR"                       stop the server and remove the directory
#   as_postgres COMMAND                     runs COMMAND (one string) as the user postgres

pg_install() {
  if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
}

# From /, so that su has no checkout directory to complain it cannot enter as the postgres user.
as_postgres() { (cd / && su postgres -c "$1"); }

# A run that was killed (a CI timeout, a cancelled job) never reached its cleanup and may have left its server
# running on the port. Each run records its shell's PID next to its data directory; a server whose run is gone
# is stopped, one whose run is still alive (a concurrent job) is left alone.
pg_remove_stale() {
  local stale runner
  for stale in "$1".*; do
    [ -d "$stale" ] || continue
    runner=$(cat "$stale/runner.pid" 2>/dev/null || true)
    if [ -n "$runner" ] && kill -0 "$runner" 2>/dev/null; then continue; fi
    echo "   removing what an interrupted earlier run left: $stale"
    as_postgres "$PG_BIN/pg_ctl -D $stale/data -m immediate stop" >/dev/null 2>&1 || true
    rm -rf "$stale"
  done
}

pg_make_dir() {
  local dir
  dir=$(mktemp -d "$1.XXXXXX")
  echo $$ > "$dir/runner.pid"
  chown postgres "$dir"
  echo "$dir"
}

pg_start() {
  as_postgres "$PG_BIN/initdb -D $1/data -U postgres --auth=trust >/dev/null"
  if ! as_postgres "$PG_BIN/pg_ctl -D $1/data -o '-p $2 -k $1 -c listen_addresses=127.0.0.1' -l $1/log -w -t 120 start" >/dev/null; then
    echo "   the server did not start; its log:"
    sed 's/^/   | /' "$1/log" || true
    return 1
  fi
  as_postgres "$PG_BIN/psql -h 127.0.0.1 -p $2 -U postgres -qc \"ALTER USER postgres PASSWORD 'postgres'\""
}

pg_stop() {
  as_postgres "$PG_BIN/pg_ctl -D $1/data -m fast stop" >/dev/null 2>&1 || true
  rm -rf "$1"
}
