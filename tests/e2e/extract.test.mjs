// @ts-check
// The extractor observes, the core judges (issue 10): extension/extract.js runs on a fixture page
// in headless Chromium, as the CLI's users and tests/tools/snapshot-fixtures.mjs run it, and its
// snapshot holds raw candidates only: every mailto: address and e-mail-like string as written,
// valid or not, and the links as they are; no contact-page or social list. `backlink-bot analyze`
// then shows the core's verdicts on the very snapshot.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT } from './harness.mjs';
import { startServer } from './server.mjs';
import { CHROMIUM_ARGS } from '../tools/snapshot-fixtures.mjs';

/** @type {import('playwright-core').Browser} */
let browser;
/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;
/** @type {string} */
let scratch;

before(async () => {
  server = await startServer({ root: join(ROOT, 'tests/fixtures') });
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  scratch = await mkdtemp(join(tmpdir(), 'backlink-bot-extract-e2e-'));
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/**
 * The extractor's snapshot of a fixture page, as `page.evaluate(source)` returns it.
 * @param {string} path
 */
async function snapshotOf(path) {
  const source = await readFile(join(ROOT, 'extension/extract.js'), 'utf8');
  const page = await browser.newPage();
  try {
    await page.goto(`${server.origin}/${path}`);
    const json = await page.evaluate(source);
    assert.equal(typeof json, 'string');
    return JSON.parse(/** @type {string} */ (json));
  } finally {
    await page.close();
  }
}

test('e-mail candidates are reported as written, valid or not, in order: mailto first, then the text', async () => {
  const snap = await snapshotOf('extract-contacts.html');
  assert.deepEqual(snap.emails, [
    'jane@bakery.example', 'bob@bakery.example', 'not-an-address',
    'Editor@Loafnotes.example', 'logo@2x.png', 'sprite@3x.webp', 'notes@old.zip', 'press@loafnotes.example',
  ]);
  assert.deepEqual(snap.phones, ['+1 555 0100']);
});

test('each link of the hidden-links fixture is reported as visible, hidden, collapsed, zero-size or off-screen as its data-expect-visibility says', async () => {
  const snap = await snapshotOf('hidden-links.html');
  const page = await browser.newPage();
  try {
    await page.goto(`${server.origin}/hidden-links.html`);
    const expected = await page.$$eval('a[data-expect-visibility]', (as) => as.map((a) => [/** @type {HTMLAnchorElement} */ (a).href, a.getAttribute('data-expect-visibility') ?? '']));
    assert.ok(expected.length >= 25, `${expected.length} annotated links`);
    assert.ok(expected.some(([, v]) => v === 'collapsed') && expected.some(([, v]) => v === 'hidden'));
    for (const [href, want] of expected) {
      const got = snap.links.find((/** @type {any} */ l) => l.href === href);
      assert.ok(got, `${href} is in the snapshot`);
      assert.equal(got.visibility ?? 'visible', want, String(href));
    }
  } finally {
    await page.close();
  }
});

test('no contact-page or social list: the links are the candidates, with their paths and texts', async () => {
  const snap = await snapshotOf('extract-contacts.html');
  assert.equal(snap.contactLinks, undefined);
  assert.equal(snap.socialLinks, undefined);
  const links = snap.links.map((/** @type {any} */ l) => [l.href.replace(server.origin, ''), l.text]);
  for (const expected of [
    ['/contact', 'Contact'], ['/p/42', 'About the author'], ['/%C3%BCber/impressum', 'Legal'], ['/shop', 'Shop'],
    ['https://twitter.com/intent/tweet?text=hi', 'Tweet this'], ['https://evil-twitter.example/loafnotes', 'Not Twitter'],
  ]) {
    assert.ok(links.some((/** @type {string[]} */ [href, text]) => href === expected[0] && text === expected[1]), `${expected} among ${JSON.stringify(links)}`);
  }
});

test('the core judges the candidates: valid addresses, contact pages, profiles but not share buttons', async () => {
  const built = spawnSync('cargo', ['build', '--release', '--quiet', '--bin', 'backlink-bot'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, LD_PRELOAD: '' } });
  assert.equal(built.status, 0, 'cargo build --release --bin backlink-bot failed');
  const file = join(scratch, 'extract-contacts.snapshot.json');
  await writeFile(file, JSON.stringify(await snapshotOf('extract-contacts.html')));
  const run = spawnSync(join(ROOT, 'target/release/backlink-bot'), ['analyze', file, '--today', '2026-11-20', '--domain-data', 'none'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const contacts = JSON.parse(run.stdout).prospect.contacts;
  assert.deepEqual(contacts.emails, ['jane@bakery.example', 'bob@bakery.example', 'editor@loafnotes.example', 'press@loafnotes.example']);
  const origin = server.origin;
  assert.deepEqual(contacts.contactPages, [`${origin}/contact`, `${origin}/p/42`, `${origin}/%C3%BCber/impressum`]);
  assert.deepEqual(contacts.social, ['https://twitter.com/loafnotes', 'https://github.com/loafnotes']);
});

test('a copy served from elsewhere knows its own site from og:url: a button handing that address over is a share button', async () => {
  const snap = await snapshotOf('share-og-url.html');
  assert.equal(snap.meta.ogUrl, 'https://www.crumbnotes.example/2026/cold-proof');
  const file = join(scratch, 'share-og-url.snapshot.json');
  await writeFile(file, JSON.stringify(snap));
  const run = spawnSync(join(ROOT, 'target/release/backlink-bot'), ['analyze', file, '--today', '2026-11-20', '--domain-data', 'none'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const links = JSON.parse(run.stdout).links;
  const share = links.find((/** @type {any} */ l) => l.href.startsWith('https://sharer.unlisted-service.example/'));
  const cited = links.find((/** @type {any} */ l) => l.href.startsWith('https://www.kingarthurbaking.example/'));
  assert.ok(share && cited, JSON.stringify(links.map((/** @type {any} */ l) => l.href)));
  assert.ok(JSON.stringify(share.contributions).includes('share button'), JSON.stringify(share));
  assert.equal(cited.region, 'main');
  assert.notEqual(share.region, 'main', 'a share button is not an editorial link in the content');
});

test('text the markup hides is not the page text: a story beats a list whose hidden items hold more words', async () => {
  const snap = await snapshotOf('hidden-text.html');
  const counted = snap.blocks.reduce((/** @type {number} */ sum, /** @type {any[]} */ row) => sum + row[4] + row[5] + row[6], 0);
  // The heading, the two paragraphs and the six link names; none of the hidden items.
  assert.ok(counted < 1200, `${counted} characters counted`);
  const file = join(scratch, 'hidden-text.snapshot.json');
  await writeFile(file, JSON.stringify(snap));
  const run = spawnSync(join(ROOT, 'target/release/backlink-bot'), ['analyze', file, '--today', '2026-11-20', '--domain-data', 'none'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const links = JSON.parse(run.stdout).links;
  const region = (/** @type {string} */ start) => links.find((/** @type {any} */ l) => l.href.startsWith(start))?.region;
  assert.equal(region('https://www.heritagefund.example/'), 'main', 'the story\'s citation');
  assert.notEqual(region('http://www.leeds-council.example/'), 'main', 'a sister site in the list');
});


test('a short line that labels its link is sent with it: a photo credit is read as a credit, the story\'s citation as its text', async () => {
  const snap = await snapshotOf('photo-credit.html');
  const surrounding = (/** @type {string} */ start) => snap.links.find((/** @type {any} */ l) => l.href.startsWith(start))?.surrounding;
  assert.equal(surrounding('https://toymaker.example/'), 'Image: Toymaker');
  assert.equal(surrounding('https://photos.example/'), 'Photo: Photos');
  const file = join(scratch, 'photo-credit.snapshot.json');
  await writeFile(file, JSON.stringify(snap));
  const run = spawnSync(join(ROOT, 'target/release/backlink-bot'), ['analyze', file, '--today', '2026-11-20', '--domain-data', 'none'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const links = JSON.parse(run.stdout).links;
  const region = (/** @type {string} */ start) => links.find((/** @type {any} */ l) => l.href.startsWith(start))?.region;
  assert.equal(region('https://toymaker-news.example/'), 'main', 'the story\'s citation');
  assert.notEqual(region('https://toymaker.example/'), 'main', 'a picture\'s credit');
  assert.notEqual(region('https://photos.example/'), 'main', 'a picture\'s credit');
});

test('a loose list\'s item is a list item: its paragraph describes the link, and the page is a resource page', async () => {
  const snap = await snapshotOf('resource-loose-list.html');
  const context = (/** @type {string} */ start) => snap.links.find((/** @type {any} */ l) => l.href.startsWith(start))?.context;
  assert.equal(context('https://conventions.example/'), 'paragraph', 'the introduction\'s link is prose');
  for (const host of ['tidegauge', 'swellcast', 'brinepool']) assert.equal(context(`https://${host}.example/`), 'list', host);
  const file = join(scratch, 'resource-loose-list.snapshot.json');
  await writeFile(file, JSON.stringify(snap));
  const run = spawnSync(join(ROOT, 'target/release/backlink-bot'), ['analyze', file, '--today', '2026-11-20', '--domain-data', 'none'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const kinds = JSON.parse(run.stdout).prospect.opportunities.map((/** @type {any} */ o) => o.kind);
  assert.deepEqual(kinds, ['resource-page']);
});

test('a definition list\'s terms are its items: a manual\'s list of projects on a code host is a resource page', async () => {
  const snap = await snapshotOf('resource-definition-list.html');
  const context = (/** @type {string} */ start) => snap.links.find((/** @type {any} */ l) => l.href.startsWith(start))?.context;
  for (const owner of ['tidewatch', 'saltworks', 'keepers']) assert.equal(context(`https://github.com/${owner}/`), 'list', owner);
  assert.equal(context('https://docs.tidekeeper.example/contributing'), 'paragraph', 'the introduction\'s link is prose');
  const file = join(scratch, 'resource-definition-list.snapshot.json');
  await writeFile(file, JSON.stringify(snap));
  const run = spawnSync(join(ROOT, 'target/release/backlink-bot'), ['analyze', file, '--today', '2026-11-20', '--domain-data', 'none'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const kinds = JSON.parse(run.stdout).prospect.opportunities.map((/** @type {any} */ o) => o.kind);
  assert.deepEqual(kinds, ['resource-page']);
});

test('the schema.org types a page declares are listed by their last name, from its JSON-LD and its microdata', async () => {
  const recipe = await snapshotOf('prospect-recipe.html');
  // JSON-LD's @graph (one @type written as an array, a nested author) first, then itemtype.
  assert.deepEqual(recipe.types, ['WebPage', 'BlogPosting', 'Recipe', 'Person', 'Article']);
  const none = await snapshotOf('no-links.html');
  assert.equal(none.types, undefined, 'left out when the page declares none');
});
