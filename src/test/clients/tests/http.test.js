// GraphQL over HTTP (https://graphql.github.io/graphql-over-http/) against the packaged service.
import assert from 'node:assert/strict';
import { writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { GRAPHQL_URL, PROJECT_DIR, mintToken, postGraphQL } from '../lib/env.js';
import {
  SHOULD_ALLOW_LIST, checkContentNegotiation, checkGetMutationRefused, checkGetQuery, judge, runServerAudits,
} from '../lib/audits.js';

test('graphql-http server audits: every MUST passes, every SHOULD passes or is allow-listed', async (t) => {
  const results = await runServerAudits(GRAPHQL_URL);
  const j = judge(results);
  const summary = {
    url: GRAPHQL_URL,
    counts: {
      MUST: { passed: j.mustPassed.length, failed: j.mustFailed.length },
      SHOULD: { passed: j.shouldPassed.length, failed: j.shouldFailed.length, allowListed: j.shouldFailed.length - j.shouldNotAllowed.length },
      MAY: { passed: j.mayPassed.length, failed: j.mayFailed.length },
    },
    results,
  };
  mkdirSync(resolve(PROJECT_DIR, 'target'), { recursive: true });
  writeFileSync(resolve(PROJECT_DIR, 'target/graphql-http-audits.json'), JSON.stringify(summary, null, 2));
  t.diagnostic(`MUST ${j.mustPassed.length} passed / ${j.mustFailed.length} failed; `
    + `SHOULD ${j.shouldPassed.length} passed / ${j.shouldFailed.length} failed (allow-listed); `
    + `MAY ${j.mayPassed.length} passed / ${j.mayFailed.length} not done`);
  for (const r of j.mayFailed) t.diagnostic(`MAY not done: ${r.id} ${r.name}: ${r.reason}`);

  assert.ok(results.length >= 50, `only ${results.length} audits ran`);
  assert.ok(j.mustPassed.length >= 10, 'too few MUST audits ran');
  const show = (rs) => rs.map((r) => `${r.id} ${r.name}: ${r.reason}`).join('\n');
  assert.deepEqual(j.mustFailed, [], `MUST audits failed:\n${show(j.mustFailed)}`);
  assert.deepEqual(j.shouldNotAllowed, [], `SHOULD audits failed and are not allow-listed:\n${show(j.shouldNotAllowed)}`);
  assert.deepEqual(j.allowedButPassing.map((r) => r.id), [],
    'these allow-listed SHOULD audits pass now: remove them from SHOULD_ALLOW_LIST (lib/audits.js) and docs/TESTING.md');
  const ids = new Set(results.map((r) => r.id));
  assert.deepEqual(Object.keys(SHOULD_ALLOW_LIST).filter((id) => !ids.has(id)), [], 'allow-list names unknown audits');
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
    assert.equal((await res.json()).errors[0].extensions.code, 'BAD_USER_INPUT');
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

test('operationName or variables of the wrong JSON type: 400 with BAD_USER_INPUT, never a 500', async () => {
  for (const extra of [{ operationName: { a: 1 } }, { operationName: 7 }, { variables: 'x' }, { variables: [1] }]) {
    const res = await fetch(GRAPHQL_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', ...extra }),
    });
    const text = await res.text();
    assert.equal(res.status, 400, `${JSON.stringify(extra)}: ${res.status} ${text}`);
    assert.equal(JSON.parse(text).errors[0].extensions.code, 'BAD_USER_INPUT', text);
  }
});
