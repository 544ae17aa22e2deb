#!/usr/bin/env bash
# The response cache's benchmark: throughput of the repeated nested query (src/bench/nested.graphql, anonymous POST)
# with the cache off and on. Two services of the same jar run side by side on copies of the same data, one with
# trade-talks.cache.enabled=false, one with it on; each is warmed up, then wrk loads them in turn (interleaved rounds,
# the idle one waits), checking every response as src/bench/run.sh does (check.lua: 200, no "errors"). Prints the
# req/s of every round, the ratio of the medians and the CPU per request of the service, of wrk (on these 2-core
# machines wrk's share bounds the cached side's throughput) and of PostgreSQL; results in target/bench/cache/results.md.
#
# Settings (environment, defaults in brackets):
#   BENCH_DB [h2]                      h2: embedded, a copy of the database files per service; postgresql: a throw-away
#                                      PostgreSQL (as src/bench/run.sh starts it) on BENCH_PG_PORT [25432], a database
#                                      per service, the jar built for it; results then in target/bench/cache-postgresql
#   BENCH_SCALE [1]                    data size: the curated set grown this many times (gen-data.py), 1 = as shipped
#   BENCH_DURATION [15], BENCH_ROUNDS [3], BENCH_CONNECTIONS [8]   seconds per round, rounds per variant, connections
#   BENCH_WARMUP [60]                  seconds of load on each service before the rounds
#   BENCH_PORT [18080]                 the uncached service; the cached one BENCH_PORT + 10; management ports + 3
#   BENCH_SKIP_BUILD=1                 reuse target/quarkus-app (else ./mvnw package -DskipTests first); on PostgreSQL
#                                      target/cache-postgresql-build
#   BENCH_SERVICE_OPTS ["-Xmx384m -XX:+ExitOnOutOfMemoryError"]
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
BENCH=src/bench
DB=${BENCH_DB:-h2}
case $DB in
  h2)         OUT="$ROOT/target/bench/cache" BUILT=target/quarkus-app ;;
  postgresql) OUT="$ROOT/target/bench/cache-postgresql" BUILT=target/cache-postgresql-build ;;
  *) echo "BENCH_DB must be h2 or postgresql, not '$DB'" >&2; exit 1 ;;
esac
PG_PORT=${BENCH_PG_PORT:-25432}
SCALE=${BENCH_SCALE:-1}
DURATION=${BENCH_DURATION:-15}
ROUNDS=${BENCH_ROUNDS:-3}
CONNECTIONS=${BENCH_CONNECTIONS:-8}
WARMUP=${BENCH_WARMUP:-60}
PORT=${BENCH_PORT:-18080}
read -r -a SERVICE_OPTS <<< "${BENCH_SERVICE_OPTS:--Xmx384m -XX:+ExitOnOutOfMemoryError}"
TOOLS="python3 $BENCH/tools.py"

log() { printf '\n== %s  %s\n' "$(date +%H:%M:%S)" "$*"; }
fail() { echo "BENCH FAILED: $*" >&2; exit 1; }

