#!/usr/bin/env bash
# Trade Talks benchmarks: the one entry command. Builds the jars, grows the data set to 1x, 10x, 100x and 1000x the
# curated set, and measures, each as a ratio within this run:
#   - SQL statements per request of a 4-level nested GraphQL query (meetings -> participants -> statements -> source)
#     at each data size, from the service's own /q/metrics (on its management port);
#   - throughput and p50/p99 latency of that query against a hand-written REST endpoint with tuned JPA fetches that
#     serves the identical JSON (checked), interleaved A/B rounds;
#   - startup to the first GraphQL answer: default jar versus the JDK 25 AOT cache (trained by the integration tests);
#   - resident memory after start, after 10k and after 20k requests.
# On H2 embedded (as shipped) or on PostgreSQL (BENCH_DB): there, every round also records the CPU time the database
# server's processes spent, beside the service's.
# Every load-test response is checked (status 200, no "errors" member); any bad response fails the run.
# Results: target/bench/results.md (and results.json). The response cache is off throughout: src/bench/cache.sh
# measures it (cached against uncached throughput of the same query).
#
# Settings (environment, defaults in brackets):
#   BENCH_DB [h2]                     h2: embedded, a database file per data size; postgresql: a throw-away PostgreSQL
#                                     server (Debian's, installed if missing) on BENCH_PG_PORT [25432], a database per
#                                     data size, the bench jar built for it; results then in target/bench/postgresql
#   BENCH_SCALES ["1 10 100 1000"]    data sizes
#   BENCH_DURATION [15], BENCH_ROUNDS [3], BENCH_CONNECTIONS [8]   seconds per A/B round, rounds, wrk connections
#   BENCH_WARMUP_ROUND [15], BENCH_WARMUP_MIN [90], BENCH_WARMUP_MAX [300]
#                                     warm-up rounds (s): at least the minimum, then until two agree within 5%
#   BENCH_STARTUPS [5]                startup runs per variant (0: none, and neither the product jar nor the AOT cache
#                                     is built); startup is measured on H2 whatever BENCH_DB says
#   BENCH_RSS_SCALE [largest], BENCH_RSS_REQUESTS [10000], BENCH_RSS_HEAP [384m], BENCH_RSS_QUERY [light]
#                                     memory phase: size, requests per step, heap, query (light or graphql)
#   BENCH_SERVICE_OPTS ["-Xmx384m -XX:+ExitOnOutOfMemoryError"]   JVM options of every service run
#   BENCH_PORT [18080]                below the kernel's ephemeral range, where a client probing a port nobody listens
#                                     on yet can be connected to itself; the management interface (health, metrics)
#                                     listens on BENCH_PORT + 3 (+ 1 and + 2: the AOT training's test ports)
#   BENCH_SKIP_BUILD=1                reuse the jars of the last run
#   BENCH_JAVA [java on PATH]         JVM of the load tests; BENCH_JDK25 [/usr/lib/jvm/temurin-25*] for startup
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
BENCH=src/bench
DB=${BENCH_DB:-h2}
case $DB in
  h2)         OUT="$ROOT/target/bench" ;;
  postgresql) OUT="$ROOT/target/bench/postgresql" ;;
  *) echo "BENCH_DB must be h2 or postgresql, not '$DB'" >&2; exit 1 ;;
