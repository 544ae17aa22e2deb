// Two (or more) packaged replicas on one PostgreSQL, for replicas.test.js: start, stop (SIGTERM), kill (SIGKILL),
// requests to a chosen replica, graphql-ws subscribers that record every message, and SQL through psql.
// .ci/replicas.sh sets the environment: TT_JAR, TT_JDBC_URL, TT_DB_USER, TT_DB_PASSWORD, TT_PSQL (psql with its
// connection options), TT_REPLICA_PORTS ("a:18182,b:18183").
import { spawn, execFileSync } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { PROJECT_DIR, mintToken } from '../lib/env.js';

const need = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run these tests through .ci/replicas.sh`);
  return value;
};

const JAR = need('TT_JAR');
const JDBC_URL = need('TT_JDBC_URL');
const PORTS = Object.fromEntries(need('TT_REPLICA_PORTS').split(',').map((pair) => pair.split(':')));
export const TOKEN = mintToken({ ttlSeconds: 3600, user: 'replicas-test' });

async function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** A packaged replica: a java process named `name` ("a", "b") on its own port, sharing the database. */
export class Replica {
  constructor(name) {
    this.name = name;
    this.port = Number(PORTS[name]);
    if (!this.port) throw new Error(`no port for replica ${name} in TT_REPLICA_PORTS`);
    this.url = `http://127.0.0.1:${this.port}/graphql`;
    this.wsUrl = `ws://127.0.0.1:${this.port}/graphql`;
    this.starts = 0;
  }

  /** Starts it and waits until it answers GraphQL. Its database sessions are named "replica-<name>" (application_name). */
  async start() {
    this.starts += 1;
    const logDir = resolve(PROJECT_DIR, 'target', 'replicas');
    mkdirSync(logDir, { recursive: true });
    this.log = resolve(logDir, `replica-${this.name}-${this.starts}.log`);
    const separator = JDBC_URL.includes('?') ? '&' : '?';
    const args = [
      `-Dquarkus.http.port=${this.port}`,
      // Health and metrics may live on a management port: each replica gets its own.
      `-Dquarkus.management.port=${await freePort()}`,
      `-Dquarkus.datasource.jdbc.url=${JDBC_URL}${separator}ApplicationName=replica-${this.name}`,
      `-Dquarkus.datasource.username=${process.env.TT_DB_USER ?? 'postgres'}`,
      `-Dquarkus.datasource.password=${process.env.TT_DB_PASSWORD ?? ''}`,
      `-Dmp.jwt.verify.publickey.location=${resolve(PROJECT_DIR, 'src/test/resources/jwt/editor-public.pem')}`,
      '-Dmp.jwt.verify.issuer=trade-talks',
      // No poll as a safety net: every event here must come through NOTIFY, or a reconnection's catch-up.
      '-Dtrade-talks.subscriptions.poll-interval=1H',
      '-Xmx384m',
      '-jar', JAR,
    ];
    const out = createWriteStream(this.log);
    this.process = spawn('java', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.process.stdout.pipe(out);
    this.process.stderr.pipe(out);
    this.exited = new Promise((resolveExit) => this.process.on('exit', (code, signal) => resolveExit({ code, signal })));
    const deadline = Date.now() + 180_000;
    while (Date.now() < deadline) {
      if (this.process.exitCode !== null) throw new Error(`replica ${this.name} exited during start-up; see ${this.log}`);
      try {
        const answer = await this.post('{ __typename }');
        if (answer.data) return this;
      } catch { /* not yet */ }
      await sleep(250);
    }
    throw new Error(`replica ${this.name} did not answer within 180 s; see ${this.log}`);
  }

  /** SIGTERM, as an orchestrator stops a pod; resolves when it has exited. */
  async stop() {
    if (!this.process || this.process.exitCode !== null || this.process.signalCode) return;
    this.process.kill('SIGTERM');
    await this.exited;
  }

  /** SIGKILL: no shutdown at all. */
  async kill() {
    if (!this.process || this.process.exitCode !== null || this.process.signalCode) return;
    this.process.kill('SIGKILL');
    await this.exited;
  }

  /** POSTs a GraphQL request (as an editor unless `token` is null) and returns the parsed body. */
  async post(query, variables = {}, { token = TOKEN } = {}) {
    const headers = { 'content-type': 'application/json', accept: 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await fetch(this.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    return res.json();
  }

  /** A graphql-ws client on this replica. */
  client() {
    return createClient({
      url: this.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: false, onNonLazyError: () => {},
    });
  }
}

/** Subscribes and records what the server sends: events (with their arrival order), errors, completion. */
export function subscribe(client, query, variables = {}) {
  const seen = { events: [], errors: [], completed: false };
  seen.done = new Promise((resolveDone) => {
    seen.unsubscribe = client.subscribe({ query, variables }, {
      // An event may carry data and errors (a nested field that failed): both are kept.
      next: (value) => {
        if (value.data?.[Object.keys(value.data)[0]]) seen.events.push(value.data);
        if (value.errors) seen.errors.push(...value.errors);
      },
      error: (error) => { seen.errors.push(error); resolveDone(); },
      complete: () => { seen.completed = true; resolveDone(); },
    });
  });
  return seen;
}

export async function until(predicate, what, ms = 30_000) {
  const end = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(50);
  }
}

/** Waits until no new event has arrived at any of `subscriptions` for `ms`. */
export async function quiet(subscriptions, ms = 3000) {
  let counts = subscriptions.map((s) => s.events.length);
  let since = Date.now();
  while (Date.now() - since < ms) {
    await sleep(100);
    const now = subscriptions.map((s) => s.events.length);
    if (now.some((n, i) => n !== counts[i])) {
      counts = now;
      since = Date.now();
    }
  }
}

/** Runs SQL through psql and returns its unaligned, tuples-only output. */
export function sql(statement) {
  const [command, ...args] = need('TT_PSQL').split(' ');
  return execFileSync(command, [...args, '-tAc', statement], { encoding: 'utf8' }).trim();
}