PIDS=()
PG_DIR=""
stop_service() { # stop_service PID: the services are started in $(...), so they are not this shell's children and wait cannot wait
  kill "$1" 2>/dev/null || return 0
  for _ in $(seq 1 100); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.2; done
  kill -9 "$1" 2>/dev/null || true
}
cleanup() {
  for pid in "${PIDS[@]}"; do stop_service "$pid"; done
  if [[ -n "$PG_DIR" ]]; then pg_stop "$PG_DIR"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

command -v wrk >/dev/null || { log "installing wrk"; (apt-get install -y wrk || (apt-get update && apt-get install -y wrk)) >/dev/null; }
for p in "$PORT" $((PORT + 3)) $((PORT + 10)) $((PORT + 13)); do
  if ss -ltn 2>/dev/null | grep -q ":$p "; then fail "port $p is in use (set BENCH_PORT)"; fi
done
if [[ $DB == postgresql ]] && ss -ltn 2>/dev/null | grep -q ":$PG_PORT "; then fail "port $PG_PORT is in use (set BENCH_PG_PORT)"; fi
rm -rf "$OUT" && mkdir -p "$OUT/raw" "$OUT/logs" "$OUT/data"

if [[ $DB == postgresql ]]; then
  . src/test/postgres-server.sh
  log "PostgreSQL: install if missing, start on 127.0.0.1:$PG_PORT"
  pg_install
  pg_remove_stale /tmp/trade-talks-bench-pg
  PG_DIR=$(pg_make_dir /tmp/trade-talks-bench-pg)
  pg_start "$PG_DIR" "$PG_PORT" > "$OUT/logs/postgresql-start.log" 2>&1 || fail "PostgreSQL did not start (see $OUT/logs/postgresql-start.log)"
  PSQL=("$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -q)
  PG_POSTMASTER=$(head -1 "$PG_DIR/data/postmaster.pid")
fi

if [[ "${BENCH_SKIP_BUILD:-0}" != 1 || ! -f "$BUILT/quarkus-run.jar" ]]; then
  if [[ $DB == postgresql ]]; then
    # The database kind is a build-time setting: this build goes to a directory of its own, so that target/quarkus-app
    # (the H2 build, and run.sh's AOT cache) stays as it is.
    log "build: _PROD_QUARKUS_DATASOURCE_DB_KIND=postgresql ./mvnw package -DskipTests (into $BUILT)"
    _PROD_QUARKUS_DATASOURCE_DB_KIND=postgresql ./mvnw -B -q package -DskipTests \
        -Dquarkus.package.output-directory="${BUILT#target/}" > "$OUT/logs/build.log" 2>&1 \
        || fail "build (see $OUT/logs/build.log)"
  else
    log "build: ./mvnw package -DskipTests"
    ./mvnw -B -q package -DskipTests > "$OUT/logs/build.log" 2>&1 || fail "build (see $OUT/logs/build.log)"
  fi
fi
APP="$OUT/app"
cp -a "$BUILT" "$APP"   # the services run from a copy: a build meanwhile does not change them
if [[ $DB == h2 ]]; then H2_JAR=$(ls "$APP"/lib/main/com.h2database.h2-*.jar); fi

start() { # start NAME PORT CACHE_ENABLED: echoes the pid; on PostgreSQL the database is bench_NAME
  local db_env=()
  if [[ $DB == postgresql ]]; then
    db_env=(QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/bench_$1"
            QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres)
  fi
  env "${db_env[@]}" java "${SERVICE_OPTS[@]}" -Dquarkus.http.port="$2" -Dquarkus.management.port=$(($2 + 3)) \
      -Dtrade-talks.data-dir="$OUT/data/$1" -Dtrade-talks.cache.enabled="$3" -Dquarkus.log.level=WARN \
      -jar "$APP/quarkus-run.jar" > "$OUT/logs/$1.log" 2>&1 &
  echo $!
}

log "data: the curated set x$SCALE"
if [[ $DB == postgresql ]]; then "${PSQL[@]}" -c "CREATE DATABASE bench_migrate"; fi
pid=$(start migrate "$PORT" false); PIDS+=("$pid")
$TOOLS wait $((PORT + 3)) 180 || fail "service did not start (see $OUT/logs/migrate.log)"
stop_service "$pid"; PIDS=()
if ((SCALE > 1)); then
  python3 $BENCH/gen-data.py --dialect "$DB" "$SCALE" src/main/resources/db/migration/V*.sql > "$OUT/raw/grow.sql"
  if [[ $DB == postgresql ]]; then
    "${PSQL[@]}" -d bench_migrate -1 -f "$OUT/raw/grow.sql" > /dev/null || fail "data generation"
  else
    java -cp "$H2_JAR" org.h2.tools.RunScript -url "jdbc:h2:file:$OUT/data/migrate/tradetalks" -user sa \
        -script "$OUT/raw/grow.sql" || fail "data generation"
  fi
fi
if [[ $DB == postgresql ]]; then
  "${PSQL[@]}" -d bench_migrate -c "VACUUM ANALYZE"
  for copy in uncached cached; do "${PSQL[@]}" -c "CREATE DATABASE bench_$copy TEMPLATE bench_migrate"; done
else
  cp -a "$OUT/data/migrate" "$OUT/data/uncached"
  cp -a "$OUT/data/migrate" "$OUT/data/cached"
fi

log "two services: uncached on $PORT, cached on $((PORT + 10))"
UNCACHED_PID=$(start uncached "$PORT" false); PIDS+=("$UNCACHED_PID")
CACHED_PID=$(start cached $((PORT + 10)) true); PIDS+=("$CACHED_PID")
$TOOLS wait $((PORT + 3)) 180 || fail "uncached service did not start"
$TOOLS wait $((PORT + 13)) 180 || fail "cached service did not start"

python3 -c 'import json, sys; print(json.dumps({"query": open(sys.argv[1]).read().strip()}))' $BENCH/nested.graphql > "$OUT/raw/nested.json"
$TOOLS post "$PORT" "$OUT/raw/nested.json" "$OUT/raw/uncached.json"
$TOOLS post $((PORT + 10)) "$OUT/raw/nested.json" "$OUT/raw/cached.json"
cmp -s "$OUT/raw/uncached.json" "$OUT/raw/cached.json" || fail "the cached service answers differently"

round() { # round NAME PORT SECONDS SERVICE_PID -> appends a BENCH_RESULT line to raw/NAME.txt, with the CPU time spent
           # meanwhile by the service, by wrk (this shell's waited-for children) and, on PostgreSQL, by the database
  local line svc_before svc_after wrk_before wrk_after db_before=0 db_after=0 db=""
  svc_before=$(awk '{print $14 + $15}' "/proc/$4/stat")
  wrk_before=$(awk '{print $16 + $17}' "/proc/$$/stat")
  if [[ $DB == postgresql ]]; then db_before=$($TOOLS pgcpu "$PG_POSTMASTER"); fi
  BENCH_METHOD=POST BENCH_PATH=/graphql BENCH_BODY_FILE="$OUT/raw/nested.json" BENCH_STOP_AFTER=0 \
    wrk -t1 -c"$CONNECTIONS" -d"$3s" --timeout 10s -s $BENCH/check.lua "http://127.0.0.1:$2" > "$OUT/raw/$1.wrk" 2>&1 \
    || fail "wrk failed (see $OUT/raw/$1.wrk)"
  svc_after=$(awk '{print $14 + $15}' "/proc/$4/stat")
  wrk_after=$(awk '{print $16 + $17}' "/proc/$$/stat")
  if [[ $DB == postgresql ]]; then db_after=$($TOOLS pgcpu "$PG_POSTMASTER"); db=" db_ticks=$((db_after - db_before))"; fi
  line=$(grep '^BENCH_RESULT' "$OUT/raw/$1.wrk") || fail "no result from wrk ($OUT/raw/$1.wrk)"
  [[ $line == *" bad_status=0 bad_body=0 socket_errors=0 "* ]] || fail "bad responses in $1: $line"
  echo "$line cpu_ticks=$((svc_after - svc_before)) wrk_ticks=$((wrk_after - wrk_before))$db clk_tck=$(getconf CLK_TCK)" >> "$OUT/raw/$1.txt"
}

log "warm-up: ${WARMUP}s each"
round warmup-uncached "$PORT" "$WARMUP" "$UNCACHED_PID"
round warmup-cached $((PORT + 10)) "$WARMUP" "$CACHED_PID"

log "$ROUNDS interleaved rounds of ${DURATION}s each"
for ((r = 1; r <= ROUNDS; r++)); do
  if ((r % 2)); then order="uncached cached"; else order="cached uncached"; fi
  for variant in $order; do
    if [[ $variant == uncached ]]; then round uncached "$PORT" "$DURATION" "$UNCACHED_PID"
    else round cached $((PORT + 10)) "$DURATION" "$CACHED_PID"; fi
    echo "$variant: $(tail -1 "$OUT/raw/$variant.txt")"
  done
done
hits=$(curl -sf "http://127.0.0.1:$((PORT + 13))/q/metrics" | awk '/^graphql_response_cache_total\{.*result="hit"/ {print $2}')

python3 - "$OUT" "$SCALE" "$CONNECTIONS" "$DURATION" "$ROUNDS" "$hits" "$DB" <<'PY' | tee "$OUT/results.md"
import sys
sys.path.insert(0, "src/bench")
import tools
out, scale, connections, duration, rounds_n, hits, db = sys.argv[1:8]
rounds = {v: tools.wrk_rounds(f"{out}/raw/{v}.txt") for v in ("uncached", "cached")}
per = {v: [tools.rps([r]) for r in rs] for v, rs in rounds.items()}
med = {v: tools.median(x) for v, x in per.items()}
def ms_per_request(v, ticks):   # CPU ms per request over all rounds of a variant
    return sum(r[ticks] / r["clk_tck"] * 1000 for r in rounds[v]) / sum(r["requests"] for r in rounds[v])
columns = [("service", "cpu_ticks"), ("wrk", "wrk_ticks")] + ([("database", "db_ticks")] if db == "postgresql" else [])
db = {"h2": "H2 embedded", "postgresql": "PostgreSQL"}[db]
print(f"# Response cache: the nested query repeated, x{scale} data on {db}, wrk -t1 -c{connections}, {rounds_n} x {duration} s interleaved\n")
print("| variant | req/s per round | median | " + " | ".join(f"{name} CPU ms/request" for name, _ in columns) + " |")
print("|---|---|---|" + "---|" * len(columns))
for v in ("uncached", "cached"):
    cpu = " | ".join(f"{ms_per_request(v, ticks):.3f}" for _, ticks in columns)
    print(f"| {v} | {', '.join(f'{x:.0f}' for x in per[v])} | {med[v]:.0f} | {cpu} |")
print(f"\ncached / uncached: **{med['cached'] / med['uncached']:.2f}x** (target >= 3x); service CPU per request, "
      f"uncached / cached: {ms_per_request('uncached', 'cpu_ticks') / ms_per_request('cached', 'cpu_ticks'):.2f}x; "
      f"cache hits counted: {hits}")
PY
