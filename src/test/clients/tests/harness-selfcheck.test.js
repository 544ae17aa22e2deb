// The harness must be able to fail. The same audit and check code that judges the service is run here against
// small local servers: a conformant reference (graphql-http's own handler) that must pass, and deliberately
// broken variants that must be caught. If these fail, the service results above mean nothing.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { buildSchema } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/http';
import { checkContentNegotiation, checkGetMutationRefused, checkGetQuery, judge, runServerAudits } from '../lib/audits.js';

const schema = buildSchema(`
  type Country { code: ID! }
  type Official { aliases: [String!]! }
  type Query { countries: [Country!]! }
  type Mutation { addOfficialAlias(officialId: ID!, alias: String!): Official! }
`);
const rootValue = {
  countries: () => [{ code: 'JP' }, { code: 'US' }],
  addOfficialAlias: ({ alias }) => ({ aliases: [alias] }),
};
const reference = createHandler({ schema, rootValue });

/** Starts a server on a free loopback port; returns { url, close }. */
async function serve(handler) {
  const server = createServer(handler);
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${server.address().port}/graphql`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

// The reference handler, but every response claims to be text/plain.
function wrongContentType(req, res) {
  const writeHead = res.writeHead.bind(res);
  res.writeHead = (status, ...rest) => {
    const headers = typeof rest[rest.length - 1] === 'object' ? rest.pop() : {};
    for (const k of Object.keys(headers)) if (k.toLowerCase() === 'content-type') delete headers[k];
    res.setHeader('content-type', 'text/plain; charset=utf-8');
    return writeHead(status, ...rest, headers);
  };
  const setHeader = res.setHeader.bind(res);
  res.setHeader = (k, v) => setHeader(k, k.toLowerCase() === 'content-type' ? 'text/plain; charset=utf-8' : v);
  return reference(req, res);
}

// Executes anything, whatever the method (as the service did with GET mutations before this suite).
function anyMethod(req, res) {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ data: { countries: [{ code: 'JP' }], addOfficialAlias: { aliases: ['x'] } } }));
}

describe('harness self-check', () => {
  const servers = {};
  before(async () => {
    servers.good = await serve(reference);
    servers.wrongType = await serve(wrongContentType);
    servers.anyMethod = await serve(anyMethod);
  });
  after(async () => { for (const s of Object.values(servers)) await s.close(); });

  test('a conformant reference server passes every MUST audit and every own check', async () => {
    const j = judge(await runServerAudits(servers.good.url));
    assert.deepEqual(j.mustFailed.map((r) => `${r.id} ${r.reason}`), []);
    await checkGetQuery(servers.good.url);
    await checkGetMutationRefused(servers.good.url);
    await checkContentNegotiation(servers.good.url);
  });

  test('a server answering with the wrong content type fails MUST audits and the negotiation check', async () => {
    const j = judge(await runServerAudits(servers.wrongType.url));
    assert.ok(j.mustFailed.length > 0, 'no MUST audit caught a text/plain response');
    assert.ok(j.mustFailed.some((r) => /content-type/i.test(r.reason)), 'no failure names the content type');
    await assert.rejects(checkContentNegotiation(servers.wrongType.url), /answered with text\/plain/);
    await assert.rejects(checkGetQuery(servers.wrongType.url), /content type/);
  });

  test('a server that executes GET mutations is caught', async () => {
    await assert.rejects(checkGetMutationRefused(servers.anyMethod.url), /expected 405, got 200/);
  });

  test('an unreachable endpoint fails the audits instead of passing them', async () => {
    const s = await serve(reference);
    const url = s.url;
    await s.close();
    const j = judge(await runServerAudits(url));
    assert.equal(j.mustPassed.length, 0);
    assert.ok(j.mustFailed.length > 0);
  });
});
