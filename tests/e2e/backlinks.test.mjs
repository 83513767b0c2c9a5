// @ts-check
// End-to-end (issue 15): the Backlinks page in Chromium with the sample exports of
// tests/backlinks/: import my exports (after the preview, nothing before), the dashboard's
// counts, mark a domain to disavow and download disavow.txt (parsed by Google's rules), import a
// competitor's export, add its link gap to the Opportunities page, an unreadable file that
// changes nothing, and a browser restart with everything still there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { contrastProblems, launch, waitFor, fillProfile, ROOT } from './harness.mjs';

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
 * One read of a Backlinks page's IndexedDB store (in an extension page): the record at `key`,
 * or without a key how many records it holds.
 * @param {import('playwright-core').Page} page @param {string} store @param {string} [key]
 * @returns {Promise<any>}
 */
function readStore(page, store, key) {
  return page.evaluate(([name, k]) => new Promise((resolve, reject) => {
    const open = indexedDB.open('backlink-bot');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const records = db.transaction(name).objectStore(name);
      const request = k === undefined ? records.count() : records.get(k);
      request.onsuccess = () => { db.close(); resolve(request.result); };
      request.onerror = () => reject(request.error);
    };
  }), /** @type {[string, string | undefined]} */ ([store, key]));
}

/** How many records one of the stores holds. @param {import('playwright-core').Page} page @param {string} store @returns {Promise<number>} */
const storeCount = (page, store) => readStore(page, store);

/**
 * The mark stored for `domain`.
 * @param {import('playwright-core').Page} page @param {string} domain
 * @returns {Promise<{ domain: string, action: string, note: string } | undefined>}
 */
const storedMark = (page, domain) => readStore(page, 'marks', domain);

/**
 * Waits until `domain`'s mark is stored with `action` and `note`. The page takes a mark into
 * what it writes (the disavow file, the next change of the same domain) only once it is
 * stored, so each change is waited for before the next action.
 * @param {import('playwright-core').Page} page @param {string} domain @param {string} action @param {string} note
 */
