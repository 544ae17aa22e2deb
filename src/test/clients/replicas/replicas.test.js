// Two packaged replicas on one PostgreSQL behave as one service: a graphql-ws subscriber on one replica hears, once
// each and in commit order, of every change committed through the other, and of nothing refused or rolled back; a
// replica killed mid-burst loses no acknowledged change; a subscriber resumes after its last cursor on any replica;
// a replica that loses its database connections catches up; optimistic locking holds across replicas; a stopped
// replica completes its subscriptions. Run by .ci/replicas.sh (from .ci/postgres.sh).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Replica, quiet, sql, subscribe, until } from './cluster.js';

const RUN = `replicas-${Date.now()}`;
const START = { date: '2040-01-01', precision: 'DAY' };
const MEETING = 'kind id cursor meeting { title topics }';

const CREATE_MEETING = `mutation($input: MeetingInput!) { createMeeting(input: $input, sourceIds: ["1"]) { id version } }`;
const UPDATE_MEETING = `mutation($id: ID!, $version: Int!, $input: MeetingInput!) {
  updateMeeting(id: $id, version: $version, input: $input) { version } }`;
const DELETE_MEETING = 'mutation($id: ID!, $version: Int!) { deleteMeeting(id: $id, version: $version) }';
const CREATE_TARIFF = `mutation($product: String!) { createTariff(input: {imposedBy: "US", product: $product, status: THREATENED},
  sourceIds: ["1"]) { id } }`;
const CREATE_STATEMENT = `mutation($text: String!) { createStatement(input: {text: $text, speakerDescription: "a witness",
  sourceId: "1", date: {date: "2040-01-02", precision: DAY}}) { id } }`;

const meetingInput = (title, topic = RUN) => ({ title, kind: 'TALKS', status: 'HELD', startDate: START, topics: [topic] });
const dataOf = (answer, what) => {
  assert.equal(answer.errors, undefined, `${what}: ${JSON.stringify(answer.errors)}`);
  return answer.data;
};
const codeOf = (answer) => answer.errors?.[0]?.extensions?.code;
const key = (entity, change) => `${entity} ${change.kind} ${change.id}`;

