// Schema hygiene: the checked-in SDL is a valid schema, the README's GraphQL examples are valid against it,
// and it matches the live schema (graphql-inspector: no breaking change, and no difference at all).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import { buildClientSchema, buildSchema, getIntrospectionQuery, parse, validate, validateSchema } from 'graphql';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { BASE_URL, PROJECT_DIR } from '../lib/env.js';
import { readmeGraphQLBlocks } from '../lib/readme.js';

const checkedInSdl = readFileSync(resolve(PROJECT_DIR, 'schema.graphql'), 'utf8');
const checkedIn = buildSchema(checkedInSdl);
const ENGINE_DIRECTIVES = ['constraint', 'rolesAllowed', 'defer', 'experimental_disableErrorPropagation'];

async function liveSdl() {
  const res = await fetch(`${BASE_URL}/graphql/schema.graphql`);
  assert.equal(res.status, 200);
  return res.text();
}

const describeChanges = (changes) => changes.map((c) => `${c.criticality.level} ${c.type}: ${c.message}`).join('\n');

describe('schema hygiene', () => {
  test('schema.graphql builds and validates', () => {
    assert.deepEqual(validateSchema(checkedIn).map(String), []);
    for (const root of ['Query', 'Mutation', 'Subscription']) assert.ok(checkedIn.getType(root), `${root} missing`);
  });

  const blocks = readmeGraphQLBlocks();
  test('the README and docs/QUERIES.md have GraphQL examples to check', () => assert.ok(blocks.length >= 6, `${blocks.length} blocks`));
  for (const block of blocks) {
    test(`${block.file} line ${block.line}: valid against schema.graphql`, () => {
      const errors = validate(checkedIn, parse(block.source));
      assert.deepEqual(errors.map((e) => e.message), []);
    });
  }

  test('the live schema has no breaking change against schema.graphql', async () => {
    const changes = await diff(checkedIn, buildSchema(await liveSdl()));
    const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
    assert.deepEqual(breaking, [], `breaking changes:\n${describeChanges(breaking)}`);
  });

  test('a schema tool reading the live URL by introspection (every option of getIntrospectionQuery) gets schema.graphql', async () => {
    const options = { descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true,
      inputValueDeprecation: true, oneOf: true };
    for (const opts of [{}, options, { descriptions: false }]) {
      const res = await fetch(`${BASE_URL}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query: getIntrospectionQuery(opts), operationName: 'IntrospectionQuery' }),
      });
      const body = await res.json();
      assert.equal(res.status, 200, JSON.stringify(body.errors));
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
      const introspected = buildClientSchema(body.data);
      // Introspection also lists the directives the engine defines, which the printed SDL leaves out.
      const changes = (await diff(checkedIn, introspected))
        .filter((c) => !(c.type.startsWith('DIRECTIVE_') && ENGINE_DIRECTIVES.includes(c.path.split('.')[0].slice(1))))
        .filter((c) => opts.descriptions !== false || !/description/i.test(c.type));
      assert.deepEqual(changes, [], `${JSON.stringify(opts)}:\n${describeChanges(changes)}`);
    }
  });

  test('the live schema does not differ from schema.graphql at all', async () => {
    const live = await liveSdl();
    const changes = await diff(checkedIn, buildSchema(live));
    assert.deepEqual(changes, [], `changes (rerun SchemaSnapshotTest with -Dschema.update=true if intended):\n${describeChanges(changes)}`);
    assert.equal(live, checkedInSdl, 'same schema, different text: regenerate schema.graphql');
  });
});

describe('schema hygiene self-check', () => {
  test('a removed field is reported as breaking', async () => {
    // the field and its description line, so the SDL stays valid
    const broken = checkedInSdl.replace(/^( {2}"[^\n]*"\n)? {2}aliases: \[String!\]!\n/m, '');
    assert.notEqual(broken, checkedInSdl, 'the self-check did not change the schema');
    const changes = await diff(checkedIn, buildSchema(broken));
    assert.ok(changes.some((c) => c.criticality.level === CriticalityLevel.Breaking && /aliases/.test(c.message)),
      describeChanges(changes));
  });

  test('a README example naming an unknown field would fail', () => {
    const errors = validate(checkedIn, parse('{ officials { edges { node { nickname } } } }'));
    assert.match(errors.map((e) => e.message).join(), /nickname/);
  });
});