async function markStored(page, domain, action, note) {
  await waitFor(async () => {
    const mark = await storedMark(page, domain);
    return mark?.action === action && mark.note === note;
  }, 5000, `the mark of ${domain} was not stored`);
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
  await markStored(page, '000-online-casino.com', 'disavow', '');
  await page.selectOption('select[data-mark="best-casino-bonus.top"]', 'watch');
  await markStored(page, 'best-casino-bonus.top', 'watch', '');
  await page.fill('input[data-note="best-casino-bonus.top"]', 'ask them to remove it');
  await page.press('input[data-note="best-casino-bonus.top"]', 'Tab');
  await markStored(page, 'best-casino-bonus.top', 'watch', 'ask them to remove it');
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

  // The per-domain aggregates are stored beside the links, one per referring domain drawn.
  const rows = await page.$$eval('#domains tr[data-domain]', (r) => r.length);
  await waitFor(async () => (await storeCount(page, 'domains')) === rows, 5000, 'the per-domain figures were not stored');

  // Next month's Search Console file: what came and went between the two imports of that source.
  assert.match(await page.textContent('#between-imports') ?? '', /Import the same export again later/);
  await importFiles(page, ['gsc-top-linking-sites-2026-12.csv']);
  const between = await page.$$eval('#between tr[data-new]', (r) => r.map((x) => [x.getAttribute('data-new'), x.getAttribute('data-lost'), x.textContent]));
  assert.equal(between.length, 1, JSON.stringify(between));
  assert.deepEqual(between[0].slice(0, 2), ['1', '2']);
  assert.match(between[0][2] ?? '', /sourdough-club\.example.*best-casino-bonus\.top, flourlovers\.example/);

  // Saved opportunities the gap must respect: a do-not-contact site, and a page already saved.
  await h.worker.evaluate(() => chrome.storage.local.set({
    'opp:bread-directory.example https://bread-directory.example/about': { schema: 2, id: 'x', url: 'https://bread-directory.example/about', domain: 'bread-directory.example', savedAt: 1795000000000, updatedAt: 1795000000000, status: 'do-not-contact', history: [{ status: 'do-not-contact', at: 1795000000000 }] },
    'opp:rival-links.example https://rival-links.example/best-bakeries': { schema: 2, id: 'y', url: 'https://rival-links.example/best-bakeries', domain: 'rival-links.example', savedAt: 1795000000000, updatedAt: 1795000000000, status: 'contacted', notes: 'wrote to Ann', history: [{ status: 'contacted', at: 1795000000000 }] },
  }));

  // A competitor's export: the gap, and its domains added to the opportunities.
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
  // The popup's warnings, on the gap's rows.
  assert.equal(await page.getAttribute('#gap tr[data-domain="bread-directory.example"]', 'data-do-not-contact'), 'true');
  assert.match(await page.textContent('#gap tr[data-domain="bread-directory.example"]') ?? '', /Do not contact/);
  assert.equal(await page.getAttribute('#gap tr[data-domain="rival-links.example"]', 'data-saved-pages'), '1');
  await page.check('input[data-gap="rival-links.example"]');
  await page.check('input[data-gap="bread-directory.example"]');
  await page.click('#add-gap');
  await page.waitForFunction(() => /added to your opportunities/.test(document.getElementById('status')?.textContent ?? ''));
  const status = await page.textContent('#status') ?? '';
  assert.match(status, /^1 page added.*Not added, marked do not contact: bread-directory\.example\..*Already had saved pages: rival-links\.example/, status);
  /** @type {Record<string, any>} */
  const stored = await h.worker.evaluate(() => chrome.storage.local.get(null));
  const gapRecord = stored['opp:rival-links.example https://rival-links.example/best-bakeries'];
  assert.deepEqual([gapRecord.status, gapRecord.tags, gapRecord.notes], ['contacted', ['link-gap'], 'wrote to Ann\nLinks to rival-bakery.example (link gap).'], 'the saved page is updated, not reset');
  assert.deepEqual(Object.keys(stored).filter((k) => k.startsWith('opp:bread-directory')), ['opp:bread-directory.example https://bread-directory.example/about'], 'nothing added for a do-not-contact site');
  const opportunities = await h.context.newPage();
  await opportunities.goto(`chrome-extension://${h.extensionId}/opportunities.html`);
  await opportunities.waitForSelector('body[data-state="ready"]');
  await waitFor(() => opportunities.evaluate(() => document.body.textContent?.includes('rival-links.example')), 5000, 'the gap page is not in the opportunities');
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
  assert.equal(await page.$$eval('#between tr[data-new]', (r) => r.length), 1);
  await page.close();

  // The JSON backup holds the Backlinks page's records; restored into an empty database, the
  // page shows the same figures, marks and growth.
  const opps = await h.context.newPage();
  await opps.goto(`chrome-extension://${h.extensionId}/opportunities.html`);
  await opps.waitForSelector('body[data-state="ready"]');
  const [download] = await Promise.all([opps.waitForEvent('download'), opps.click('#export-json')]);
  const backupPath = /** @type {string} */ (await download.path());
  const backup = JSON.parse(await readFile(backupPath, 'utf8'));
  assert.deepEqual([backup.backlinks.links.length, backup.backlinks.marks.length, backup.backlinks.imports.length], [11, 2, 5], JSON.stringify(backup.backlinks.imports.map((/** @type {any} */ i) => i.file)));
  assert.ok(backup.backlinks.domains.length > 0);
  assert.equal(await opps.evaluate(() => new Promise((resolve, reject) => { const r = indexedDB.deleteDatabase('backlink-bot'); r.onsuccess = () => resolve(true); r.onerror = () => reject(r.error); r.onblocked = () => reject(new Error('blocked')); })), true);
  page = await backlinksPage(h);
  assert.equal(await page.getAttribute('#totals', 'data-links'), '0', 'the database is empty');
  await page.close();
  await opps.setInputFiles('#import-file', backupPath);
  await opps.waitForSelector('#import-backlinks[data-links="11"]');
  await opps.click('#import-confirm');
  await opps.waitForSelector('#import-backlinks-done[data-links="11"]');
  await opps.close();
  page = await backlinksPage(h);
  assert.equal(await page.getAttribute('#totals', 'data-links'), '7');
  assert.equal(await page.$eval('select[data-mark="000-online-casino.com"]', (s) => /** @type {HTMLSelectElement} */ (s).value), 'disavow');
  assert.equal(await page.$eval('input[data-note="best-casino-bonus.top"]', (i) => /** @type {HTMLInputElement} */ (i).value), 'ask them to remove it');
  assert.equal(await page.$$eval('#between tr[data-new]', (r) => r.length), 1);
  assert.deepEqual(await page.$$eval('#gap tr[data-domain]', (rows) => rows.map((r) => r.getAttribute('data-domain'))), ['bread-directory.example', 'rival-links.example']);
  await waitFor(async () => (await storeCount(page, 'domains')) > 0, 5000, 'the per-domain figures were not rebuilt');
  await page.close();
});

