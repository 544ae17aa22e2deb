#!/usr/bin/env bash
# Real-client tests against the packaged service: GraphQL over HTTP audits (graphql-http), subscriptions
# (graphql-ws), a front-end client (graphql-request), GraphiQL in Debian's Chromium (playwright-core) and
# schema hygiene (graphql, @graphql-inspector/core).
#
#   src/test/clients/run.sh              all suites (build the jar first with ./mvnw -B verify or package)
#   src/test/clients/run.sh tests/x.test.js   only the named test files (paths relative to src/test/clients)
#
# It starts target/quarkus-app/quarkus-run.jar itself on a free port (TT_PORT, or the first free from 28080; its management
# interface on TT_MANAGEMENT_PORT, or the first free from 29000) with a fresh data directory and the test key pair, waits
# until it is ready, runs `node --test`, and always stops it.
set -euo pipefail

CLIENTS_DIR="$(cd "$(dirname "$0")" && pwd)"
PROJECT_DIR="$(cd "$CLIENTS_DIR/../../.." && pwd)"
cd "$PROJECT_DIR"

JAR="target/quarkus-app/quarkus-run.jar"

# ---- tools -------------------------------------------------------------------------------------------------
command -v node >/dev/null || { echo "run.sh: node (20+) is required" >&2; exit 1; }
if [ ! -d "$CLIENTS_DIR/node_modules" ]; then
  echo "== npm ci (src/test/clients)"
  (cd "$CLIENTS_DIR" && npm ci --no-audit --no-fund)
fi
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "== apt-get install chromium"
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium
  else
    echo "run.sh: /usr/bin/chromium is missing; install Debian's chromium package (apt-get install chromium)" >&2
    exit 1
  fi
fi
if [ ! -f "$JAR" ]; then
  echo "== $JAR missing: ./mvnw -B package -DskipTests"
  ./mvnw -B package -DskipTests
fi

# ---- the service -------------------------------------------------------------------------------------------
# TT_PORT if set (it must be free), else the first free port from 28080 on (never 8080/8081, which dev mode and
# @QuarkusTest use).
. "$PROJECT_DIR/src/test/free-port.sh"
PORT=$(free_port TT_PORT 28080 28099) || exit 1
# Health and metrics: the management interface, on a port of its own.
MANAGEMENT_PORT=$(free_port TT_MANAGEMENT_PORT 29000 29019) || exit 1

WORK_DIR="$(mktemp -d "${TMPDIR:-/tmp}/tt-clients.XXXXXX")"
LOG="$PROJECT_DIR/target/clients-service.log"
mkdir -p "$PROJECT_DIR/target"
SERVICE_PID=""
stop_service() {
  if [ -n "$SERVICE_PID" ] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill "$SERVICE_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$SERVICE_PID" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$SERVICE_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK_DIR"
}
trap stop_service EXIT
trap 'exit 130' INT TERM

echo "== starting $JAR on port $PORT, management on $MANAGEMENT_PORT (data in $WORK_DIR, log in $LOG)"
java -Dquarkus.http.port="$PORT" -Dquarkus.management.port="$MANAGEMENT_PORT" \
     -Dtrade-talks.data-dir="$WORK_DIR/data" \
     -Dmp.jwt.verify.publickey.location="$PROJECT_DIR/src/test/resources/jwt/editor-public.pem" \
     -Dmp.jwt.verify.issuer=trade-talks \
     -jar "$JAR" >"$LOG" 2>&1 &
SERVICE_PID=$!

ready=""
for _ in $(seq 1 180); do
  if ! kill -0 "$SERVICE_PID" 2>/dev/null; then
    echo "run.sh: the service exited during start-up; its log:" >&2
    tail -n 50 "$LOG" >&2
    exit 1
  fi
  if node -e "fetch('http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready').then(r => process.exit(r.status === 200 ? 0 : 1), () => process.exit(1))"; then
    ready=yes
    break
  fi
  sleep 1
done
if [ -z "$ready" ]; then
  echo "run.sh: the service was not ready after 180 s; its log:" >&2
  tail -n 50 "$LOG" >&2
  exit 1
fi
echo "== service ready"

# ---- the tests ---------------------------------------------------------------------------------------------
export TT_BASE_URL="http://localhost:$PORT"
cd "$CLIENTS_DIR"
if [ "$#" -gt 0 ]; then
  files=("$@")
else
  files=(tests/*.test.js)
fi
status=0
node --test --test-concurrency=1 --test-reporter=spec "${files[@]}" || status=$?
if [ "$status" != 0 ]; then
  echo "run.sh: client tests failed; the service log is $LOG" >&2
fi
exit "$status"
