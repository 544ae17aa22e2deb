// GraphQL over HTTP conformance: graphql-http's server audits plus our own checks, written as functions of
// a URL so that the harness self-checks can run exactly the same code against deliberately broken servers.
import assert from 'node:assert/strict';
import { serverAudits } from 'graphql-http';

/**
 * SHOULD audits the service does not pass, each with the reason (it goes into docs/TESTING.md). An audit listed
 * here that starts passing fails the suite too, so the list cannot go stale.
 */
export const SHOULD_ALLOW_LIST = {
  BCF8: 'JSON parsing failure, Accept: application/json: SmallRye GraphQL answers 200 with an '
    + '"Unparseable request" error instead of 400. Its HTTP handler owns the request body; fixing it means '
    + 'replacing that handler.',
  B7N8: 'JSON parsing failure, Accept: application/graphql-response+json: same as BCF8 (200, not 400).',
  '865D': 'Document parsing failure, Accept: application/graphql-response+json: SmallRye GraphQL answers 200 with '
    + 'the GRAPHQL_PARSE_FAILED error (no data entry) instead of a 4xx. Clients read errors[].extensions.code; '
    + 'application/json clients get the 200 the spec asks for.',
  '556A': 'Document parsing failure, Accept: application/graphql-response+json: 200, not 400 (see 865D).',
  '51FE': 'Document validation failure, Accept: application/graphql-response+json: SmallRye GraphQL answers 200 with '
    + 'the GRAPHQL_VALIDATION_FAILED error (no data entry) instead of a 4xx.',
  '74FF': 'Document validation failure, Accept: application/graphql-response+json: 200, not 400 (see 51FE).',
  '86EE': 'Variable coercion failure, Accept: application/graphql-response+json: SmallRye GraphQL answers 200 with '
    + 'the error instead of 400.',
};

/** Runs every graphql-http server audit against url; returns [{ id, name, level, status, reason }]. */
export async function runServerAudits(url) {
  const results = [];
  for (const audit of serverAudits({ url })) {
    const level = audit.name.split(' ')[0];
    let result;
    try {
      result = await audit.fn();
    } catch (err) {
      result = { status: 'error', reason: `audit threw: ${err.message}` };
    }
    results.push({ id: audit.id, name: audit.name, level, status: result.status, reason: result.reason });
  }
  return results;
}

/** Splits audit results by level and outcome; `unexpected` are MUST failures and SHOULD failures not allowed. */
export function judge(results, allowList = SHOULD_ALLOW_LIST) {
  const by = (level, ok) => results.filter((r) => r.level === level && (r.status === 'ok') === ok);
  const mustFailed = by('MUST', false);
  const shouldFailed = by('SHOULD', false);
  return {
    mustPassed: by('MUST', true),
    mustFailed,
    shouldPassed: by('SHOULD', true),
    shouldFailed,
    shouldNotAllowed: shouldFailed.filter((r) => !(r.id in allowList)),
    allowedButPassing: by('SHOULD', true).filter((r) => r.id in allowList),
    mayPassed: by('MAY', true),
    mayFailed: by('MAY', false),
  };
}

export const QUERY = '{ countries { code } }';
export const MUTATION = 'mutation { addOfficialAlias(officialId: "1", alias: "Sent With GET") { aliases } }';

async function get(url, params, accept = 'application/json') {
  const u = new URL(url);
  for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
  const res = await fetch(u, { headers: { accept } });
  return { res, text: await res.text() };
}

async function post(url, body, accept) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept },
    body: JSON.stringify(body),
  });
  return { res, text: await res.text() };
}

const mediaType = (res) => (res.headers.get('content-type') || '').split(';')[0].trim().toLowerCase();

/** A GET query is executed and answered with data. */
export async function checkGetQuery(url) {
  const { res, text } = await get(url, { query: QUERY });
  assert.equal(res.status, 200, `GET query: status ${res.status}: ${text}`);
  assert.equal(mediaType(res), 'application/json', `GET query: content type ${res.headers.get('content-type')}`);
  const body = JSON.parse(text);
  assert.equal(body.errors, undefined, `GET query: errors ${text}`);
  assert.ok(Array.isArray(body.data?.countries) && body.data.countries.length > 0, `GET query: no countries in ${text}`);
}

/** A GET mutation is refused with 405 (GraphQL over HTTP: "MUST respond with error status code 405"). */
export async function checkGetMutationRefused(url, accept = 'application/json') {
  const { res, text } = await get(url, { query: MUTATION }, accept);
  assert.equal(res.status, 405, `GET mutation: expected 405, got ${res.status}: ${text}`);
  assert.match(res.headers.get('allow') || '', /POST/, 'GET mutation: 405 without Allow: POST');
  assert.doesNotMatch(text, /"data"\s*:\s*\{/, `GET mutation: a data entry means it ran: ${text}`);
}

/** Accept: application/graphql-response+json gets that type; Accept: application/json gets application/json. */
export async function checkContentNegotiation(url) {
  for (const accept of ['application/graphql-response+json', 'application/json']) {
    const { res, text } = await post(url, { query: QUERY }, accept);
    assert.equal(res.status, 200, `Accept ${accept}: status ${res.status}: ${text}`);
    assert.equal(mediaType(res), accept, `Accept ${accept}: answered with ${res.headers.get('content-type')}`);
    assert.ok(JSON.parse(text).data?.countries, `Accept ${accept}: no data in ${text}`);
  }
}