test('a database from the first release (schema 1) is upgraded: its links kept, the per-domain figures added', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'backlink-bot-idb-v1-'));
  const old = await launch({ userDataDir: dir });
  try {
    const blank = await old.context.newPage();
    await blank.goto(`chrome-extension://${old.extensionId}/options.html`);
    // Version 1 as the first release created it: four stores, one link of mine.
    await blank.evaluate(() => new Promise((resolve, reject) => {
      const open = indexedDB.open('backlink-bot', 1);
      open.onupgradeneeded = () => {
        const db = open.result;
        db.createObjectStore('links', { keyPath: 'key' });
        db.createObjectStore('sites', { keyPath: 'key' });
        db.createObjectStore('marks', { keyPath: 'domain' });
        db.createObjectStore('imports', { autoIncrement: true });
      };
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction('links', 'readwrite');
        tx.objectStore('links').put({ key: 'mine\nhttps://old.example/post\nhttps://crumbandcrust.example/', whose: 'mine', sourceUrl: 'https://old.example/post', targetUrl: 'https://crumbandcrust.example/', anchor: 'bread', nofollow: false, ugc: false, sponsored: false, firstSeen: 20000, lastSeen: 20100, lost: null, authority: null });
        tx.oncomplete = () => { db.close(); resolve(true); };
        tx.onerror = () => reject(tx.error);
      };
    }));
    await blank.close();
    const page = await backlinksPage(old);
    assert.equal(await page.getAttribute('#totals', 'data-links'), '1');
    assert.equal(await page.getAttribute('#domains tr[data-domain="old.example"]', 'data-risk'), 'clean');
    await waitFor(async () => (await storeCount(page, 'domains')) === 1, 5000, 'the per-domain figures were not added');
    assert.equal(await page.evaluate(() => new Promise((resolve) => { const o = indexedDB.open('backlink-bot'); o.onsuccess = () => { resolve(o.result.version); o.result.close(); }; })), 2);
    await page.close();
  } finally {
    await old.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('3,000 referring domains: the table draws only the rows in view, and every row is reachable by scrolling', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'backlink-bot-many-'));
  const many = await launch();
  try {
    const file = join(dir, 'many-domains.csv');
    const lines = ['Source URL,Target URL,Anchor'];
    for (let i = 0; i < 3000; i++) lines.push(`https://site${String(i).padStart(4, '0')}.example/post,https://crumbandcrust.example/,bread ${i}`);
    await writeFile(file, lines.join('\n') + '\n');
    const page = await backlinksPage(many);
    await page.setInputFiles('#import-files', file);
    await page.waitForSelector('#import-preview li[data-file]');
    await page.click('#import-confirm');
    await page.waitForFunction(() => /Imported/.test(document.getElementById('status')?.textContent ?? ''));
    assert.equal(await page.getAttribute('#domains-view', 'data-total'), '3000');
    const drawn = await page.$$eval('#domains tr[data-domain]', (r) => r.length);
    assert.ok(drawn > 5 && drawn < 120, `${drawn} rows drawn`);
    // The view's full height stands for every row.
    const { scrollHeight, rowHeight } = await page.$eval('#domains-view', (v) => ({ scrollHeight: v.scrollHeight, rowHeight: /** @type {HTMLElement} */ (v.querySelector('tr[data-domain]')).offsetHeight }));
    assert.ok(scrollHeight >= 3000 * rowHeight, `${scrollHeight} < 3000 × ${rowHeight}`);
    // Scrolled to the end: the last domains are drawn, the first ones are gone.
    const last = await page.evaluate(() => { const v = /** @type {HTMLElement} */ (document.getElementById('domains-view')); v.scrollTop = v.scrollHeight; return true; });
    assert.ok(last);
    await page.waitForFunction(() => Number(document.getElementById('domains-view')?.dataset.first) > 2800);
    const ends = await page.$$eval('#domains tr[data-domain]', (r) => r.map((x) => x.getAttribute('data-domain')));
    assert.ok(!ends.includes('site0000.example') && ends.length < 120, ends.join(', '));
    const far = /** @type {string} */ (ends[ends.length - 1]);
    // A mark set far down is stored like any other and drawn again after a reload.
    await page.selectOption(`select[data-mark="${far}"]`, 'watch');
    await waitFor(async () => (await storeCount(page, 'marks')) === 1, 5000, 'the mark was not stored');
    await page.reload();
    await page.waitForSelector('body[data-state="ready"]');
    await page.evaluate(() => { const v = /** @type {HTMLElement} */ (document.getElementById('domains-view')); v.scrollTop = v.scrollHeight; });
    await page.waitForSelector(`select[data-mark="${far}"]`);
    assert.equal(await page.$eval(`select[data-mark="${far}"]`, (s) => /** @type {HTMLSelectElement} */ (s).value), 'watch');
    await page.close();
  } finally {
    await many.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('a long import shows its progress and can be cancelled between chunks: nothing is stored, and the next import works', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'backlink-bot-cancel-'));
  const big = await launch();
  try {
    // 60,000 links: twelve chunks of one transaction each, seconds of storing.
    const file = join(dir, 'big.csv');
    const lines = ['Source URL,Target URL,Anchor'];
    for (let i = 0; i < 60000; i++) lines.push(`https://site${i % 7000}.example/post-${i},https://crumbandcrust.example/,bread ${i}`);
    await writeFile(file, lines.join('\n') + '\n');
    const page = await backlinksPage(big);
    await page.setInputFiles('#import-files', file);
    await page.waitForSelector('#import-preview li[data-file]');
    // What a user sees: the bar's value as it moves; Cancel pressed once a chunk is stored.
    await page.evaluate(() => {
      const seen = /** @type {number[]} */ ([]);
      /** @type {any} */ (window).progressSeen = seen;
      /** @type {any} */ (window).progressWatch = new MutationObserver(() => {
        const bar = document.getElementById('import-progress');
        if (!bar) return;
        const value = Number(bar.getAttribute('value'));
        if (seen[seen.length - 1] !== value) seen.push(value);
        if (value >= 10000) /** @type {HTMLButtonElement | null} */ (document.getElementById('import-cancel'))?.click();
      });
      /** @type {any} */ (window).progressWatch.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['value'] });
    });
    await page.click('#import-confirm');
    await page.waitForFunction(() => /nothing was stored/.test(document.getElementById('status')?.textContent ?? ''), undefined, { timeout: 60000 });
    const seen = await page.evaluate(() => /** @type {number[]} */ (/** @type {any} */ (window).progressSeen));
    assert.ok(seen.length >= 2 && seen.every((v, i) => i === 0 || v > /** @type {number} */ (seen[i - 1])), `progress ${seen.join(', ')}`);
    assert.equal(await page.$('#import-progress-row'), null, 'the progress row stays after the import ended');
    for (const store of ['links', 'sites', 'imports', 'domains']) assert.equal(await storeCount(page, store), 0, `${store} after Cancel`);
    // The same file imported to the end: every link stored (the cancelled one left nothing behind).
    await page.evaluate(() => /** @type {any} */ (window).progressWatch.disconnect());
    await page.setInputFiles('#import-files', []);
    await page.setInputFiles('#import-files', file);
    await page.waitForSelector('#import-preview li[data-file]');
    await page.click('#import-confirm');
    await page.waitForFunction(() => /Imported/.test(document.getElementById('status')?.textContent ?? ''), undefined, { timeout: 120000 });
    assert.equal(await storeCount(page, 'links'), 60000);
    await page.close();
  } finally {
    await big.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('light and dark: every text on the Backlinks page is at least 4.5:1; the chart and the domains table are reached with Tab', async () => {
  const colours = await launch();
  try {
    await fillProfile(colours, { myDomains: 'crumbandcrust.example', brands: 'Crumb and Crust', keywords: 'sourdough starter, bread baking' });
    let page = await backlinksPage(colours);
    await importFiles(page, ['semrush-backlinks.csv', 'majestic-backlinks.csv', 'gsc-top-linking-sites.csv']);
    await page.close();
    for (const scheme of /** @type {const} */ (['light', 'dark'])) {
      page = await colours.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`chrome-extension://${colours.extensionId}/backlinks.html`);
      await page.waitForSelector('#domains tr[data-domain]');
      await page.waitForSelector('svg.growth-chart rect');
      const seen = await page.evaluate(`({ bg: getComputedStyle(document.body).backgroundColor, problems: (${contrastProblems})() })`);
      assert.deepEqual(seen.problems, [], `backlinks.html, ${scheme}`);
      assert.equal(seen.bg, scheme === 'dark' ? 'rgb(13, 17, 23)' : 'rgb(255, 255, 255)', `backlinks.html follows ${scheme}`);
      // Dark bars on a dark page would vanish: the bars differ from the page behind them.
      const bars = await page.$$eval('svg.growth-chart rect', (rects) => [...new Set(rects.map((r) => getComputedStyle(r).fill))]);
      assert.ok(bars.length >= 1 && !bars.includes(seen.bg), `bars ${bars.join(', ')} on ${seen.bg}`);
      await page.close();
    }
    // The keyboard alone reaches the chart (which points to its table) and the domains table.
    page = await backlinksPage(colours);
    await page.waitForSelector('svg.growth-chart');
    const reached = new Set();
    for (let i = 0; i < 80 && reached.size < 2; i++) {
      await page.keyboard.press('Tab');
      const at = await page.evaluate(() => document.activeElement?.matches('svg.growth-chart') ? 'chart' : document.activeElement?.id === 'domains-view' ? 'domains' : '');
      if (at) reached.add(at);
    }
    assert.deepEqual([...reached].sort(), ['chart', 'domains']);
    assert.equal(await page.getAttribute('svg.growth-chart', 'aria-describedby'), 'growth');
    await page.close();
  } finally {
    await colours.close();
  }
});

