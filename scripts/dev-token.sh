#!/usr/bin/env bash
# Mints a bearer token for local development, signed with the throw-away key pair that dev mode and the
# tests trust (src/test/resources/jwt). Production trusts only its identity provider's key.
#   scripts/dev-token.sh                 an editor token valid for 8 hours
#   scripts/dev-token.sh reader 3600     a token without the editor role, valid for an hour
set -euo pipefail
cd "$(dirname "$0")/.."

groups="${1:-editor}"
ttl="${2:-28800}"
now=$(date +%s)

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{"iss":"trade-talks","sub":"dev-%s","upn":"dev-%s","groups":["%s"],"iat":%d,"exp":%d}' \
    "$groups" "$groups" "$groups" "$now" "$((now + ttl))" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" \
    | openssl dgst -sha256 -sign src/test/resources/jwt/editor-private.pem -binary | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
