// GraphiQL in a real browser: Debian's Chromium driven by playwright-core opens the packaged service's
// /q/graphql-ui as a person does (its first screen must load the schema on the default settings), types a query,
// runs it, reads the answer off the page, and saves the screenshots docs/ shows.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { BASE_URL, PROJECT_DIR } from '../lib/env.js';

const CHROMIUM = process.env.TT_CHROMIUM || '/usr/bin/chromium';
const QUERY = '{ officials(filter: { name: "Dai Qi" }) { totalCount edges { node { name aliases country { name } roles { title } } } } }';

describe('GraphiQL in Chromium', () => {
  let context;
  let profile;
  const problems = [];
  before(async () => {
    profile = mkdtempSync(join(tmpdir(), 'tt-clients-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 800 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    });
  });
  after(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  test('the first screen loads the schema: no error in the result pane, the docs list the Query fields', async () => {
    const page = await context.newPage();
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    page.on('response', (r) => { if (r.url().startsWith(BASE_URL) && r.status() >= 400) problems.push(`${r.status()} ${r.url()}`); });
    // GraphiQL introspects on its own at first open: that answer must be the schema, not a refusal.
    const introspection = page.waitForResponse((r) => new URL(r.url()).pathname === '/graphql', { timeout: 30000 });
    await page.goto(`${BASE_URL}/q/graphql-ui`, { waitUntil: 'networkidle' });
    const answer = await (await introspection).json();
    assert.equal(answer.errors, undefined, `GraphiQL's first request was refused: ${JSON.stringify(answer.errors)}`);
    assert.ok(answer.data?.__schema?.types?.length > 10, 'the introspection answer holds the schema');
    await page.locator('.graphiql-query-editor .CodeMirror').waitFor({ timeout: 30000 });
    await page.waitForFunction(() => document.querySelector('button[aria-label="Show Documentation Explorer"]'), null, { timeout: 30000 });
    const resultPane = (await page.locator('.graphiql-response').innerText()).trim();
    assert.doesNotMatch(resultPane, /error|exceed|denied|refused/i, `the result pane shows: ${resultPane}`);

    await page.locator('button[aria-label="Show Documentation Explorer"]').click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByText('Query', { exact: true }).first().click();
    for (const field of ['meetings', 'officials', 'tariffs', 'statements', 'timeline', 'search']) {
      await assert.doesNotReject(docs.getByText(field, { exact: true }).first().waitFor({ timeout: 10000 }),
        `the docs explorer does not list Query.${field}`);
    }
    mkdirSync(resolve(PROJECT_DIR, 'docs'), { recursive: true });
    await page.screenshot({ path: resolve(PROJECT_DIR, 'docs/graphiql-first-screen.png') });
    assert.deepEqual(problems, [], 'the page logged errors or got HTTP errors');
    await page.close();
  });

  test('types a query, runs it, and shows the answer', async () => {
    const page = await context.newPage();
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    page.on('response', (r) => { if (r.url().startsWith(BASE_URL) && r.status() >= 400) problems.push(`${r.status()} ${r.url()}`); });

    await page.goto(`${BASE_URL}/q/graphql-ui`, { waitUntil: 'networkidle' });
    const editor = page.locator('.graphiql-query-editor .CodeMirror');
    await editor.waitFor({ timeout: 30000 });

    // Type the query the way a person does: click into the editor, select all, type over it.
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(QUERY);
    await page.keyboard.press('Shift+Control+P'); // prettify, as GraphiQL's help text suggests
    await page.keyboard.press('Escape'); // closes the autocomplete list typing opened, as a person would
    const typed = await editor.evaluate((el) => el.CodeMirror.getValue());
    assert.equal(typed.replace(/\s+/g, ' ').replace(/\s*([{}(),:])\s*/g, '$1'),
      QUERY.replace(/\s+/g, ' ').replace(/\s*([{}(),:])\s*/g, '$1'), `the editor holds ${typed}`);

    await page.locator('.graphiql-execute-button').click();
    const response = page.locator('.graphiql-response .CodeMirror');
    await page.waitForFunction(
      () => document.querySelector('.graphiql-response .CodeMirror')?.CodeMirror.getValue().includes('"data"'),
      null, { timeout: 30000 },
    );
    const body = JSON.parse(await response.evaluate((el) => el.CodeMirror.getValue()));
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    assert.equal(body.data.officials.totalCount, 1);
    const official = body.data.officials.edges[0].node;
    assert.equal(official.name, 'Katherine Tai');
    assert.ok(official.aliases.includes('Dai Qi'));
    assert.equal(official.country.name, 'United States');
    // ...and a person sees it: the answer is rendered in the response pane.
    await assert.doesNotReject(page.locator('.graphiql-response').getByText('"Katherine Tai"').first().waitFor({ timeout: 5000 }));

    // The README shows this screenshot: the query as typed, not hidden behind an autocomplete list.
    await page.locator('.CodeMirror-hints').waitFor({ state: 'detached', timeout: 5000 });
    mkdirSync(resolve(PROJECT_DIR, 'target'), { recursive: true });
    mkdirSync(resolve(PROJECT_DIR, 'docs'), { recursive: true });
    const shot = resolve(PROJECT_DIR, 'target/graphiql.png');
    await page.screenshot({ path: shot });
    copyFileSync(shot, resolve(PROJECT_DIR, 'docs/graphiql.png'));

    assert.deepEqual(problems, [], 'the page logged errors or got HTTP errors');
  });
});
