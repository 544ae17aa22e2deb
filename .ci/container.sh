#!/usr/bin/env bash
# Builds and smoke-tests the JVM container image (src/main/docker/Dockerfile.jvm) with podman.
#
# Runs after `./mvnw -B verify` has produced target/quarkus-app/, as root, on a Debian bookworm
# machine that may have nothing installed yet. No image registry is reachable, so the base image
# (Debian bookworm + OpenJDK 17 JRE) is built locally with debootstrap from the machine's own Debian
# mirror and kept in podman's store: later runs reuse it. Re-runnable: leftovers of an earlier run
# are removed first, and the container and its volume are always removed at the end.
#
# Knobs (environment): TT_HOST_PORT (default 18080), TT_HOST_MANAGEMENT_PORT (health and metrics, default 19000),
# TT_WAIT_SECONDS (default 90),
# DEBIAN_MIRROR (default: taken from the apt sources), TT_REBUILD_BASE=1 (rebuild the base image).
set -euo pipefail
cd "$(dirname "$0")/.."

BASE_IMAGE=localhost/trade-talks-base:bookworm
APP_IMAGE=localhost/trade-talks:jvm
CONTAINER=trade-talks-ci
VOLUME=trade-talks-ci-data
HOST_PORT=${TT_HOST_PORT:-18080}
HOST_MANAGEMENT_PORT=${TT_HOST_MANAGEMENT_PORT:-19000}
WAIT_SECONDS=${TT_WAIT_SECONDS:-90}
URL="http://127.0.0.1:${HOST_PORT}/graphql"

WORK=$(mktemp -d /var/tmp/trade-talks-container.XXXXXX)
LOG_DIR="$WORK/logs"
mkdir -p "$LOG_DIR"
T0=$SECONDS
STEP_T0=$SECONDS
CONTAINER_STARTED=0

step() {
  if [ -n "${CURRENT_STEP:-}" ]; then
    echo "   (${CURRENT_STEP}: $((SECONDS - STEP_T0)) s)"
  fi
  CURRENT_STEP=$1
  STEP_T0=$SECONDS
  echo "== $1 =="
}

# Runs a noisy command with its output in a log file; shows the end of that log if it fails.
quiet() {
  local name=$1; shift
  if ! "$@" >"$LOG_DIR/$name.log" 2>&1; then
    echo "!! '$*' failed; last lines of its output:" >&2
    tail -n 40 "$LOG_DIR/$name.log" >&2
    return 1
  fi
}

cleanup() {
  local rc=$?
  set +e
  if command -v podman >/dev/null 2>&1; then
    if [ "$rc" -ne 0 ] && [ "$CONTAINER_STARTED" = 1 ]; then
      echo "== container logs (run failed) =="
      podman logs --tail 200 "$CONTAINER" 2>&1
    fi
    echo "== cleanup: removing container $CONTAINER and volume $VOLUME =="
    podman rm -f -t 5 "$CONTAINER" >/dev/null 2>&1
    podman volume rm -f "$VOLUME" >/dev/null 2>&1
  fi
  [ -d "$WORK/rootfs" ] && rm -rf --one-file-system "$WORK/rootfs"
  rm -rf "$WORK"
  if [ "$rc" -eq 0 ]; then
    echo "== container checks passed in $((SECONDS - T0)) s =="
  else
    echo "== container checks FAILED (exit $rc) after $((SECONDS - T0)) s ==" >&2
  fi
  exit "$rc"
}
trap cleanup EXIT

# POSTs a GraphQL query (a JSON string literal, without its quotes) and prints the response body.
graphql() {
  curl -sS --max-time 10 -H 'Content-Type: application/json' \
    --data "{\"query\":\"$1\"}" "$URL"
}

wait_until_ready() {
  local deadline=$((SECONDS + WAIT_SECONDS)) body=""
  while [ "$SECONDS" -lt "$deadline" ]; do
    if [ "$(podman inspect -f '{{.State.Running}}' "$CONTAINER" 2>/dev/null)" != true ]; then
      echo "!! container $CONTAINER is not running" >&2
      return 1
    fi
    body=$(graphql '{ countries { code } }' 2>/dev/null || true)
    if [[ $body == *'"JP"'* ]]; then
      echo "   answering after $((SECONDS - STEP_T0)) s: ${body:0:120}"
      return 0
    fi
    sleep 1
  done
  echo "!! no answer containing \"JP\" from $URL within ${WAIT_SECONDS} s; last body: ${body:0:300}" >&2
  return 1
}

assert_answering() {
  local body
  body=$(graphql '{ countries { code } }')
  if [[ $body != *'"JP"'* ]]; then
    echo "!! unexpected answer from $URL: ${body:0:300}" >&2
    return 1
  fi
}

