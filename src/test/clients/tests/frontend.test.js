// A real front-end client, graphql-request, running the README's examples, following a list page by page,
// and sending the README's mutation with and without a token.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ClientError, GraphQLClient, gql } from 'graphql-request';
import { parse } from 'graphql';
import { GRAPHQL_URL, mintToken } from '../lib/env.js';
import { readmeGraphQLBlocks } from '../lib/readme.js';

const client = new GraphQLClient(GRAPHQL_URL);
const editor = new GraphQLClient(GRAPHQL_URL, { headers: { authorization: `Bearer ${mintToken()}` } });
const reader = new GraphQLClient(GRAPHQL_URL, { headers: { authorization: `Bearer ${mintToken({ groups: ['reader'] })}` } });

const blocks = readmeGraphQLBlocks();
const operationOf = (source) => parse(source).definitions.find((d) => d.kind === 'OperationDefinition').operation;
const queries = blocks.filter((b) => operationOf(b.source) === 'query');
const mutation = blocks.find((b) => operationOf(b.source) === 'mutation' && b.source.includes('addOfficialAlias'));

/** The extensions.code values of a failed request. */
async function codesOf(promise) {
  try {
    await promise;
  } catch (err) {
    assert.ok(err instanceof ClientError, `expected a GraphQL error response, got ${err}`);
    return err.response.errors.map((e) => e.extensions?.code);
  }
  assert.fail('the request succeeded');
}

describe('graphql-request: the README examples', () => {
  test('the README has example queries and a mutation', () => {
    assert.ok(queries.length >= 5, `only ${queries.length} query blocks in README.md`);
    assert.ok(mutation, 'README.md lost its addOfficialAlias mutation example');
  });

  for (const block of queries) {
    test(`${block.file} line ${block.line}: runs without errors and returns data`, async () => {
      const data = await client.request(block.source);
      for (const [field, value] of Object.entries(data)) {
        const items = value?.edges ?? value;
        assert.ok(Array.isArray(items) ? items.length > 0 : value != null, `${field} came back empty`);
      }
    });
  }

  test('the examples find what the README says they find', async () => {
    const alias = await client.request(queries.find((b) => b.source.includes('"Dai Qi"')).source);
    assert.equal(alias.officials.edges[0].node.name, 'Katherine Tai');
    const phrase = await client.request(queries.find((b) => b.source.includes("ball's in their court")).source);
    assert.match(phrase.statements.edges[0].node.quote, /ball’s in their court/);
    const meetings = await client.request(queries.find((b) => b.source.includes('countries: ["US", "JP"], status: HELD')).source);
    assert.ok(meetings.meetings.totalCount > 0);
    for (const { node } of meetings.meetings.edges) assert.ok(node.sources.length > 0, `${node.title} has no source`);
  });
});

describe('graphql-request: pagination to the end', () => {
  const pages = {
    statements: gql`query ($after: String) {
      statements(first: 7, after: $after) { totalCount edges { cursor node { id quote } } pageInfo { hasNextPage endCursor } }
    }`,
    meetings: gql`query ($after: String) {
      meetings(first: 4, after: $after, orderBy: DATE_DESC) { totalCount edges { cursor node { id title } } pageInfo { hasNextPage endCursor } }
    }`,
  };
  for (const [field, query] of Object.entries(pages)) {
    test(`${field}: following endCursor page by page collects totalCount distinct items`, async () => {
      const ids = [];
      let after = null;
      let totalCount;
      let pageCount = 0;
      for (;;) {
        const { [field]: page } = await client.request(query, { after });
        pageCount += 1;
        assert.ok(pageCount < 100, 'pagination does not end');
        totalCount ??= page.totalCount;
        assert.equal(page.totalCount, totalCount, 'totalCount changed between pages');
        ids.push(...page.edges.map((e) => e.node.id));
        if (!page.pageInfo.hasNextPage) break;
        assert.ok(page.edges.length > 0, 'an empty page with hasNextPage');
        assert.equal(page.pageInfo.endCursor, page.edges.at(-1).cursor);
        after = page.pageInfo.endCursor;
      }
      assert.ok(pageCount > 1, `${field} fit on one page: the test would not exercise cursors`);
      assert.equal(ids.length, totalCount, 'collected items differ from totalCount');
      assert.equal(new Set(ids).size, ids.length, 'an item came twice');
    });
  }
});

describe('graphql-request: the README mutation', () => {
  test('without a token: UNAUTHENTICATED', async () => {
    assert.deepEqual(await codesOf(client.request(mutation.source)), ['UNAUTHENTICATED']);
  });

  test('with a token lacking the editor role: FORBIDDEN', async () => {
    assert.deepEqual(await codesOf(reader.request(mutation.source)), ['FORBIDDEN']);
  });

  test('with an editor token: the alias is recorded', async () => {
    const data = await editor.request(mutation.source);
    assert.equal(data.addOfficialAlias.name, 'Mickey Kantor');
    assert.ok(data.addOfficialAlias.aliases.includes('Mickey Cantor'));
    assert.ok(Number.isInteger(data.addOfficialAlias.version));
    const { officials } = await client.request(gql`{ officials(filter: { name: "Mickey Cantor" }) { edges { node { name } } } }`);
    assert.deepEqual(officials.edges.map((e) => e.node.name), ['Mickey Kantor']);
  });
});
