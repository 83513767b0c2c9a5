// @ts-check
// End-to-end (issue 15): the Backlinks page in Chromium with the sample exports of
// tests/backlinks/: import my exports (after the preview, nothing before), the dashboard's
// counts, mark a domain to disavow and download disavow.txt (parsed by Google's rules), import a
// competitor's export, add its link gap to the Opportunities page, an unreadable file that
// changes nothing, and a browser restart with everything still there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { launch, waitFor, fillProfile, ROOT } from './harness.mjs';

const SAMPLES = join(ROOT, 'tests/backlinks');

/** @type {Awaited<ReturnType<typeof launch>>} */
let h;
/** A profile directory kept across the browser restart. */
let profileDir = '';

before(async () => {
  profileDir = await mkdtemp(join(tmpdir(), 'backlink-bot-backlinks-'));
  h = await launch({ userDataDir: profileDir });
});

after(async () => {
  await h?.close();
  if (profileDir) await rm(profileDir, { recursive: true, force: true });
});

/** @param {Awaited<ReturnType<typeof launch>>} harness */
async function backlinksPage(harness) {
  const page = await harness.context.newPage();
  await page.goto(`chrome-extension://${harness.extensionId}/backlinks.html`);
  await page.waitForSelector('body[data-state="ready"]', { timeout: 15000 });
  return page;
}

/**
 * Chooses files, waits for their preview, and imports them (as mine, or a competitor's).
 * @param {import('playwright-core').Page} page @param {string[]} files @param {string} [competitor]
 */
async function importFiles(page, files, competitor) {
  await page.selectOption('#import-whose', competitor ? 'competitor' : 'mine');
  if (competitor) await page.fill('#import-competitor', competitor);
  await page.setInputFiles('#import-files', files.map((f) => join(SAMPLES, f)));
  await page.waitForFunction((n) => document.querySelectorAll('#import-preview > li[data-file]').length === n, files.length);
  await page.click('#import-confirm');
  await page.waitForFunction(() => /Imported/.test(document.getElementById('status')?.textContent ?? ''));
}