test('stored records that cannot be read are reported and skipped, and kept by the next import', async () => {
  const damaged = await launch();
  try {
    const page = await backlinksPage(damaged);
    await importFiles(page, ['semrush-backlinks.csv']);
    const links = await page.getAttribute('#totals', 'data-links');
    // A record another version (or a bug) wrote in a shape this one cannot read.
    await page.evaluate(() => new Promise((resolve, reject) => {
      const open = indexedDB.open('backlink-bot');
      open.onsuccess = () => {
        const tx = open.result.transaction('links', 'readwrite');
        tx.objectStore('links').put({ key: 'corrupt https://x.example/ -> https://y.example/', link: 'not a link' });
        tx.oncomplete = () => { open.result.close(); resolve(true); };
        tx.onerror = () => reject(tx.error);
      };
      open.onerror = () => reject(open.error);
    }));
    const before = await storeCount(page, 'links');
    await page.reload();
    await page.waitForSelector('body[data-state="ready"]');
    assert.match(await page.textContent('#status') ?? '', /1 stored backlink record could not be read/);
    assert.equal(await page.getAttribute('#totals', 'data-links'), links, 'the readable links are all counted');
    // A later import keeps it: nothing it cannot read is thrown away.
    await importFiles(page, ['majestic-backlinks.csv']);
    assert.ok(await storeCount(page, 'links') > before);
    const kept = await page.evaluate(() => new Promise((resolve) => {
      const open = indexedDB.open('backlink-bot');
      open.onsuccess = () => { const get = open.result.transaction('links').objectStore('links').get('corrupt https://x.example/ -> https://y.example/'); get.onsuccess = () => { open.result.close(); resolve(get.result?.link); }; };
    }));
    assert.equal(kept, 'not a link');

    await page.close();
  } finally {
    await damaged.close();
  }
});
