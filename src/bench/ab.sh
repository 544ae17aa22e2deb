#!/usr/bin/env bash
# A/B of builds: the service CPU time per request of the nested query (src/bench/nested.graphql, anonymous POST,
# response cache off) for two or more builds of the service, started side by side on copies of the same H2 database,
# loaded in turn (interleaved rounds, the idle ones wait). Each answer is checked (check.lua: 200, no "errors"), and
# the builds must give the same answer before the load starts. This is how each gain of docs/PERFORMANCE.md was kept
# or dropped: one run on one machine, so the ratio per round is what to read.
#
#   src/bench/ab.sh DATA_DIR BUILD_DIR...       e.g. src/bench/ab.sh target/bench/data/x100 /tmp/old-app target/quarkus-app
#
# DATA_DIR holds an H2 database (tradetalks.mv.db), e.g. one grown by src/bench/run.sh; a BUILD_DIR is a
# target/quarkus-app of some build. Settings: BENCH_ROUNDS [5], BENCH_DURATION [20] s per round,
# BENCH_WARMUP [90] s per build before the rounds, BENCH_CONNECTIONS [8], BENCH_PORT [18080] (build i on + 100 i).
# On PostgreSQL: BENCH_JDBC_URL=jdbc:postgresql://HOST:PORT/DATABASE (user and password postgres, as run.sh's server
# has them) and DATA_DIR "-": every build reads the same database (the load only reads), each build built for
# PostgreSQL (_PROD_QUARKUS_DATASOURCE_DB_KIND=postgresql ./mvnw package).
set -euo pipefail

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
DATA=$1; shift
ROUNDS=${BENCH_ROUNDS:-5}
DURATION=${BENCH_DURATION:-20}
WARMUP=${BENCH_WARMUP:-90}
CONNECTIONS=${BENCH_CONNECTIONS:-8}
PORT=${BENCH_PORT:-18080}
WORK=$(mktemp -d /tmp/trade-talks-ab.XXXXXX)
BUILDS=("$@")
PIDS=()
trap 'kill "${PIDS[@]}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

python3 -c 'import json, sys; print(json.dumps({"query": open(sys.argv[1]).read().strip()}))' \
  "$BENCH/nested.graphql" > "$WORK/nested.json"

for i in "${!BUILDS[@]}"; do
  mkdir -p "$WORK/data$i"
  if [[ -n ${BENCH_JDBC_URL:-} ]]; then
    export QUARKUS_DATASOURCE_JDBC_URL=$BENCH_JDBC_URL QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres
  else
    cp "$DATA"/*.mv.db "$WORK/data$i/"
  fi
  java -Xmx384m -Dtrade-talks.cache.enabled=false -Dquarkus.http.port=$((PORT + 100 * i)) \
    -Dquarkus.management.port=$((PORT + 100 * i + 3)) -Dtrade-talks.data-dir="$WORK/data$i" \
    -jar "${BUILDS[$i]}/quarkus-run.jar" > "$WORK/service$i.log" 2>&1 &
  PIDS+=($!)
done
for i in "${!PIDS[@]}"; do
  python3 "$BENCH/tools.py" wait $((PORT + 100 * i + 3)) 120 || { echo "build $i did not start: $WORK/service$i.log" >&2; exit 1; }
done

answer() { curl -sf -H 'Content-Type: application/json' --data @"$WORK/nested.json" "http://127.0.0.1:$1/graphql" | sha1sum; }
reference=$(answer "$PORT")
for i in "${!PIDS[@]}"; do
  [[ $(answer $((PORT + 100 * i))) == "$reference" ]] || { echo "build $i answers differently from build 0" >&2; exit 1; }
done

round() { # round BUILD_INDEX SECONDS -> "ms/request req/s"
  local pid=${PIDS[$1]} port=$((PORT + 100 * $1)) before after line requests
  before=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  BENCH_METHOD=POST BENCH_PATH=/graphql BENCH_BODY_FILE="$WORK/nested.json" BENCH_STOP_AFTER=0 \
    wrk -t1 -c"$CONNECTIONS" -d"$2s" --timeout 10s -s "$BENCH/check.lua" "http://127.0.0.1:$port" > "$WORK/wrk.txt" 2>&1
  after=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  line=$(grep '^BENCH_RESULT' "$WORK/wrk.txt")
  [[ $line == *" bad_status=0 bad_body=0 socket_errors=0 "* ]] || { echo "bad responses: $line" >&2; exit 1; }
  requests=$(sed 's/.* requests=\([0-9]*\).*/\1/' <<< "$line")
  python3 -c "import sys; t, n, s = map(float, sys.argv[1:]); print('%.2f ms/request  %.0f req/s' % (t * 1000 / $(getconf CLK_TCK) / n, n / s))" \
    $((after - before)) "$requests" "$2"
}

echo "warm-up: ${WARMUP}s per build, in 30 s turns"
for ((t = 0; t < WARMUP; t += 30)); do
  for i in "${!PIDS[@]}"; do round "$i" 30 > /dev/null; done
done
for ((r = 1; r <= ROUNDS; r++)); do
  for i in "${!PIDS[@]}"; do echo "round $r, build $i (${BUILDS[$i]}): $(round "$i" "$DURATION")"; done
done
