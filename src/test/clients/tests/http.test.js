// GraphQL over HTTP (https://graphql.github.io/graphql-over-http/) against the packaged service.
import assert from 'node:assert/strict';
import { writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { GRAPHQL_URL, PROJECT_DIR, mintToken, postGraphQL } from '../lib/env.js';
import {
  checkContentNegotiation, checkGetMutationRefused, checkGetQuery, judge, runServerAudits,
} from '../lib/audits.js';

test('graphql-http server audits: every MUST, SHOULD and MAY audit passes', async (t) => {
  const results = await runServerAudits(GRAPHQL_URL);
  const j = judge(results);
  const summary = {
    url: GRAPHQL_URL,
    counts: {
      MUST: { passed: j.mustPassed.length, failed: j.mustFailed.length },
      SHOULD: { passed: j.shouldPassed.length, failed: j.shouldFailed.length },
      MAY: { passed: j.mayPassed.length, failed: j.mayFailed.length },
    },
    results,
  };
  mkdirSync(resolve(PROJECT_DIR, 'target'), { recursive: true });
  writeFileSync(resolve(PROJECT_DIR, 'target/graphql-http-audits.json'), JSON.stringify(summary, null, 2));
  t.diagnostic(`MUST ${j.mustPassed.length}/${results.filter((r) => r.level === 'MUST').length}, `
    + `SHOULD ${j.shouldPassed.length}/${results.filter((r) => r.level === 'SHOULD').length}, `
    + `MAY ${j.mayPassed.length}/${results.filter((r) => r.level === 'MAY').length}`);

  assert.ok(results.length >= 50, `only ${results.length} audits ran`);
  assert.ok(j.mustPassed.length >= 10, 'too few MUST audits ran');
  const show = (rs) => rs.map((r) => `${r.level} ${r.id} ${r.name}: ${r.reason}`).join('\n');
  assert.deepEqual(j.unexpected, [], `MUST or SHOULD audits failed:\n${show(j.unexpected)}`);
  assert.deepEqual(j.mayFailed, [], `MAY audits failed:\n${show(j.mayFailed)}`);
});

test('GET runs a query', () => checkGetQuery(GRAPHQL_URL));

test('GET refuses a mutation with 405 (both response types)', async () => {
  await checkGetMutationRefused(GRAPHQL_URL, 'application/json');
  await checkGetMutationRefused(GRAPHQL_URL, 'application/graphql-response+json');
});

test('GET does not run a mutation even with an editor token', async () => {
  const alias = `Via GET ${Date.now()}`;
  const u = new URL(GRAPHQL_URL);
  u.searchParams.set('query', `mutation { addOfficialAlias(officialId: "1", alias: "${alias}") { aliases } }`);
  const res = await fetch(u, { headers: { accept: 'application/json', authorization: `Bearer ${mintToken()}` } });
  assert.equal(res.status, 405, await res.text());
  const after = await postGraphQL('{ official(id: "1") { aliases } }');
  assert.ok(!after.body.data.official.aliases.includes(alias), 'the GET mutation was executed');
});

test('content negotiation: graphql-response+json and application/json', () => checkContentNegotiation(GRAPHQL_URL));

test('no Accept header, or */*, is answered as application/json', async () => {
  for (const accept of [undefined, '*/*']) {
    const headers = { 'content-type': 'application/json' };
    if (accept) headers.accept = accept;
    const res = await fetch(GRAPHQL_URL, { method: 'POST', headers, body: JSON.stringify({ query: '{ __typename }' }) });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /^application\/json/, `Accept ${accept}`);
  }
});

test('POST without a Content-Type, or with text/plain or a form type, is refused with 415', async () => {
  const body = '{"query":"{ __typename }"}';
  for (const type of [undefined, 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded']) {
    const res = await fetch(GRAPHQL_URL, {
      method: 'POST',
      headers: { accept: 'application/json', ...(type ? { 'content-type': type } : {}) },
      body: type ? body : new Blob([body]),
    });
    assert.equal(res.status, 415, `${type}: ${res.status}`);
    assert.match(res.headers.get('content-type'), /^application\/json/);
    assert.equal((await res.json()).errors[0].extensions.code, 'BAD_REQUEST');
  }
});

test('POST with application/graphql and with a charset on application/json still works', async () => {
  for (const [type, body] of [
    ['application/graphql', '{ __typename }'],
    ['application/json; charset=utf-8', '{"query":"{ __typename }"}'],
  ]) {
    const res = await fetch(GRAPHQL_URL, { method: 'POST', headers: { accept: 'application/json', 'content-type': type }, body });
    assert.equal(res.status, 200, type);
    assert.deepEqual(await res.json(), { data: { __typename: 'Query' } }, type);
  }
});

test('operationName or variables of the wrong JSON type: 400 with BAD_REQUEST, never a 500', async () => {
  for (const extra of [{ operationName: { a: 1 } }, { operationName: 7 }, { variables: 'x' }, { variables: [1] }]) {
    const res = await fetch(GRAPHQL_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', ...extra }),
    });
    const text = await res.text();
    assert.equal(res.status, 400, `${JSON.stringify(extra)}: ${res.status} ${text}`);
    assert.equal(JSON.parse(text).errors[0].extensions.code, 'BAD_REQUEST', text);
  }
});

test('a mutation with a bad bearer token is UNAUTHENTICATED saying why; a read with it is answered', async () => {
  const expired = mintToken({ ttlSeconds: -3600 });
  const forged = `${mintToken().split('.').slice(0, 2).join('.')}.${Buffer.from('forged').toString('base64url')}`;
  for (const [token, says] of [[expired, /has expired/], [forged, /is invalid/], ['garbage', /is invalid/]]) {
    const res = await postGraphQL('mutation { addOfficialAlias(officialId: "1", alias: "Bad token") { aliases } }', { token });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.errors[0].extensions.code, 'UNAUTHENTICATED');
    assert.match(res.body.errors[0].message, says);
    const read = await postGraphQL('{ countries { code } }', { token });
    assert.equal(read.body.data.countries.length, 4);
  }
});

test('every answer of /graphql is JSON with a code, for requests no client should send', async () => {
  const cases = [
    ['PUT', { 'content-type': 'application/json' }, '{}', 405],
    ['POST', { 'content-type': 'application/json' }, 'not json', 400],
    ['POST', { 'content-type': 'application/json' }, '[{"query":"{ __typename }"}]', 400],
    ['POST', { 'content-type': 'application/json; charset=ebcdic' }, '{"query":"{ __typename }"}', 415],
    ['POST', { 'content-type': 'application/json', accept: 'text/html' }, '{"query":"{ __typename }"}', 406],
    ['POST', { 'content-type': 'application/json' }, `{"query":"{ __typename }","x":"${'x'.repeat(300000)}"}`, 413],
    ['GET', {}, undefined, 400],
  ];
  for (const [method, headers, body, status] of cases) {
    const res = await fetch(GRAPHQL_URL, { method, headers, body });
    const text = await res.text();
    assert.equal(res.status, status, `${method} ${JSON.stringify(headers)}: ${text.slice(0, 200)}`);
    assert.match(res.headers.get('content-type'), /^application\/json/);
    assert.ok(JSON.parse(text).errors[0].extensions.code, text.slice(0, 200));
  }
  const notFound = await fetch(`${GRAPHQL_URL}/nothing`);
  assert.equal(notFound.status, 404);
  assert.ok((await notFound.json()).errors[0].extensions.code);
});
