// Subscriptions from a real client: graphql-ws (graphql-transport-ws protocol) over the ws package.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { WS_URL, mintToken, postGraphQL } from '../lib/env.js';

/** Subscribes and collects what the server sends: events, an error, completion. */
function subscribe(client, query) {
  const seen = { events: [], error: undefined, completed: false };
  seen.done = new Promise((resolve) => {
    seen.unsubscribe = client.subscribe({ query }, {
      next: (value) => seen.events.push(value),
      error: (err) => { seen.error = err; resolve(); },
      complete: () => { seen.completed = true; resolve(); },
    });
  });
  return seen;
}

async function until(predicate, what, ms = 10000) {
  const end = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

describe('graphql-ws subscriptions', () => {
  let client;
  let connected = false;
  before(() => {
    client = createClient({
      url: WS_URL,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: true,
      on: { connected: () => { connected = true; } },
    });
  });
  after(async () => { await client.dispose(); });

  test('meetingChanged announces exactly the meeting an editor creates', async () => {
    const seen = subscribe(client, 'subscription { meetingChanged { id kind meeting { id title } } }');
    await until(() => connected, 'connection_ack');
    // The protocol has no "subscribed" acknowledgement: give the server a moment to register the subscription.
    await sleep(2000);
    assert.deepEqual(seen.events, [], 'an event arrived before any change');

    const sources = await postGraphQL('{ sources { id } }');
    const sourceId = sources.body.data.sources[0].id;
    const title = `Client test meeting ${Date.now()}`;
    const created = await postGraphQL(
      `mutation ($input: MeetingInput!, $sources: [ID!]!) {
         createMeeting(input: $input, sourceIds: $sources) { id title }
       }`,
      {
        token: mintToken(),
        variables: {
          input: { title, kind: 'TALKS', status: 'SCHEDULED', startDate: { date: '2030-01-15', precision: 'DAY' } },
          sources: [sourceId],
        },
      },
    );
    assert.equal(created.status, 200);
    assert.equal(created.body.errors, undefined, JSON.stringify(created.body.errors));
    const meeting = created.body.data.createMeeting;

    await until(() => seen.events.length > 0, 'the meetingChanged event');
    await sleep(1000); // anything else that would arrive
    seen.unsubscribe();
    assert.equal(seen.error, undefined);
    assert.deepEqual(seen.events, [
      { data: { meetingChanged: { id: meeting.id, kind: 'CREATED', meeting: { id: meeting.id, title } } } },
    ]);
  });

  test('a subscription with an unknown field gets a protocol-level error', async () => {
    const seen = subscribe(client, 'subscription { meetingChanged { id noSuchField } }');
    await Promise.race([seen.done, sleep(10000)]);
    assert.ok(seen.error, 'no error message for an unknown field');
    assert.deepEqual(seen.events, [], 'an invalid subscription produced events');
    // graphql-ws hands the payload of the protocol's "error" message over as an array of GraphQL errors.
    assert.ok(Array.isArray(seen.error), `expected GraphQL errors, got ${seen.error}`);
    assert.match(JSON.stringify(seen.error), /noSuchField/);
  });

  test('a subscription with a syntax error gets a protocol-level error', async () => {
    const seen = subscribe(client, 'subscription { meetingChanged { id ');
    await Promise.race([seen.done, sleep(10000)]);
    assert.ok(seen.error, 'no error for a syntax error');
    assert.deepEqual(seen.events, []);
    const text = Array.isArray(seen.error) ? JSON.stringify(seen.error) : `${seen.error.code} ${seen.error.reason}`;
    assert.match(text, /syntax|parse|4400/i);
  });
});
