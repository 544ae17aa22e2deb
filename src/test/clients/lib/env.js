// Shared set-up for the client tests: where the service is, and how to mint a token it trusts.
// run.sh starts the packaged jar and exports TT_BASE_URL; the tests never start a server of their own
// (except the harness self-checks, which start deliberately broken ones).
import { createSign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLIENTS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const PROJECT_DIR = resolve(CLIENTS_DIR, '../../..');

const base = process.env.TT_BASE_URL;
if (!base) {
  throw new Error('TT_BASE_URL is not set: run these tests through src/test/clients/run.sh');
}
export const BASE_URL = base.replace(/\/+$/, '');
export const GRAPHQL_URL = `${BASE_URL}/graphql`;
export const WS_URL = GRAPHQL_URL.replace(/^http/, 'ws');

const b64url = (buf) => Buffer.from(buf).toString('base64url');

/**
 * A bearer token with the claims the service expects (see scripts/dev-token.sh): RS256, signed with the
 * throw-away test key, issuer "trade-talks", upn, groups and an expiry.
 */
export function mintToken({ groups = ['editor'], user = 'clients-test', ttlSeconds = 600, issuer = 'trade-talks' } = {}) {
  const now = Math.floor(Date.now() / 1000);
  const header = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }));
  const payload = b64url(JSON.stringify({
    iss: issuer, sub: user, upn: user, groups, iat: now, exp: now + ttlSeconds,
  }));
  const key = readFileSync(resolve(PROJECT_DIR, 'src/test/resources/jwt/editor-private.pem'), 'utf8');
  const signature = createSign('RSA-SHA256').update(`${header}.${payload}`).sign(key);
  return `${header}.${payload}.${b64url(signature)}`;
}

/** POSTs a GraphQL request with fetch and returns { status, headers, body } (body parsed when it is JSON). */
export async function postGraphQL(query, { variables, token, accept = 'application/graphql-response+json' } = {}) {
  const headers = { 'content-type': 'application/json', accept };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(GRAPHQL_URL, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const text = await res.text();
  let body = text;
  try { body = JSON.parse(text); } catch { /* not JSON: keep the text */ }
  return { status: res.status, headers: res.headers, body };
}