# Readiness answers UP on the management port; the API port does not serve it, nor the metrics.
check_management_port() {
  local ready public
  ready=$(curl -sS --max-time 10 "http://127.0.0.1:${HOST_MANAGEMENT_PORT}/q/health/ready" | tr -d ' \n')
  echo "   readiness: ${ready:0:120}"
  [[ $ready == '{"status":"UP"'* ]] || { echo "!! readiness is not UP" >&2; return 1; }
  public=$(curl -sS --max-time 10 -o /dev/null -w '%{http_code}' "http://127.0.0.1:${HOST_PORT}/q/metrics")
  echo "   /q/metrics on the API port: HTTP $public"
  [ "$public" = 404 ] || { echo "!! /q/metrics answered $public on the API port" >&2; return 1; }
}

# The container trusts the development key pair (CI only), so an editor token from scripts/dev-token.sh
# can write; the country it creates must still be there after the restart.
PERSISTED_CODE=ZX
check_persistence_before_restart() {
  local token body
  token=$(scripts/dev-token.sh)
  body=$(curl -sS --max-time 10 -H 'Content-Type: application/json' -H "Authorization: Bearer $token" \
    --data "{\"query\":\"mutation { createCountry(code: \\\"$PERSISTED_CODE\\\", input: {name: \\\"Container Test\\\", region: \\\"CI\\\"}) { code version } }\"}" "$URL")
  echo "   mutation: $body"
  echo "$body" | grep -q "\"code\":\"$PERSISTED_CODE\"" || { echo "!! the write was refused" >&2; return 1; }
}

check_persistence_after_restart() {
  local body
  body=$(graphql "{ country(code: \\\"$PERSISTED_CODE\\\") { code name } }")
  echo "   after restart: $body"
  echo "$body" | grep -q '"name":"Container Test"' || { echo "!! the write did not survive the restart" >&2; return 1; }
}