esac
PG_PORT=${BENCH_PG_PORT:-25432}
SCALES=${BENCH_SCALES:-"1 10 100 1000"}
DURATION=${BENCH_DURATION:-15}
ROUNDS=${BENCH_ROUNDS:-3}
CONNECTIONS=${BENCH_CONNECTIONS:-8}
WARMUP_ROUND=${BENCH_WARMUP_ROUND:-15}
WARMUP_MIN=${BENCH_WARMUP_MIN:-90}
WARMUP_MAX=${BENCH_WARMUP_MAX:-300}
STARTUPS=${BENCH_STARTUPS:-5}
RSS_SCALE=${BENCH_RSS_SCALE:-${SCALES##* }}   # memory is followed over 2 x 10k requests at this size (default: the largest)
RSS_REQUESTS=${BENCH_RSS_REQUESTS:-10000}
RSS_KIND=${BENCH_RSS_QUERY:-light}             # light: src/bench/light.graphql; graphql: the nested query
PORT=${BENCH_PORT:-18080}
MANAGEMENT_PORT=$((PORT + 3))
JAVA_LOAD=${BENCH_JAVA:-java}
# The heap the deployment gives the service: 75% (Dockerfile.jvm's MaxRAMPercentage) of the Kubernetes manifest's 512 MiB
# limit. Left to its default (a quarter of this machine's 24 GiB), the heap keeps growing, and RSS with it, long after
# the service has settled.
read -r -a SERVICE_OPTS <<< "${BENCH_SERVICE_OPTS:--Xmx384m -XX:+ExitOnOutOfMemoryError}"
RSS_HEAP=${BENCH_RSS_HEAP:-384m}                 # the memory phase commits and touches this whole heap at start
JCMD=$(dirname "$(readlink -f "$(command -v "$JAVA_LOAD")")")/jcmd
JDK25=${BENCH_JDK25:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1)}
TOOLS="python3 $BENCH/tools.py"

log() { printf '\n== %s  %s\n' "$(date +%H:%M:%S)" "$*"; }
fail() { echo "BENCH FAILED: $*" >&2; exit 1; }

# ---- everything this script starts is stopped on exit ---------------------------------------------------------
SVC=""
PG_DIR=""
cleanup() {
  if [[ -n "$SVC" ]] && kill -0 "$SVC" 2>/dev/null; then
    kill "$SVC" 2>/dev/null || true
    wait "$SVC" 2>/dev/null || true
  fi
  if [[ -n "$PG_DIR" ]]; then pg_stop "$PG_DIR"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- tools -----------------------------------------------------------------------------------------------------
command -v wrk >/dev/null || { log "installing wrk"; (apt-get install -y wrk || (apt-get update && apt-get install -y wrk)) >/dev/null; }
if ((STARTUPS > 0)); then
  [[ -x "$JDK25/bin/java" ]] || fail "no Temurin JDK 25 under /usr/lib/jvm (set BENCH_JDK25, or BENCH_STARTUPS=0)"
fi
for p in "$PORT" "$MANAGEMENT_PORT"; do
  if ss -ltn 2>/dev/null | grep -q ":$p "; then fail "port $p is in use (set BENCH_PORT)"; fi
done
if [[ $DB == postgresql ]] && ss -ltn 2>/dev/null | grep -q ":$PG_PORT "; then fail "port $PG_PORT is in use (set BENCH_PG_PORT)"; fi
# A probe that connects while the service is still starting gets an ephemeral local port; one equal to the service's
# port connects the socket to itself and takes the port away from the service (seen here: "Port 38080 in use").
read -r EPHEMERAL_LOW EPHEMERAL_HIGH < /proc/sys/net/ipv4/ip_local_port_range
if ((PORT + 3 >= EPHEMERAL_LOW && PORT <= EPHEMERAL_HIGH)); then
  fail "BENCH_PORT $PORT (and the ports up to $((PORT + 3))) must lie outside the ephemeral range $EPHEMERAL_LOW-$EPHEMERAL_HIGH"
fi
if [[ $DB == postgresql ]] && ((PG_PORT >= EPHEMERAL_LOW && PG_PORT <= EPHEMERAL_HIGH)); then
  fail "BENCH_PG_PORT $PG_PORT must lie outside the ephemeral range $EPHEMERAL_LOW-$EPHEMERAL_HIGH"
fi

mkdir -p "$OUT"
rm -rf "$OUT/raw" "$OUT/logs" "$OUT/data" && mkdir -p "$OUT/raw" "$OUT/logs" "$OUT/data"

# ---- PostgreSQL: a server of its own, for this run only ----------------------------------------------------------
if [[ $DB == postgresql ]]; then
  . src/test/postgres-server.sh
  log "PostgreSQL: install if missing, start on 127.0.0.1:$PG_PORT"
  pg_install
  pg_remove_stale /tmp/trade-talks-bench-pg
  PG_DIR=$(pg_make_dir /tmp/trade-talks-bench-pg)
  pg_start "$PG_DIR" "$PG_PORT" > "$OUT/logs/postgresql-start.log" 2>&1 || fail "PostgreSQL did not start (see $OUT/logs/postgresql-start.log)"
  PSQL=("$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -q)
  PG_VERSION=$("${PSQL[@]}" -tAc 'SHOW server_version')
  PG_POSTMASTER=$(head -1 "$PG_DIR/data/postmaster.pid")
  echo "PostgreSQL $PG_VERSION, postmaster $PG_POSTMASTER, data in $PG_DIR"
fi

# ---- builds ----------------------------------------------------------------------------------------------------
# BENCH_SKIP_BUILD=1 keeps whichever of the three builds is still in place. The AOT build comes last and stays in
# target/quarkus-app: the JDK's AOT cache remembers where its classes were loaded from, so it only works there.
AOT_APP="$ROOT/target/quarkus-app"
if [[ "${BENCH_SKIP_BUILD:-0}" != 1 || ! -d "$OUT/app-bench" ]]; then
  log "build 1/3: benchmark jar for $DB (-Pbench: product + REST baseline, own build directory target/bench-build)"
  # The database kind is a build-time setting; the profile-specific variable reaches the packaged jar only.
  if [[ $DB == postgresql ]]; then kind=(env _PROD_QUARKUS_DATASOURCE_DB_KIND=postgresql); else kind=(); fi
  "${kind[@]}" ./mvnw -B -q -Pbench package -DskipTests > "$OUT/logs/build-bench.log" 2>&1 || fail "bench build (see $OUT/logs/build-bench.log)"
  rm -rf "$OUT/app-bench" && cp -a target/bench-build/quarkus-app "$OUT/app-bench"
fi
if ((STARTUPS == 0)); then
  log "builds 2/3 and 3/3 (product jar, AOT cache) skipped: BENCH_STARTUPS=0 measures no startup"
elif [[ "${BENCH_SKIP_BUILD:-0}" != 1 || ! -d "$OUT/app-default" ]]; then
  log "build 2/3: product jar, default packaging"
  JAVA_HOME="$JDK25" ./mvnw -B -q package -DskipTests > "$OUT/logs/build-default.log" 2>&1 || fail "default build (see $OUT/logs/build-default.log)"
  rm -rf "$OUT/app-default" && cp -a target/quarkus-app "$OUT/app-default"
fi
if ((STARTUPS > 0)) && [[ "${BENCH_SKIP_BUILD:-0}" != 1 || ! -f "$AOT_APP/app.aot" ]]; then
  log "build 3/3: product jar with the JDK 25 AOT cache, trained by the integration tests (unit tests skipped)"
  JAVA_HOME="$JDK25" ./mvnw -B verify -Dquarkus.package.jar.aot.enabled=true \
      -Dquarkus.http.test-port=$((PORT + 1)) -Dquarkus.http.test-ssl-port=$((PORT + 2)) \
      -Dquarkus.management.test-port="$MANAGEMENT_PORT" \
      -Dquarkus.test.wait-time=300 -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false > "$OUT/logs/build-aot.log" 2>&1 || fail "AOT build (see $OUT/logs/build-aot.log)"
  [[ -f "$AOT_APP/app.aot" ]] || fail "no target/quarkus-app/app.aot after the AOT build"
fi
if ((STARTUPS > 0)) && unzip -l "$OUT/app-default/app/trade-talks-1.0.0-SNAPSHOT.jar" | grep -q 'org/tradetalks/bench/'; then
  fail "the product jar contains benchmark classes"
fi
if [[ $DB == h2 ]]; then H2_JAR=$(ls "$OUT"/app-bench/lib/main/com.h2database.h2-*.jar); fi

# ---- service control -------------------------------------------------------------------------------------------
start_service() { # start_service NAME DATA_DIR [JVM_OPTION...]: on PostgreSQL, the database is named after DATA_DIR
  # The response cache is off: these rounds measure executing the query (the cache has its own benchmark, cache.sh).
  local db_env=()
  if [[ $DB == postgresql ]]; then
    db_env=(QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$(pg_database "$2")"
            QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres)
  fi
  env "${db_env[@]}" "$JAVA_LOAD" "${SERVICE_OPTS[@]}" "${@:3}" -Dquarkus.http.port="$PORT" -Dquarkus.management.port="$MANAGEMENT_PORT" \
      -Dtrade-talks.cache.enabled=false \
      -Dtrade-talks.data-dir="$2" -Dquarkus.log.level=WARN \
      -jar "$OUT/app-bench/quarkus-run.jar" > "$OUT/logs/$1.log" 2>&1 &
  SVC=$!
  $TOOLS wait "$MANAGEMENT_PORT" 120 || fail "service did not start (see $OUT/logs/$1.log)"
}
pg_database() { # pg_database DATA_DIR: the PostgreSQL database of the data size whose H2 files would be in DATA_DIR
  echo "bench_$(basename "$1")"
}
stop_service() {
  kill "$SVC" && wait "$SVC" 2>/dev/null || true
  SVC=""
}

request_body() { # request_body QUERY > FILE: the JSON body of a GraphQL POST
  python3 -c 'import json, sys; print(json.dumps({"query": sys.argv[1].strip()}))' "$1"
}
GQL_BODY="$OUT/raw/nested.json"
request_body "$(< $BENCH/nested.graphql)" > "$GQL_BODY"
LIGHT_BODY="$OUT/raw/light.json"
request_body "$(< $BENCH/light.graphql)" > "$LIGHT_BODY"

wrk_round() { # wrk_round OUT_FILE CONNECTIONS SECONDS METHOD PATH BODY_FILE STOP_AFTER -> the BENCH_RESULT line of check.lua
  BENCH_METHOD=$4 BENCH_PATH=$5 BENCH_BODY_FILE=$6 BENCH_STOP_AFTER=$7 \
    wrk -t1 -c"$2" -d"$3s" --timeout 10s -s $BENCH/check.lua "http://127.0.0.1:$PORT" > "$1" 2>&1 \
    || fail "wrk failed (see $1)"
  grep '^BENCH_RESULT' "$1" || fail "no result from wrk ($1)"
}

load() { # load NAME graphql|light|rest SECONDS [STOP_AFTER]  -> appends one BENCH_RESULT line to raw/NAME.txt
  local name=$1 kind=$2 secs=$3 stop=${4:-0} path method body
  case $kind in
    graphql) method=POST path=/graphql body=$GQL_BODY ;;
    light)   method=POST path=/graphql body=$LIGHT_BODY ;;
    rest)    method=GET path=/bench/nested body="" ;;
  esac
  local cpu_before line cpu_after db_before=0 db_after=0 db=""
  cpu_before=$(awk '{print $14 + $15}' "/proc/$SVC/stat")   # service CPU time (user + system), in clock ticks
  if [[ $DB == postgresql ]]; then db_before=$($TOOLS pgcpu "$PG_POSTMASTER"); fi
  line=$(wrk_round "$OUT/raw/$name.wrk" "$CONNECTIONS" "$secs" "$method" "$path" "$body" "$stop") || exit 1
  cpu_after=$(awk '{print $14 + $15}' "/proc/$SVC/stat")
  if [[ $DB == postgresql ]]; then db_after=$($TOOLS pgcpu "$PG_POSTMASTER"); db=" db_ticks=$((db_after - db_before))"; fi
  echo "$line cpu_ticks=$((cpu_after - cpu_before))$db clk_tck=$(getconf CLK_TCK)" >> "$OUT/raw/$name.txt"
  [[ $line == *" bad_status=0 bad_body=0 socket_errors=0 "* ]] || fail "bad responses in $name: $line"
}

