// Apollo Client with its persisted queries link: the automatic persisted queries protocol end to end. The first
// request sends only the document's hash and gets PERSISTED_QUERY_NOT_FOUND; the link sends it again with the
// document, which the service checks, keeps and runs; from then on the hash alone is enough, over POST or GET.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { GRAPHQL_URL } from '../lib/env.js';

const sha256 = (text) => createHash('sha256').update(text).digest('hex');

/** An Apollo Client whose fetch records each exchange: method, whether the document was sent, the error codes. */
function recordingClient(options = {}) {
  const exchanges = [];
  const recordingFetch = async (url, init) => {
    const response = await fetch(url, init);
    const text = await response.clone().text();
    const sent = init.method === 'GET' ? Object.fromEntries(new URL(url).searchParams) : JSON.parse(init.body);
    let codes = [];
    try { codes = (JSON.parse(text).errors ?? []).map((e) => e.extensions?.code); } catch { /* not JSON */ }
    exchanges.push({ method: init.method, status: response.status, withDocument: typeof sent.query === 'string', codes,
      etag: response.headers.get('etag') });
    return response;
  };
  const link = new PersistedQueryLink({ sha256, ...options }).concat(new HttpLink({ uri: GRAPHQL_URL, fetch: recordingFetch }));
  return { client: new ApolloClient({ link, cache: new InMemoryCache() }), exchanges };
}

// A document of its own for each run against the same service, so the first request really is unknown to it.
const unique = () => `apq${Date.now()}${Math.floor(Math.random() * 1e6)}`;

describe('Apollo Client: automatic persisted queries', () => {
  test('over POST: hash only, then the document on PERSISTED_QUERY_NOT_FOUND, then the hash alone again', async () => {
    const { client, exchanges } = recordingClient();
    const query = gql(`query ${unique()} { country(code: "JP") { code name } }`);

    const first = await client.query({ query, fetchPolicy: 'network-only' });
    assert.equal(first.data.country.name, 'Japan');
    assert.deepEqual(exchanges.map(({ method, status, withDocument, codes }) => ({ method, status, withDocument, codes })), [
      { method: 'POST', status: 200, withDocument: false, codes: ['PERSISTED_QUERY_NOT_FOUND'] },
      { method: 'POST', status: 200, withDocument: true, codes: [] },
    ]);

    exchanges.length = 0;
    const second = await client.query({ query, fetchPolicy: 'network-only' });
    assert.equal(second.data.country.name, 'Japan');
    assert.deepEqual(exchanges.map(({ withDocument, codes }) => ({ withDocument, codes })), [{ withDocument: false, codes: [] }],
      'the service now knows the document by its hash');
  });

  test('over GET (useGETForHashedQueries): the hash-only request succeeds once the document is known, with an ETag', async () => {
    const { client, exchanges } = recordingClient({ useGETForHashedQueries: true });
    const query = gql(`query ${unique()}($code: CountryCode!) { country(code: $code) { code name } }`);

    const first = await client.query({ query, variables: { code: 'US' }, fetchPolicy: 'network-only' });
    assert.equal(first.data.country.name, 'United States');
    assert.equal(exchanges[0].method, 'GET');
    assert.deepEqual(exchanges[0].codes, ['PERSISTED_QUERY_NOT_FOUND']);
    assert.equal(exchanges.at(-1).withDocument, true);

    exchanges.length = 0;
    const second = await client.query({ query, variables: { code: 'JP' }, fetchPolicy: 'network-only' });
    assert.equal(second.data.country.name, 'Japan');
    assert.equal(exchanges.length, 1);
    assert.equal(exchanges[0].method, 'GET');
    assert.equal(exchanges[0].withDocument, false);
    assert.match(exchanges[0].etag ?? '', /^"[0-9a-f]{32}"$/, 'a public GET answer can be revalidated');
  });

  test('a mutation goes by POST even with useGETForHashedQueries, and its answer is not cached', async () => {
    const { client, exchanges } = recordingClient({ useGETForHashedQueries: true });
    const mutation = gql(`mutation ${unique()} { deleteSource(id: "999999", version: 0) }`);
    await assert.rejects(client.mutate({ mutation }), (err) => {
      assert.equal(err.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED', String(err));
      return true;
    });
    assert.ok(exchanges.every((e) => e.method === 'POST'), JSON.stringify(exchanges));
  });
});