describe('two replicas on one PostgreSQL', () => {
  const a = new Replica('a');
  const b = new Replica('b');
  const clients = [];

  before(async () => {
    await Promise.all([a.start(), b.start()]);
  });

  after(async () => {
    for (const client of clients) await client.dispose().catch(() => {});
    await Promise.all([a.kill(), b.kill()]);
  });

  const clientOn = (replica) => {
    const client = replica.client();
    clients.push(client);
    return client;
  };

  /** Creates meetings through `writer` until every subscription in `subscriptions` has heard of one. */
  async function awaitLive(writer, subscriptions) {
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const probe = dataOf(await writer.post(CREATE_MEETING, { input: meetingInput('probe', `${RUN}-probe`) }), 'probe')
        .createMeeting.id;
      await sleepUntil(() => subscriptions.every((s) => s.events.some((e) => e.meetingChanged?.id === probe)), 1500);
      if (subscriptions.every((s) => s.events.some((e) => e.meetingChanged?.id === probe))) return;
    }
    throw new Error('the subscriptions never went live');
  }

  /** Ends every database session of the replica whose application_name is `name`, as a failover or network cut does. */
  async function cutSessionsOf(name) {
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      if (Number(sql(`SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = '${name}'`)) > 0) return;
      await sleepUntil(() => false, 200);
    }
    throw new Error(`no session of ${name} to cut: ${sql('SELECT application_name, state, query FROM pg_stat_activity')}`);
  }

  async function sleepUntil(predicate, ms) {
    try { await until(predicate, 'probe', ms); } catch { /* checked by the caller */ }
  }

  test('a burst of mutations on A reaches B exactly once each, in commit order, and nothing refused or rolled back does',
    async () => {
      const onB = clientOn(b);
      const meetingsB = subscribe(onB, `subscription { meetingChanged { ${MEETING} } }`);
      const tariffsB = subscribe(onB, 'subscription { tariffChanged { kind id cursor } }');
      const statementsB = subscribe(onB, 'subscription { statementChanged { kind id cursor } }');
      const meetingsA = subscribe(clientOn(a), `subscription { meetingChanged { ${MEETING} } }`);
      await awaitLive(a, [meetingsB, meetingsA]);
      const skip = { meetings: meetingsB.events.length, meetingsA: meetingsA.events.length };

      // Four writers at once on A; each keeps the list of changes it was told succeeded, in its own order.
      const writers = await Promise.all([0, 1, 2, 3].map(async (w) => {
        const done = [];
        for (let n = 0; n < 6; n += 1) {
          const title = `${RUN} w${w} n${n}`;
          const { id } = dataOf(await a.post(CREATE_MEETING, { input: meetingInput(title) }), 'create').createMeeting;
          done.push(`meetingChanged CREATED ${id}`);
          dataOf(await a.post(UPDATE_MEETING, { id, version: 0, input: meetingInput(`${title} renamed`) }), 'update');
          done.push(`meetingChanged UPDATED ${id}`);
          assert.equal(codeOf(await a.post(UPDATE_MEETING, { id, version: 0, input: meetingInput('stale') })), 'CONFLICT');
          assert.equal(codeOf(await a.post(UPDATE_MEETING, { id, version: 1, input: meetingInput('anonymous') }, { token: null })),
            'UNAUTHENTICATED');
          const tariff = dataOf(await a.post(CREATE_TARIFF, { product: `${title} goods` }), 'tariff').createTariff.id;
          done.push(`tariffChanged CREATED ${tariff}`);
          assert.equal(codeOf(await a.post(CREATE_STATEMENT, { text: '   ' })), 'BAD_USER_INPUT');
          const statement = dataOf(await a.post(CREATE_STATEMENT, { text: `${title} said` }), 'statement').createStatement.id;
          done.push(`statementChanged CREATED ${statement}`);
          if (n % 2 === 1) {
            dataOf(await a.post(DELETE_MEETING, { id, version: 1 }), 'delete');
            done.push(`meetingChanged DELETED ${id}`);
          }
        }
        // A document of several root fields: its changes come in the order of its fields.
        const many = dataOf(await a.post(`mutation($x: MeetingInput!, $y: MeetingInput!) {
          x: createMeeting(input: $x, sourceIds: ["1"]) { id } y: createMeeting(input: $y, sourceIds: ["1"]) { id }
          t: createTariff(input: {imposedBy: "JP", product: "${RUN} w${w} doc goods", status: THREATENED}, sourceIds: ["1"]) { id } }`,
        { x: meetingInput(`${RUN} w${w} doc x`), y: meetingInput(`${RUN} w${w} doc y`) }), 'document');
        done.push(`meetingChanged CREATED ${many.x.id}`, `meetingChanged CREATED ${many.y.id}`, `tariffChanged CREATED ${many.t.id}`);
        // A document whose second field fails: what it committed, if anything, is announced, and nothing else.
        const failing = await a.post(`mutation($x: MeetingInput!) {
          x: createMeeting(input: $x, sourceIds: ["1"]) { id } y: deleteMeeting(id: "${many.x.id}", version: 7) }`,
        { x: meetingInput(`${RUN} w${w} rolled back`) });
        assert.equal(codeOf(failing), 'CONFLICT');
        return { w, done, failing };
      }));

      await quiet([meetingsB, tariffsB, statementsB, meetingsA]);
      const ours = (entity, seen, from = 0) => seen.events.slice(from).map((e) => key(entity, e[entity]));
      const received = [...ours('meetingChanged', meetingsB, skip.meetings), ...ours('tariffChanged', tariffsB),
        ...ours('statementChanged', statementsB)];

      // The rolled-back documents: whatever of them the database holds is exactly what was announced.
      const stored = dataOf(await b.post(`{ meetings(filter: {topic: "${RUN}"}, first: 100) { edges { node { id title } } } }`), 'stored')
        .meetings.edges.map((edge) => edge.node);
      const expected = writers.flatMap(({ done }) => done);
      for (const { w } of writers) {
        const kept = stored.find((m) => m.title === `${RUN} w${w} rolled back`);
        if (kept) expected.push(`meetingChanged CREATED ${kept.id}`);
      }
      const probes = new Set(meetingsB.events.filter((e) => e.meetingChanged.meeting?.topics?.includes(`${RUN}-probe`))
        .map((e) => key('meetingChanged', e.meetingChanged)));
      const withoutProbes = received.filter((k) => !probes.has(k));
      assert.equal(new Set(withoutProbes).size, withoutProbes.length, 'no event twice');
      assert.deepEqual([...withoutProbes].sort(), [...expected].sort(), 'every committed change, and nothing else');
      assert.deepEqual(meetingsB.errors, []);

      // Commit order: each writer's changes of one kind of entity come in the order that writer made them, and both
      // replicas deliver the meetings in the same order.
      for (const { done } of writers) {
        for (const entity of ['meetingChanged', 'tariffChanged', 'statementChanged']) {
          const mine = done.filter((k) => k.startsWith(entity));
          assert.deepEqual(withoutProbes.filter((k) => mine.includes(k)), mine, `order of ${entity} of one writer`);
        }
      }
      const sequence = (seen, from) => seen.events.slice(from).map((e) => `${key('meetingChanged', e.meetingChanged)} ${e.meetingChanged.cursor}`);
      assert.deepEqual(sequence(meetingsB, skip.meetings), sequence(meetingsA, skip.meetingsA), 'A and B deliver the same sequence');
      const cursors = meetingsB.events.map((e) => e.meetingChanged.cursor);
      assert.equal(new Set(cursors).size, cursors.length, 'a cursor per change');
      for (const { done } of writers) {
        const doc = done.slice(-3, -1);
        const at = withoutProbes.indexOf(doc[0]);
        assert.ok(at >= 0 && withoutProbes.indexOf(doc[1]) > at, 'the fields of one document in field order');
      }
    });

  test('kill -9 of A in the middle of a burst: B hears of exactly the changes that committed, each once', async () => {
    const topic = `${RUN}-kill`;
    const meetingsB = subscribe(clientOn(b), `subscription { meetingChanged { ${MEETING} } }`);
    await awaitLive(a, [meetingsB]);
    const acknowledged = new Set();
    let writing = true;
    const writers = [0, 1, 2, 3].map(async (w) => {
      for (let n = 0; writing; n += 1) {
        try {
          const answer = await a.post(CREATE_MEETING, { input: meetingInput(`${topic} w${w} n${n}`, topic) });
          if (answer.data?.createMeeting) acknowledged.add(answer.data.createMeeting.id);
        } catch {
          return; // the connection went with the process
        }
      }
    });
    await until(() => acknowledged.size >= 40, '40 acknowledged creations');
    await a.kill();
    writing = false;
    await Promise.all(writers);
    await quiet([meetingsB], 4000);

    const committed = dataOf(await b.post(`{ meetings(filter: {topic: "${topic}"}, first: 100) { totalCount edges { node { id } } } }`),
      'committed').meetings;
    assert.ok(committed.totalCount < 100, 'fits one page');
    const committedIds = committed.edges.map((edge) => edge.node.id);
    for (const id of acknowledged) assert.ok(committedIds.includes(id), `acknowledged but not committed: ${id}`);
    assert.ok(committedIds.length <= acknowledged.size + 4, 'at most the in-flight mutations committed unacknowledged');
    const heard = meetingsB.events.filter((e) => e.meetingChanged.meeting?.topics?.includes(topic)).map((e) => e.meetingChanged.id);
    assert.equal(new Set(heard).size, heard.length, 'no event twice');
    assert.deepEqual([...heard].sort(), [...committedIds].sort(), 'B heard of exactly the committed changes');
    await a.start();
  });

  test('a subscriber that leaves and resumes after its last cursor, on the other replica, gets every change it missed once',
    async () => {
      const topic = `${RUN}-resume`;
      const onB = clientOn(b);
      const first = subscribe(onB, `subscription { meetingChanged { ${MEETING} } }`);
      await awaitLive(a, [first]);
      const seen = dataOf(await a.post(CREATE_MEETING, { input: meetingInput(`${topic} seen`, topic) }), 'seen').createMeeting.id;
      await until(() => first.events.some((e) => e.meetingChanged.id === seen), 'the event before leaving');
      const lastCursor = first.events.at(-1).meetingChanged.cursor;
      await onB.dispose();

      const missed = [];
      for (let n = 0; n < 5; n += 1) {
        const writer = n % 2 ? b : a;
        missed.push(`meetingChanged CREATED ${dataOf(await writer.post(CREATE_MEETING,
          { input: meetingInput(`${topic} missed ${n}`, topic) }), 'missed').createMeeting.id}`);
      }
      const again = subscribe(clientOn(a), `subscription($after: String) { meetingChanged(after: $after) { ${MEETING} } }`,
        { after: lastCursor });
      await until(() => again.events.length >= missed.length, 'the replayed changes');
      const live = dataOf(await b.post(CREATE_MEETING, { input: meetingInput(`${topic} live`, topic) }), 'live').createMeeting.id;
      await until(() => again.events.some((e) => e.meetingChanged.id === live), 'the live change after the replay');
      await quiet([again], 2000);
      assert.deepEqual(again.events.map((e) => key('meetingChanged', e.meetingChanged)),
        [...missed, `meetingChanged CREATED ${live}`], 'the missed changes in order, once each, then the live one');
    });

  test('a replica whose database connections are cut reconnects and delivers every change, once', async () => {
    const topic = `${RUN}-cut`;
    const meetingsB = subscribe(clientOn(b), `subscription { meetingChanged { ${MEETING} } }`);
    await awaitLive(a, [meetingsB]);
    const made = [];
    for (let n = 0; n < 12; n += 1) {
      if (n === 4 || n === 8) await cutSessionsOf('replica-b');
      made.push(dataOf(await a.post(CREATE_MEETING, { input: meetingInput(`${topic} ${n}`, topic) }), 'made').createMeeting.id);
    }
    await until(() => made.every((id) => meetingsB.events.some((e) => e.meetingChanged.id === id)), 'every change on B', 60_000);
    await quiet([meetingsB], 2000);
    // An event delivered while the connections were down may lack a nested field (with an error saying so): the
    // change itself still arrives.
    const heard = meetingsB.events.map((e) => e.meetingChanged.id).filter((id) => made.includes(id));
    assert.deepEqual(heard, made, 'in order, once each');
  });

  test('concurrent updates of one meeting through both replicas: one succeeds and one gets CONFLICT, every round', async () => {
    const topic = `${RUN}-race`;
    const meetingsB = subscribe(clientOn(b), `subscription { meetingChanged { ${MEETING} } }`);
    await awaitLive(a, [meetingsB]);
    const { id } = dataOf(await a.post(CREATE_MEETING, { input: meetingInput(`${topic} contested`, topic) }), 'contested').createMeeting;
    const rounds = 10;
    for (let round = 0; round < rounds; round += 1) {
      const version = dataOf(await b.post(`{ meeting(id: "${id}") { version } }`), 'version').meeting.version;
      const [first, second] = round % 2 ? [b, a] : [a, b];
      const answers = await Promise.all([first, second].map((replica) => replica.post(UPDATE_MEETING,
        { id, version, input: meetingInput(`${topic} round ${round} via ${replica.name}`, topic) })));
      const won = answers.filter((answer) => answer.data?.updateMeeting);
      const lost = answers.filter((answer) => codeOf(answer) === 'CONFLICT');
      assert.equal(won.length, 1, `round ${round}: one success, got ${JSON.stringify(answers)}`);
      assert.equal(lost.length, 1, `round ${round}: one CONFLICT, got ${JSON.stringify(answers)}`);
    }
    await quiet([meetingsB], 2000);
    const updates = meetingsB.events.filter((e) => e.meetingChanged.id === id && e.meetingChanged.kind === 'UPDATED');
    assert.equal(updates.length, rounds, 'B heard of each successful update once');
  });

  test('a query answered from B\'s cache gets the new answer right after a mutation on A, every round', async () => {
    // B's response cache checks the shared change log's head on every hit, so it needs no NOTIFY (the poll is off
    // here too) to stop serving what A's mutation made stale.
    const created = dataOf(await a.post(CREATE_MEETING, { input: meetingInput(`${RUN} cached 0`) }), 'create').createMeeting;
    const read = `query($id: ID!) { cachedOnB: meeting(id: $id) { title version } }`;
    const readOnB = async () => dataOf(await b.post(read, { id: created.id }, { token: null }), 'read on B').cachedOnB;
    let version = created.version;
    for (let round = 1; round <= 20; round += 1) {
      const before = await readOnB();
      assert.deepEqual(await readOnB(), before, 'a repeated read on B (cached) is the same answer');
      version = dataOf(await a.post(UPDATE_MEETING, { id: created.id, version, input: meetingInput(`${RUN} cached ${round}`) }),
        'update on A').updateMeeting.version;
      assert.deepEqual(await readOnB(), { title: `${RUN} cached ${round}`, version }, `round ${round}: B served a stale answer`);
    }
  });

  test('a replica stopped with SIGTERM completes its open subscriptions', async () => {
    const onB = clientOn(b);
    const meetingsB = subscribe(onB, `subscription { meetingChanged { ${MEETING} } }`);
    await awaitLive(a, [meetingsB]);
    await b.stop();
    await Promise.race([meetingsB.done, new Promise((resolveWait) => setTimeout(resolveWait, 10_000))]);
    assert.equal(meetingsB.completed, true, 'complete, not a dropped connection');
    assert.deepEqual(meetingsB.errors, []);
    assert.match(sql('SELECT count(*) FROM change_log'), /^[1-9]\d*$/, 'the changes are in the log table');
  });
});