response_check_catches() { # response_check_catches NAME METHOD PATH BODY_FILE: wrk's check must count every answer as bad
  local line
  line=$(wrk_round "$OUT/raw/self-check.wrk" 1 60 "$2" "$3" "$4" 20) || exit 1
  [[ $line == *" bad_status=20 "* || $line == *" bad_body=20 "* ]] || fail "self-check $1: the response check let errors pass: $line"
  echo "self-check $1: all 20 answers counted as bad"
}

warm_up() { # warm_up graphql|rest SCALE: rounds of WARMUP_ROUND s, at least WARMUP_MIN s and then until two in a row agree
            # within 5% (at most WARMUP_MAX s)
  # The JIT needs minutes of load before the GraphQL engine's code is compiled; a fixed short warm-up measured the
  # interpreter. Warm-up rounds are checked like every other round.
  local kind=$1 name="warmup-$1-x$2" spent=0 previous=0 current
  while ((spent < WARMUP_MAX)); do
    load "$name" "$kind" "$WARMUP_ROUND"
    spent=$((spent + WARMUP_ROUND))
    current=$($TOOLS rps "$OUT/raw/$name.txt")
    if ((spent >= WARMUP_MIN)) &&
        python3 -c "import sys; p, c = $previous, $current; sys.exit(0 if p > 0 and abs(c - p) <= 0.05 * p else 1)"; then
      break
    fi
    previous=$current
  done
  echo "warm-up $kind x$2: ${spent}s, last round $current req/s"
}