# Prints the first Debian mirror of the machine's apt sources that serves bookworm
# (one-line .list files and deb822 .sources files); http://deb.debian.org/debian if none does.
debian_mirror() {
  local f mirror=""
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] || continue
    mirror=$(awk '
      $1 == "deb" {
        i = 2
        if ($i ~ /^\[/) { while (i <= NF && $i !~ /\]$/) i++; i++ }   # skip [ options ]
        if ($(i + 1) == "bookworm" && $i ~ /^(https?|file):/) { print $i; exit }
      }' "$f")
    [ -n "$mirror" ] && break
  done
  if [ -z "$mirror" ]; then
    for f in /etc/apt/sources.list.d/*.sources; do
      [ -f "$f" ] || continue
      mirror=$(awk '
        function flush() {
          if (types ~ /(^| )deb( |$)/ && suites ~ /(^| )bookworm( |$)/ && enabled !~ /^(no|false)$/ && uri != "") {
            print uri; found = 1; exit
          }
          types = suites = uri = enabled = ""
        }
        /^[[:space:]]*#/ { next }
        /^[[:space:]]*$/ { flush(); next }
        { key = tolower($1); sub(/:$/, "", key); $1 = ""; sub(/^[[:space:]]+/, ""); val = $0 }
        key == "types" { types = val }
        key == "suites" { suites = val }
        key == "enabled" { enabled = tolower(val) }
        key == "uris" { n = split(val, u, /[[:space:]]+/); for (j = 1; j <= n; j++) if (u[j] ~ /^(https?|file):/) { uri = u[j]; break } }
        END { if (!found) flush() }' "$f")
      [ -n "$mirror" ] && break
    done
  fi
  echo "${mirror:-http://deb.debian.org/debian}"
}

# ---------------------------------------------------------------------------------------------------
step "checking the packaged application"
if [ ! -f target/quarkus-app/quarkus-run.jar ]; then
  echo "!! target/quarkus-app/quarkus-run.jar is missing: run ./mvnw package (or verify) first" >&2
  exit 1
fi

step "installing podman and debootstrap"
PACKAGES=(podman runc debootstrap uidmap slirp4netns fuse-overlayfs curl ca-certificates)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f '${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "!! must run as root to install: ${missing[*]}" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  quiet apt-update apt-get -q update
  quiet apt-install apt-get -q -y -o Dpkg::Use-Pty=0 install "${missing[@]}"
  echo "   installed: ${missing[*]}"
else
  echo "   already installed"
fi
echo "   $(podman --version), runc $(runc --version | awk 'NR==1 {print $3}')"

step "configuring podman (runc, ulimits)"
mkdir -p "$WORK/conf"
cat >"$WORK/conf/containers.conf" <<'CONF'
[containers]
default_ulimits = ["nofile=20000:20000", "nproc=4096:4096"]

[engine]
runtime = "runc"
CONF
export CONTAINERS_CONF="$WORK/conf/containers.conf"
# Leftovers of an earlier, interrupted run.
podman rm -f -t 5 "$CONTAINER" >/dev/null 2>&1 || true
podman volume rm -f "$VOLUME" >/dev/null 2>&1 || true

step "base image $BASE_IMAGE"
if [ "${TT_REBUILD_BASE:-0}" != 1 ] && podman image exists "$BASE_IMAGE"; then
  echo "   already built, reused"
else
  MIRROR=${DEBIAN_MIRROR:-$(debian_mirror)}
  echo "   debootstrap bookworm (minbase + openjdk-17-jre-headless) from $MIRROR"
  quiet debootstrap debootstrap --variant=minbase --include=openjdk-17-jre-headless \
    bookworm "$WORK/rootfs" "$MIRROR"
  rm -rf "$WORK/rootfs"/var/cache/apt/archives/*.deb "$WORK/rootfs"/var/lib/apt/lists/*
  quiet import sh -c "tar -C '$WORK/rootfs' -c . | podman import \
      --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
      --change 'ENV LANG=C.UTF-8' \
      --change 'CMD [\"/bin/bash\"]' \
      - '$BASE_IMAGE'"
  rm -rf --one-file-system "$WORK/rootfs"
  echo "   built: $(podman image inspect -f '{{.Size}}' "$BASE_IMAGE" | awk '{printf "%d MB", $1/1e6}')"
fi
podman run --rm "$BASE_IMAGE" java -version 2>&1 | sed -n '1s/^/   /p'

step "building $APP_IMAGE from src/main/docker/Dockerfile.jvm"
previous_id=$(podman image inspect -f '{{.Id}}' "$APP_IMAGE" 2>/dev/null || true)
quiet podman-build podman build --pull=never --build-arg "BASE_IMAGE=$BASE_IMAGE" \
  -f src/main/docker/Dockerfile.jvm -t "$APP_IMAGE" .
# The image this build replaced is now untagged: drop it so that re-runs do not pile them up.
if [ -n "$previous_id" ] && [ "$previous_id" != "$(podman image inspect -f '{{.Id}}' "$APP_IMAGE")" ]; then
  podman rmi "$previous_id" >/dev/null 2>&1 || true
fi
echo "   built: $(podman image inspect -f '{{.Size}}' "$APP_IMAGE" | awk '{printf "%d MB", $1/1e6}')"

step "starting container $CONTAINER on port $HOST_PORT (management $HOST_MANAGEMENT_PORT) with volume $VOLUME"
podman volume create "$VOLUME" >/dev/null
CONTAINER_STARTED=1
podman run -d --name "$CONTAINER" -p "127.0.0.1:${HOST_PORT}:8080" -p "127.0.0.1:${HOST_MANAGEMENT_PORT}:9000" \
  -e "MP_JWT_VERIFY_PUBLICKEY=$(cat src/test/resources/jwt/editor-public.pem)" \
  -v "$VOLUME:/deployments/data" "$APP_IMAGE" >/dev/null

step "waiting (at most ${WAIT_SECONDS} s) for GraphQL { countries { code } } to answer JP"
wait_until_ready

step "health and metrics on the management port (9000 in the container), not on the API port"
check_management_port

step "checking the container runs as a non-root user"
uid=$(podman exec "$CONTAINER" id -u)
if [ "$uid" = 0 ]; then
  echo "!! the container runs as root" >&2
  exit 1
fi
owner=$(podman exec "$CONTAINER" stat -c '%u' /deployments/data)
if [ "$owner" != "$uid" ]; then
  echo "!! /deployments/data is owned by uid $owner, the application runs as uid $uid" >&2
  exit 1
fi
podman exec "$CONTAINER" sh -c 'touch /deployments/data/.write-test && rm /deployments/data/.write-test'
echo "   uid $uid, /deployments/data (volume) owned by it and writable"

step "the read-only integration suite against the container's port"
# @QuarkusIntegrationTest talks to an already running application when quarkus.http.test-host is set.
# The suites that write (their own test profile and database) stay with the jar runs.
quiet container-its ./mvnw -B failsafe:integration-test failsafe:verify \
  -Dit.test='*QueriesIT,ArticleFactsIT,CursorPaginationIT,ErrorResponseIT,QueryLimitsIT,SchemaSnapshotIT,MetricsAndRequestIdIT,ManagementInterfaceIT' \
  -Dquarkus.http.test-host=127.0.0.1 -Dquarkus.http.test-port="$HOST_PORT" -Dquarkus.management.test-port="$HOST_MANAGEMENT_PORT"
echo "   $(grep -E '^\[[A-Z]+\] Tests run: [0-9]+, Failures' "$LOG_DIR/container-its.log" | tail -n 1 | sed 's/^\[[A-Z]*\] //') (against the container)"

step "persistence: before restart"
check_persistence_before_restart

step "restarting the container"
podman restart -t 20 "$CONTAINER" >/dev/null
wait_until_ready

step "persistence: after restart"
check_persistence_after_restart

step "done"
