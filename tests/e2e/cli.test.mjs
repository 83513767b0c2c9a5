// @ts-check
// End-to-end: the CLI says what the popup shows. For real fixture pages, with a stored profile and
// the shipped domain data, the toolbar icon is clicked; the popup's rows and prospect card are
// read, and `backlink-bot analyze` is run on the very snapshot and stored profile the popup used,
// on the date the popup judged on (its `data-today`): every row, in order, and the card must match.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandLinks, launch, openPopup, ROOT, DIST } from './harness.mjs';
import { startServer } from './server.mjs';

const CLI = join(ROOT, 'target/release/backlink-bot');
const DOMAIN_DATA = join(DIST, 'data/domain-intel.bin');
const PAGES = [
  'blog-editorial.html', 'neighbourhoods.html', 'prospect-casino-farm.html', 'prospect-directory.html', 'prospect-forum.html',
  'prospect-irrelevant.html', 'prospect-mention.html', 'prospect-pbn.html', 'prospect-resource.html', 'prospect-roundup.html',
  'prospect-write-for-us.html',
];
/** The profile as the options page stores it (`chrome.storage.local` key `profile`). */
const PROFILE = {
  version: 1,
  myDomains: ['crumb-and-crust.example'],
  brands: ['Crumb and Crust'],
  competitors: ['rival-bakery.example'],
  keywords: ['sourdough', 'bread baking', 'starter', 'baking'],
  topic: 'Home sourdough bread baking guides',
  languages: ['en'],
};
/** The popup's region labels (src/web/popup/links.rs `region_label`) for the Report's region ids. */
const REGION_LABEL = /** @type {Record<string, string>} */ ({
  main: 'content', nav: 'nav', header: 'header', footer: 'footer', aside: 'sidebar', comments: 'comments', boilerplate: 'boilerplate', body: 'other', other: 'other',
});

/** @type {Awaited<ReturnType<typeof launch>>} */
let h;
/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;
/** @type {string} */
let scratch;

before(async () => {
  // Cargo decides whether anything changed (a no-op after `./build.sh test`'s cargo test --release).
  // Without LD_PRELOAD: under tools/clock-ahead.sh (libfaketime) cargo's waits stall; the build
  // is not what is tested, the CLI it builds is (and that runs with the faked clock).
  const built = spawnSync('cargo', ['build', '--release', '--quiet', '--bin', 'backlink-bot'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, LD_PRELOAD: '' } });
  assert.equal(built.status, 0, 'cargo build --release --bin backlink-bot failed');
  scratch = await mkdtemp(join(tmpdir(), 'backlink-bot-cli-e2e-'));
  server = await startServer({ root: join(ROOT, 'tests/fixtures') });
  h = await launch();
  await h.worker.evaluate((profile) => chrome.storage.local.set({ profile }), PROFILE);
});