statements_per_request() { # statements_per_request graphql|rest N
  local before after i
  before=$($TOOLS statements "$MANAGEMENT_PORT")
  for ((i = 0; i < $2; i++)); do
    if [[ $1 == graphql ]]; then
      curl -sf -H 'Content-Type: application/json' --data-binary @"$GQL_BODY" "http://127.0.0.1:$PORT/graphql" > /dev/null
    else
      curl -sf "http://127.0.0.1:$PORT/bench/nested" > /dev/null
    fi
  done
  after=$($TOOLS statements "$MANAGEMENT_PORT")
  python3 -c "print(($after - $before) / $2)"
}

# ---- per data size: data, memory, statements, identical JSON, throughput --------------------------------------------
for scale in $SCALES; do
  data="$OUT/data/x$scale"
  log "x$scale: migrate, then grow the curated data set to ${scale}x"
  if [[ $DB == postgresql ]]; then "${PSQL[@]}" -c "CREATE DATABASE $(pg_database "$data")"; fi
  start_service "migrate-x$scale" "$data"
  stop_service
  python3 $BENCH/gen-data.py --dialect "$DB" "$scale" src/main/resources/db/migration/V*.sql > "$OUT/raw/grow-x$scale.sql"
  t0=$(date +%s.%N)
  if [[ $DB == postgresql ]]; then
    # One transaction; then VACUUM, as autovacuum would soon do in production, so that no load round pays for
    # setting the new rows' hint bits or reads them without a visibility map.
    "${PSQL[@]}" -d "$(pg_database "$data")" -1 -f "$OUT/raw/grow-x$scale.sql" > /dev/null || fail "data generation x$scale"
    "${PSQL[@]}" -d "$(pg_database "$data")" -c "VACUUM ANALYZE" || fail "VACUUM x$scale"
  else
    "$JAVA_LOAD" -cp "$H2_JAR" org.h2.tools.RunScript -url "jdbc:h2:file:$data/tradetalks" -user sa \
        -script "$OUT/raw/grow-x$scale.sql" || fail "data generation x$scale"
  fi
  python3 -c "print('gen_seconds=%.1f' % ($(date +%s.%N) - $t0))" > "$OUT/raw/gen-x$scale.txt"
  counted="SELECT (SELECT COUNT(*) FROM meeting) || ' ' || (SELECT COUNT(*) FROM statement) AS counted"
  if [[ $DB == postgresql ]]; then
    read -r meetings statements < <("${PSQL[@]}" -d "$(pg_database "$data")" -tAc "$counted")
  else
    read -r meetings statements < <("$JAVA_LOAD" -cp "$H2_JAR" org.h2.tools.Shell -url "jdbc:h2:file:$data/tradetalks" \
        -user sa -sql "$counted" | sed -n 2p)
  fi
  [[ -n ${statements:-} ]] || fail "x$scale: could not count the meetings and statements"
  echo "meetings=$meetings statements=$statements" >> "$OUT/raw/gen-x$scale.txt"

  if [[ $scale == "$RSS_SCALE" ]]; then
    # The whole heap is resident from the start (committed and touched), so RSS follows what else the process holds;
    # otherwise RSS steps up whenever the collector first touches another part of the heap (seen: +140 MiB between
    # 10k and 20k requests in one run, before 10k in the next, flat after). A leak on the heap shows in the live heap
    # after a full collection, measured at each point after RSS.
    start_service "load-x$scale" "$data" -Xms"${RSS_HEAP}" -Xmx"${RSS_HEAP}" -XX:+AlwaysPreTouch
    log "x$scale: RSS and live heap after start, after $RSS_REQUESTS and after $((2 * RSS_REQUESTS)) GraphQL requests ($RSS_KIND query)"
    sleep 2
    memory() { echo "rss_$1=$($TOOLS rss "$SVC")"; echo "heap_$1=$($TOOLS heap "$SVC" "$JCMD")"; }
    memory start > "$OUT/raw/rss-x$scale.txt"
    load "rss10k-x$scale" "$RSS_KIND" 3600 "$RSS_REQUESTS"
    memory 10k >> "$OUT/raw/rss-x$scale.txt"
    load "rss20k-x$scale" "$RSS_KIND" 3600 "$RSS_REQUESTS"
    memory 20k >> "$OUT/raw/rss-x$scale.txt"
    cat "$OUT/raw/rss-x$scale.txt"
  else
    start_service "load-x$scale" "$data"
  fi

  if [[ $scale == "${SCALES%% *}" ]]; then
    log "x$scale: self-check: the response check refuses GraphQL errors and failed requests"
    request_body "{ meetings(first: 500) { totalCount } }" > "$OUT/raw/refused.json"
    response_check_catches "GraphQL error (LIMIT_EXCEEDED)" POST /graphql "$OUT/raw/refused.json"
    response_check_catches "HTTP 404" GET /bench/no-such-endpoint ""
  fi

  log "x$scale: identical JSON, SQL statements per request"
  $TOOLS post "$PORT" "$GQL_BODY" "$OUT/raw/graphql-x$scale.json"
  curl -sf "http://127.0.0.1:$PORT/bench/nested" > "$OUT/raw/rest-x$scale.json"
  $TOOLS compare "$OUT/raw/graphql-x$scale.json" "$OUT/raw/rest-x$scale.json" | tee "$OUT/raw/compare-x$scale.txt" \
    || fail "x$scale: GraphQL and REST answers differ"
  {
    echo "graphql=$(statements_per_request graphql 20)"
    echo "rest=$(statements_per_request rest 20)"
  } > "$OUT/raw/statements-x$scale.txt"
  cat "$OUT/raw/statements-x$scale.txt"

  log "x$scale: throughput, GraphQL vs REST, $ROUNDS interleaved rounds of ${DURATION}s"
  warm_up rest "$scale"
  warm_up graphql "$scale"
  for ((r = 1; r <= ROUNDS; r++)); do
    if ((r % 2)); then order="graphql rest"; else order="rest graphql"; fi
    for kind in $order; do
      load "$kind-x$scale" "$kind" "$DURATION"
      tail -1 "$OUT/raw/$kind-x$scale.txt"
    done
  done
  stop_service
