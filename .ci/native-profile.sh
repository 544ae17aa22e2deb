#!/usr/bin/env bash
# Checks what the `native` Maven profile builds, without GraalVM: runs the profile's build up to the native-image
# call (quarkus.native.sources-only: every Quarkus build step of a native build runs, native-image does not) and
# reads the build-time configuration Quarkus actually used (its config-tracking dump). The binary must be built for
# PostgreSQL: Quarkus cannot embed H2 in a native image. About 1.5 minutes on 2 cores once the classes are compiled.
#
# It rebuilds target/quarkus-app (for PostgreSQL) and writes target/native-sources: run it after the steps that use
# the H2 jar.
set -euo pipefail
cd "$(dirname "$0")/.."

# Only the profile decides here: a database kind given through the environment would override it.
unset QUARKUS_DATASOURCE_DB_KIND _PROD_QUARKUS_DATASOURCE_DB_KIND

dump="$PWD/target/native-profile/build-config.txt"
rm -f "$dump"
./mvnw -B -q package -Dnative -Dquarkus.native.sources-only=true -DskipTests \
    -Dquarkus.config-tracking.enabled=true -Dquarkus.config-tracking.file="$dump"

fail() { echo "native profile: $*" >&2; exit 1; }
[ -f "$dump" ] || fail "the build wrote no configuration dump at $dump"
value() { sed -n "s/^$1=//p" "$dump"; }

[ "$(value quarkus.native.enabled)" = true ] || fail "the profile did not enable the native build"
grep -qx 'type=native-sources' target/quarkus-artifact.properties \
    || fail "the build did not produce the native sources: $(cat target/quarkus-artifact.properties)"
kind=$(value quarkus.datasource.db-kind)
[ "$kind" = postgresql ] || fail "the native build's database kind is '$kind', not postgresql"
echo "native profile: a native build (sources in target/native-sources) with quarkus.datasource.db-kind=$kind"