after(async () => {
  await h?.close();
  await server?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** What the popup drew, read from its stable data-* hooks, and the inputs it analysed. */
function readPopup() {
  const w = /** @type {any} */ (window);
  const more = /** @type {HTMLButtonElement} */ (document.getElementById('more'));
  // Rows are drawn 100 at a time: draw them all.
  for (let i = 0; i < 1000 && !more.hidden; i++) more.click();
  const prospect = /** @type {HTMLElement} */ (document.getElementById('prospect'));
  const badge = /** @type {HTMLElement} */ (document.getElementById('page-authority'));
  const summary = /** @type {HTMLElement} */ (document.getElementById('summary'));
  return Promise.all([w.backlinkBotExtraction, w.backlinkBotProfile]).then(([extraction, stored]) => ({
    today: document.body.dataset.today,
    noDomainData: document.querySelector('[data-notice="no-domain-data"]')?.textContent ?? null,
    snapshot: extraction?.result,
    storedProfile: stored?.profile,
    total: Number(summary.dataset.total),
    pageAuthority: badge.hidden ? null : badge.dataset.authority,
    prospect: { score: Number(prospect.dataset.prospectScore), verdict: prospect.dataset.verdict, opportunities: prospect.dataset.opportunities },
    // In the Report's order (the list shows the best links first and the page's chrome last).
    rows: Array.from(document.querySelectorAll('li.link-row')).sort((a, b) => Number(/** @type {HTMLElement} */ (a).dataset.pos) - Number(/** @type {HTMLElement} */ (b).dataset.pos)).map((row) => {
      const el = /** @type {HTMLElement} */ (row);
      return {
        href: el.dataset.href ?? null, score: el.dataset.score === undefined ? null : Number(el.dataset.score), rel: el.dataset.rel ?? null,
        region: el.dataset.region ?? null, authority: el.dataset.authority ?? null, followed: el.dataset.followed === 'true',
        categories: el.dataset.categories ?? null,
      };
    }),
  }));
}

/**
 * Runs the CLI; returns the exit status, stdout and stderr.
 * @param {string[]} args
 */
function cli(args) {
  const run = spawnSync(CLI, args, { encoding: 'utf8', env: { ...process.env, BACKLINK_BOT_DOMAIN_DATA: '' } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

test('for every fixture, the CLI gives the popup\'s rows, authority, verdict and prospect score', async () => {
  for (const path of PAGES) {
    const page = await h.context.newPage();
    await page.goto(`${server.origin}/${path}`);
    const popup = await openPopup(h, page);
    assert.equal(await popup.settled(), 'ready', path);
    // Groups of identical links and the folded page chrome draw their rows when opened.
    await expandLinks(popup);
    const seen = /** @type {Awaited<ReturnType<typeof readPopup>>} */ (await popup.eval(readPopup));
    await popup.close();
    await page.close();

    assert.equal(seen.noDomainData, null, `${path}: the popup loaded the domain data`);
    assert.match(seen.today ?? '', /^\d{4}-\d{2}-\d{2}$/, `${path}: the popup says which date it judged on`);
    assert.deepEqual(seen.storedProfile, PROFILE, `${path}: the popup read the stored profile`);
    assert.ok(seen.snapshot, `${path}: the popup's snapshot is readable`);
    const name = path.replace('.html', '');
    const snapshotFile = join(scratch, `${name}.snapshot.json`);
    const profileFile = join(scratch, 'profile.json');
    await writeFile(snapshotFile, typeof seen.snapshot === 'string' ? seen.snapshot : JSON.stringify(seen.snapshot));
    await writeFile(profileFile, JSON.stringify(seen.storedProfile));

    const run = cli(['analyze', snapshotFile, '--profile', profileFile, '--today', /** @type {string} */ (seen.today), '--domain-data', DOMAIN_DATA]);
    assert.equal(run.status, 0, `${path}: ${run.stderr}`);
    assert.equal(run.stderr, '');
    const report = JSON.parse(run.stdout);

    assert.equal(seen.total, report.summary.total, path);
    assert.equal(seen.rows.length, report.links.length, `${path}: every link has a row`);
    assert.ok(seen.rows.length > 0, path);
    const expected = report.links.map((/** @type {any} */ l) => ({
      href: l.href, score: l.score, rel: l.rel, region: REGION_LABEL[l.region], authority: l.authority?.tier ?? null, followed: l.followed,
      categories: l.categories.join(' '),
    }));
    assert.deepEqual(seen.rows, expected, `${path}: rows (order, score, rel, region, authority)`);
    assert.equal(seen.pageAuthority, report.page.authority?.tier ?? null, `${path}: page authority`);
    assert.deepEqual(seen.prospect, {
      score: report.prospect.score,
      verdict: report.prospect.verdict,
      opportunities: report.prospect.opportunities.map((/** @type {any} */ o) => o.kind).join(' '),
    }, `${path}: prospect card`);
    // The profile mattered (nothing left unjudged) and so did the domain data (some tier known).
    assert.deepEqual(report.prospect.notJudged, [], path);
    assert.ok(report.links.some((/** @type {any} */ l) => l.authority), `${path}: authority judged`);

    // By default the CLI finds the extension's own asset (dist/data/ from target/release/).
    const found = cli(['analyze', snapshotFile, '--profile', profileFile, '--today', /** @type {string} */ (seen.today), '--verbose']);
    assert.equal(found.status, 0, found.stderr);
    assert.equal(found.stderr.trim(), `backlink-bot: domain data ${DOMAIN_DATA}`);
    assert.equal(found.stdout, run.stdout, `${path}: same Report with the default domain data`);
  }
});