test('import my exports and a competitor\'s, mark and download the disavow file, add the link gap to opportunities, and find it all after a restart', async () => {
  await fillProfile(h, { myDomains: 'crumbandcrust.example', brands: 'Crumb and Crust', keywords: 'sourdough starter, bread baking' });
  let page = await backlinksPage(h);
  assert.match(await page.textContent('#google-note') ?? '', /Google ignores most spammy links/);
  assert.equal(await page.getAttribute('#totals', 'data-links'), '0');

  // An unreadable file: said so, nothing can be imported.
  await page.setInputFiles('#import-files', [join(SAMPLES, 'semrush-backlinks.csv'), join(SAMPLES, 'not-a-csv.png')]);
  await page.waitForSelector('#import-preview li[data-unreadable]');
  assert.equal(await page.getAttribute('#import-confirm', 'disabled'), '');
  assert.equal(await page.getAttribute('#totals', 'data-links'), '0');

  // The preview says what each file is before anything is stored.
  await page.setInputFiles('#import-files', [join(SAMPLES, 'semrush-backlinks.csv'), join(SAMPLES, 'ahrefs-backlinks-utf16.tsv'), join(SAMPLES, 'gsc-top-linking-sites.csv')]);
  await page.waitForFunction(() => document.querySelectorAll('#import-preview > li[data-file]').length === 3);
  const preview = await page.$$eval('#import-preview > li[data-file]', (items) => items.map((li) => [li.getAttribute('data-file'), li.getAttribute('data-format'), li.getAttribute('data-links')]));
  assert.deepEqual(preview, [['semrush-backlinks.csv', 'Semrush', '6'], ['ahrefs-backlinks-utf16.tsv', 'Ahrefs', '3'], ['gsc-top-linking-sites.csv', 'GscTopSites', '4']]);
  assert.equal(await page.getAttribute('#totals', 'data-links'), '0', 'nothing stored before Import');
  await page.click('#import-confirm');
  await page.waitForFunction(() => /Imported/.test(document.getElementById('status')?.textContent ?? ''));

  // The CLI's figures for the same files (tests/backlinks.rs reads them the same way).
  assert.equal(await page.getAttribute('#totals', 'data-links'), '7', 'the Semrush and Ahrefs copies of two links merged');
  const risks = await page.$$eval('#domains tr[data-domain]', (rows) => Object.fromEntries(rows.map((r) => [r.getAttribute('data-domain'), r.getAttribute('data-risk')])));
  assert.equal(risks['000-online-casino.com'], 'likely-toxic');
  assert.equal(risks['best-casino-bonus.top'], 'review');
  assert.equal(risks['alice.blogspot.com'], 'clean');
  assert.ok(!('blogspot.com' in risks));
  assert.equal(await page.getAttribute('#totals', 'data-likely-toxic'), '1');
  assert.match(await page.textContent('#domains tr[data-domain="000-online-casino.com"] td.reasons') ?? '', /listed as gambling/);
  // Growth: a bar per month and kind in the chart, the same numbers in the table.
  const months = await page.$$eval('#growth tr[data-month]', (rows) => rows.length);
  assert.ok(months > 0);
  assert.equal(await page.$$eval('svg.growth-chart rect', (bars) => bars.length), months * 2);
  assert.match(await page.$eval('svg.growth-chart rect title', (t) => t.textContent ?? ''), /^\d{4}-\d{2}: \d+ new$/);

  // Keep is the default: the disavow file names only what the user marks.
  await page.selectOption('select[data-mark="000-online-casino.com"]', 'disavow');
  await page.selectOption('select[data-mark="best-casino-bonus.top"]', 'watch');
  await page.fill('input[data-note="best-casino-bonus.top"]', 'ask them to remove it');
  await page.press('input[data-note="best-casino-bonus.top"]', 'Tab');
  /** @returns {Promise<string>} */
  const downloadDisavow = async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-disavow')]);
    assert.equal(download.suggestedFilename(), 'disavow.txt');
    return readFile(/** @type {string} */ (await download.path()), 'utf8');
  };
  let disavow = await downloadDisavow();
  const lines = disavow.split('\n').filter(Boolean);
  assert.deepEqual(lines.filter((l) => !l.startsWith('#')), ['domain:000-online-casino.com']);
  assert.ok(lines.every((l) => l.startsWith('#') || l.startsWith('domain:')), disavow);
  // An existing disavow file is kept, line for line, with the marked domains added below it.
  await page.setInputFiles('#disavow-existing', join(SAMPLES, 'existing-disavow.txt'));
  await page.waitForFunction(() => /kept as it is/.test(document.getElementById('status')?.textContent ?? ''));
  disavow = await downloadDisavow();
  assert.ok(disavow.startsWith('# my own note, kept\ndomain:old-spam.example\n'), disavow);
  assert.deepEqual(disavow.split('\n').filter((l) => l.startsWith('domain:')), ['domain:old-spam.example', 'domain:000-online-casino.com']);

  // A competitor's export: the gap, and two of its domains added to the opportunities.
  await importFiles(page, ['majestic-backlinks.csv'], 'rival-bakery.example');
  const gap = await page.$$eval('#gap tr[data-domain]', (rows) => rows.map((r) => r.getAttribute('data-domain')));
  assert.ok(gap.includes('rival-links.example') && gap.includes('bread-directory.example'), gap.join(', '));
  assert.ok(!gap.includes('bakers-weekly.example'), 'it links to me too');
  assert.ok(!gap.includes('gone.example'), 'its link to the competitor is lost');
  // Sites whose links to the competitor are all nofollow can be left out.
  await page.check('#gap-followed-only');
  await page.waitForFunction(() => !document.querySelector('#gap tr[data-domain="bread-directory.example"]'));
  await page.uncheck('#gap-followed-only');
  await page.waitForSelector('#gap tr[data-domain="bread-directory.example"]');
  await page.check('input[data-gap="rival-links.example"]');
  await page.check('input[data-gap="bread-directory.example"]');
  await page.click('#add-gap');
  await page.waitForFunction(() => /added to your opportunities/.test(document.getElementById('status')?.textContent ?? ''));
  const opportunities = await h.context.newPage();
  await opportunities.goto(`chrome-extension://${h.extensionId}/opportunities.html`);
  await opportunities.waitForSelector('body[data-state="ready"]');
  await waitFor(() => opportunities.evaluate(() => document.body.textContent?.includes('rival-links.example')), 5000, 'the gap page is not in the opportunities');
  assert.ok(await opportunities.evaluate(() => document.body.textContent?.includes('bread-directory.example')));
  await opportunities.close();
  await page.close();

  // A restart with the same profile directory: the links, the marks and the gap are still there.
  await h.close();
  h = await launch({ userDataDir: profileDir });
  page = await backlinksPage(h);
  assert.equal(await page.getAttribute('#totals', 'data-links'), '7');
  assert.equal(await page.$eval('select[data-mark="000-online-casino.com"]', (s) => /** @type {HTMLSelectElement} */ (s).value), 'disavow');
  assert.equal(await page.$eval('select[data-mark="best-casino-bonus.top"]', (s) => /** @type {HTMLSelectElement} */ (s).value), 'watch');
  assert.equal(await page.$eval('input[data-note="best-casino-bonus.top"]', (i) => /** @type {HTMLInputElement} */ (i).value), 'ask them to remove it');
  assert.deepEqual(await page.$$eval('#gap tr[data-domain]', (rows) => rows.map((r) => r.getAttribute('data-domain'))), ['bread-directory.example', 'rival-links.example']);
  await page.close();
});