done

# ---- startup: default jar versus AOT cache (JDK 25), interleaved, once the load tests are over ----------------------
if ((STARTUPS > 0)); then
  log "startup: default jar vs AOT cache on JDK 25 (and default jar on $JAVA_LOAD), $STARTUPS runs each, interleaved"
  STARTUP_DATA="$OUT/data/startup"
  sync   # dirty pages flushed first: measured right after the builds, the first runs also timed the disk writes
  for ((i = 0; i <= STARTUPS; i++)); do   # run 0 migrates the database and warms the file cache; not counted
    for variant in default aot default17; do
      props=("${SERVICE_OPTS[@]}" -Dquarkus.http.port="$PORT" -Dquarkus.management.port="$MANAGEMENT_PORT"
             -Dtrade-talks.data-dir="$STARTUP_DATA")   # before -jar
      case $variant in
        default)   cmd=("$JDK25/bin/java" "${props[@]}" -jar "$OUT/app-default/quarkus-run.jar") ;;
        aot)       cmd=("$JDK25/bin/java" -XX:AOTMode=on -XX:AOTCache="$AOT_APP/app.aot" "${props[@]}" -jar "$AOT_APP/quarkus-run.jar") ;;
        default17) cmd=("$JAVA_LOAD" "${props[@]}" -jar "$OUT/app-default/quarkus-run.jar") ;;
      esac
      $TOOLS startup "$OUT/raw/startup-$variant-$i.json" "$PORT" -- "${cmd[@]}" > /dev/null \
        || fail "startup run $variant $i (see $OUT/raw/startup-$variant-$i.json.log)"
    done
  done
fi

# ---- report ------------------------------------------------------------------------------------------------------
if [[ $DB == postgresql ]]; then db_desc="PostgreSQL $PG_VERSION (Debian's defaults, on loopback, this machine)"; else db_desc="H2 embedded"; fi
BENCH_DB_DESC=$db_desc BENCH_SERVICE_OPTS="${SERVICE_OPTS[*]}" BENCH_RSS_REQUESTS=$RSS_REQUESTS BENCH_RSS_HEAP=$RSS_HEAP $TOOLS report "$OUT" "$SCALES" "$STARTUPS" "$JAVA_LOAD" "$JDK25" "$CONNECTIONS" "$DURATION" "$ROUNDS"
log "results: $OUT/results.md"
cat "$OUT/results.md"
