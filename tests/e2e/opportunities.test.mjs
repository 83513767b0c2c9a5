// @ts-check
// End-to-end: saving opportunities from the popup and working them on the Opportunities page, in
// the real extension with real chrome.storage: saves, duplicates, badge, do-not-contact, edits,
// restart persistence, racing saves, export, import (good and bad files), backup into a fresh
// profile, unreadable records, and a 10,000-record table.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { launch, openPopup, waitFor, setToday, ROOT } from './harness.mjs';
import { startServer } from './server.mjs';

/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;
/** A profile directory kept across browser restarts. */
let profileDir = '';
/** @type {Awaited<ReturnType<typeof launch>>} */
let h;

before(async () => {
  server = await startServer({ root: join(ROOT, 'tests/fixtures') });
  profileDir = await mkdtemp(join(tmpdir(), 'backlink-bot-opps-'));
  h = await launch({ userDataDir: profileDir });
});

after(async () => {
  await h?.close();
  await server?.close();
  if (profileDir) await rm(profileDir, { recursive: true, force: true });
});

/**
 * Every stored record, by key, read from the service worker.
 * @param {Awaited<ReturnType<typeof launch>>} harness
 * @returns {Promise<Record<string, any>>}
 */
async function stored(harness) {
  return harness.worker.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    return Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith('opp:')));
  });
}

/**
 * Opens a fixture, clicks the icon and waits for the save card.
 * @param {string} path
 * @param {Awaited<ReturnType<typeof launch>>} [harness]
 */
async function popupOn(path, harness = h) {
  const page = await harness.context.newPage();
  await page.goto(`${server.origin}/${path}`);
  const popup = await openPopup(harness, page);
  assert.equal(await popup.settled(), 'ready', path);
  await waitFor(() => popup.eval(`!!document.getElementById('save-button')`), 10000, 'the save card did not appear');
  return { page, popup };
}

/**
 * Fills the popup's save form and clicks Save; resolves with the result's state and text.
 * @param {import('./harness.mjs').Popup} popup
 * @param {{ status?: string, tags?: string, notes?: string }} form
 */
async function save(popup, form) {
  await popup.eval(`(() => {
    const form = ${JSON.stringify(form)};
    if (form.status) document.getElementById('save-status').value = form.status;
    if (form.tags !== undefined) document.getElementById('save-tags').value = form.tags;
    if (form.notes !== undefined) document.getElementById('save-notes').value = form.notes;
    document.getElementById('save-button').click();
  })()`);
  return waitFor(async () => {
    const r = await popup.eval(`(() => { const r = document.getElementById('save-result'); return r && ['saved', 'error'].includes(r.dataset.saveState) ? { state: r.dataset.saveState, text: r.textContent } : null; })()`);
    return r ?? undefined;
  }, 10000, 'the save did not finish');
}

/**
 * The tab's badge once the popup has set it. The save card is drawn before the popup sets the
 * badge (src/web/save.rs), so a badge read as soon as the card shows can be the fresh tab's
 * empty one; the tab's own title is set last, so a title of its own means the text is there.
 * @param {import('./harness.mjs').Popup} popup
 * @returns {Promise<{ text: string, title: string }>}
 */
function badge(popup) {
  return waitFor(() => popup.eval(`(async () => {
    const { tabId } = await window.backlinkBotExtraction;
    const title = await chrome.action.getTitle({ tabId });
    if (title === await chrome.action.getTitle({})) return null;
    return { text: await chrome.action.getBadgeText({ tabId }), title };
  })()`), 10000, 'the popup did not set the badge');
}

/** @param {Awaited<ReturnType<typeof launch>>} [harness] */
async function opportunitiesPage(harness = h) {
  const page = await harness.context.newPage();
  await page.goto(`chrome-extension://${harness.extensionId}/opportunities.html`);
  await page.waitForSelector('body[data-state="ready"]');
  return page;
}

const url = (/** @type {string} */ path) => `${server.origin}/${path}`;

test('save from the popup: stored with its prospect facts, badge marked, row on the Opportunities page', async () => {
  const { page, popup } = await popupOn('prospect-resource.html');
  const before = await popup.eval(`(() => { const s = document.getElementById('save'); return { saved: s.dataset.saved, pages: s.dataset.domainPages }; })()`);
  assert.deepEqual(before, { saved: 'false', pages: '0' });
  // No profile (a fresh install): no verdict and no score (issue 11), so the badge shows none.
  const card = await popup.eval(`(() => { const p = document.getElementById('prospect'); return { score: p.dataset.prospectScore ?? null, verdict: p.dataset.verdict }; })()`);
  assert.deepEqual(card, { score: null, verdict: 'none' });
  assert.equal((await badge(popup)).text, '', 'no score, no badge text');

  const result = await save(popup, { status: 'new', tags: 'Resources, SEO', notes: 'Write to the editor — "quotes", commas, émoji 🎉' });
  assert.equal(result.state, 'saved', result.text);
  assert.equal((await badge(popup)).text, '✓', 'a saved page is marked on the badge');

  const records = Object.values(await stored(h));
  assert.equal(records.length, 1);
  const [r] = records;
  assert.equal(r.url, url('prospect-resource.html'));
  assert.equal(r.domain, '127.0.0.1');
  assert.equal(r.score, null, 'saved without a profile: no score');
  assert.equal(r.verdict, null, 'saved without a profile: no verdict');
  assert.ok(Array.isArray(r.opportunityTypes));
  assert.deepEqual(r.tags, ['resources', 'seo']);
  assert.equal(r.notes, 'Write to the editor — "quotes", commas, émoji 🎉');
  assert.equal(r.history.length, 1);

  // "Opportunities" opens the page in a tab, where the row is.
  const opened = h.context.waitForEvent('page');
  await popup.clickAway('#open-opportunities');
  const opps = await opened;
  await opps.waitForSelector('body[data-state="ready"]');
  const row = opps.locator(`.row[data-url="${url('prospect-resource.html')}"]`);
  await row.waitFor();
  assert.equal(await row.getAttribute('data-status'), 'new');
  assert.equal(await row.getAttribute('data-score'), null);
  assert.equal(await row.locator('.c-verdict').innerText(), 'no verdict');
  assert.match(await row.locator('.c-tags').innerText(), /resources, seo/);
  // The Backlinks page is one click from both: the Opportunities page's header and the popup's.
  await Promise.all([opps.waitForURL(/\/backlinks\.html$/), opps.click('a[href="backlinks.html"]')]);
  await opps.waitForSelector('body[data-state="ready"]');
  assert.ok(await opps.$('#import-files'), 'the Backlinks page, ready to import');
  await opps.close();
  await popup.close();
  // (Opening a tab closed that popup: the toolbar is clicked again.)
  const again = await openPopup(h, page);
  await again.settled();
  const toBacklinks = h.context.waitForEvent('page');
  await again.clickAway('#open-backlinks');
  const backlinks = await toBacklinks;
  await backlinks.waitForSelector('body[data-state="ready"]');
  assert.equal(new URL(backlinks.url()).pathname, '/backlinks.html');
  await backlinks.close();
  await again.close();
  await page.close();
});

test('the harness: a call pending in a popup that closes fails at once, naming the closing, not after its timeout', async () => {
  const { page, popup } = await popupOn('prospect-resource.html');
  // An evaluate that never answers, then the popup closes (as opening a tab closes it).
  const pending = popup.eval('new Promise(() => {})');
  await popup.close();
  await assert.rejects(pending, /target detached/);
  await page.close();
});

test('with a profile the prospect score and verdict are shown and stored; a save without a profile keeps them', async () => {
  const PROFILE = { version: 1, myDomains: ['crumb-and-crust.example'], keywords: ['sourdough', 'bread baking'] };
  await h.worker.evaluate((profile) => chrome.storage.local.set({ profile }), PROFILE);
  try {
    // A page not saved: the badge shows its score.
    let { page, popup } = await popupOn('prospect-write-for-us.html');
    const score = await popup.eval(`document.getElementById('prospect').dataset.prospectScore`);
    assert.match(score, /^\d+$/);
    assert.equal((await badge(popup)).text, score, 'after scoring, the badge shows the prospect score');
    await popup.close();
    await page.close();

    // The saved page, judged now: the save stores its score and verdict.
    ({ page, popup } = await popupOn('prospect-resource.html'));
    const judged = await popup.eval(`(() => { const p = document.getElementById('prospect'); return { score: p.dataset.prospectScore, verdict: p.dataset.verdict }; })()`);
    assert.equal((await save(popup, {})).state, 'saved');
    let [r] = Object.values(await stored(h));
    assert.deepEqual({ score: r.score, verdict: r.verdict }, { score: Number(judged.score), verdict: judged.verdict });
    assert.ok(['strong', 'worth-pursuing', 'weak', 'avoid'].includes(r.verdict), r.verdict);
    await popup.close();
    await page.close();

    // Saved again without a profile: "not judged" does not erase the earlier verdict.
    await h.worker.evaluate(() => chrome.storage.local.remove('profile'));
    ({ page, popup } = await popupOn('prospect-resource.html'));
    assert.equal(await popup.eval(`document.getElementById('prospect').dataset.verdict`), 'none');
    assert.equal((await save(popup, {})).state, 'saved');
    [r] = Object.values(await stored(h));
    assert.deepEqual({ score: r.score, verdict: r.verdict }, { score: Number(judged.score), verdict: judged.verdict });
    assert.deepEqual(r.tags, ['resources', 'seo'], 'the pre-filled form kept the tags');
    assert.equal(r.history.length, 1, 'same status: no new history entry');
    await popup.close();
    await page.close();
  } finally {
    await h.worker.evaluate(() => chrome.storage.local.remove('profile'));
  }
});

test('saving the same URL again updates it; other pages of the domain are counted; do-not-contact is flagged', async () => {
  let { page, popup } = await popupOn('prospect-resource.html#section?utm_source=x');
  const info = await popup.eval(`(() => { const s = document.getElementById('save'); return { saved: s.dataset.saved, note: s.querySelector('[data-notice="saved-page"]')?.textContent, tags: document.getElementById('save-tags').value }; })()`);
  assert.equal(info.saved, 'true');
  assert.match(info.note, /already saved \(New/);
  assert.equal(info.tags, 'resources, seo', 'the stored tags are pre-filled');
  assert.equal((await save(popup, { status: 'contacted' })).state, 'saved');
  const records = Object.values(await stored(h));
  assert.equal(records.length, 1, 'same URL: updated, not duplicated');
  assert.equal(records[0].status, 'contacted');
  assert.deepEqual(records[0].history.map((/** @type {any} */ c) => c.status), ['new', 'contacted']);
  await popup.close();
  await page.close();

  ({ page, popup } = await popupOn('prospect-roundup.html'));
  const domain = await popup.eval(`(() => { const s = document.getElementById('save'); return { saved: s.dataset.saved, pages: s.dataset.domainPages, note: s.querySelector('[data-notice="saved-domain"]')?.textContent, dnc: s.dataset.doNotContact }; })()`);
  assert.deepEqual({ saved: domain.saved, pages: domain.pages, dnc: domain.dnc }, { saved: 'false', pages: '1', dnc: undefined });
  assert.match(domain.note, /Already saved 1 page on 127\.0\.0\.1: 1 contacted/);
  assert.equal((await save(popup, { status: 'do-not-contact' })).state, 'saved');
  assert.equal((await badge(popup)).text, '✕');
  await popup.close();
  await page.close();

  ({ page, popup } = await popupOn('prospect-directory.html'));
  const flagged = await popup.eval(`(() => { const s = document.getElementById('save'); return { dnc: s.dataset.doNotContact, text: s.querySelector('[data-notice="do-not-contact"]')?.textContent, pages: s.dataset.domainPages }; })()`);
  assert.equal(flagged.dnc, 'true');
  assert.match(flagged.text, /Do not contact: 127\.0\.0\.1/);
  assert.equal(flagged.pages, '2');
  assert.equal((await badge(popup)).text, '✕', 'the badge flags a do-not-contact domain before saving');
  await popup.close();
  await page.close();
});

test('status, notes, follow-up, target page and anchor edited on the Opportunities page persist, with history', async () => {
  // "Due" is relative to the pages' today, which the test sets: 2026-12-01 is ahead of it.
  await setToday(h, '2026-11-15');
  const opps = await opportunitiesPage();
  const target = url('prospect-resource.html');
  await opps.locator(`.row[data-url="${target}"] .open`).click();
  await opps.waitForSelector(`#detail[data-url="${target}"]`);
  await opps.selectOption('#d-status', 'replied');
  await opps.fill('#d-notes', 'Replied: wants a guest post\nSecond line, with "quotes"');
  await opps.fill('#d-follow-up', '2026-12-01');
  await opps.fill('#d-target', 'https://my.example/guide');
  await opps.fill('#d-anchor', 'the sourdough guide');
  await opps.fill('#d-tags', 'seo, outreach');
  await opps.click('#d-save');
  await opps.waitForSelector('#d-result[data-save-state="saved"]');
  await opps.reload();
  await opps.waitForSelector('body[data-state="ready"]');
  assert.equal(await opps.locator(`.row[data-url="${target}"]`).getAttribute('data-status'), 'replied');
  await opps.locator(`.row[data-url="${target}"] .open`).click();
  await opps.waitForSelector(`#detail[data-url="${target}"]`);
  assert.equal(await opps.inputValue('#d-notes'), 'Replied: wants a guest post\nSecond line, with "quotes"');
  assert.equal(await opps.inputValue('#d-follow-up'), '2026-12-01');
  assert.equal(await opps.inputValue('#d-target'), 'https://my.example/guide');
  assert.equal(await opps.inputValue('#d-anchor'), 'the sourdough guide');
  const history = await opps.locator('#d-history li').evaluateAll((els) => els.map((e) => /** @type {HTMLElement} */ (e).dataset.status));
  assert.deepEqual(history, ['new', 'contacted', 'replied']);
  // A follow-up date that has passed marks the row (while the page is still in play).
  assert.equal(await opps.locator(`.row[data-url="${target}"]`).getAttribute('data-due'), null);
  await opps.fill('#d-follow-up', '2020-01-02');
  await opps.click('#d-save');
  await opps.waitForSelector(`.row[data-url="${target}"][data-due="true"]`);
  await opps.fill('#d-follow-up', '2026-12-01');
  await opps.click('#d-save');
  await opps.waitForSelector(`.row[data-url="${target}"]:not([data-due])`);
  // The row's own status select writes at once.
  await opps.locator(`.row[data-url="${url('prospect-roundup.html')}"] select.row-status`).selectOption('lost');
  await waitFor(async () => Object.values(await stored(h)).find((r) => r.url === url('prospect-roundup.html'))?.status === 'lost', 5000, 'row status not stored');
  await opps.close();
});

test('records survive a browser restart with the same profile directory', async () => {
  const before = await stored(h);
  assert.equal(Object.keys(before).length, 2);
  await h.close();
  h = await launch({ userDataDir: profileDir });
  assert.deepEqual(await stored(h), before);
  const opps = await opportunitiesPage();
  assert.equal(await opps.getAttribute('#count', 'data-total'), '2');
  await opps.close();
});

test('two saves racing from two windows: both present', async () => {
  const paths = ['prospect-write-for-us.html', 'prospect-forum.html'];
  // An Opportunities tab left open (opened first: focusing a tab closes action popups) follows
  // the saves live.
  const opps = await opportunitiesPage();
  const opened = [];
  for (const path of paths) {
    // Each in its own window: one action popup per window.
    const { targetId } = await h.cdp.send('Target.createTarget', { url: url(path), newWindow: true });
    const page = await waitFor(async () => h.context.pages().find((p) => p.url() === url(path)), 10000, 'window did not open');
    await page.waitForLoadState();
    const popup = await openPopup(h, page, { keepOthers: true });
    assert.equal(await popup.settled(), 'ready');
    await waitFor(() => popup.eval(`!!document.getElementById('save-button')`), 10000, 'no save card');
    opened.push({ page, popup, targetId });
  }
  const results = await Promise.all(opened.map(({ popup }, i) => save(popup, { status: 'new', notes: `race ${i}` })));
  assert.deepEqual(results.map((r) => r.state), ['saved', 'saved']);
  for (const path of paths) await opps.locator(`.row[data-url="${url(path)}"]`).waitFor({ timeout: 5000 });
  assert.equal(await opps.getAttribute('#count', 'data-total'), '4');
  await opps.close();
  const records = Object.values(await stored(h));
  for (const [i, path] of paths.entries()) {
    const r = records.find((x) => x.url === url(path));
    assert.ok(r, `${path} saved`);
    assert.equal(r.notes, `race ${i}`);
  }
  assert.equal(records.length, 4);
  for (const { popup, page } of opened) {
    await popup.close();
    await page.close();
  }
});

/**
 * Clicks an export button and returns the downloaded file's text.
 * @param {import('playwright-core').Page} opps
 * @param {string} button
 */
async function download(opps, button) {
  const done = opps.waitForEvent('download');
  await opps.click(button);
  const file = await done;
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

test('CSV export parses back (BOM, RFC 4180, formula cells neutralised) and matches storage', async () => {
  // A record with hostile text, written the way a save would.
  const opps = await opportunitiesPage();
  await opps.locator(`.row[data-url="${url('prospect-forum.html')}"] .open`).click();
  await opps.fill('#d-notes', '=HYPERLINK("http://evil.example","x")\r\nline 2, "quoted"');
  await opps.fill('#d-anchor', '@SUM(A1)');
  await opps.fill('#d-tags', '+tag, مرحبا, 👩‍💻');
  await opps.click('#d-save');
  await opps.waitForSelector('#d-result[data-save-state="saved"]');
  const { name, text } = await download(opps, '#export-csv');
  assert.match(name, /^backlink-bot-opportunities-\d{4}-\d\d-\d\d\.csv$/);
  assert.equal(text.charCodeAt(0), 0xfeff, 'UTF-8 BOM');
  assert.ok(text.includes('\r\n'), 'CRLF line ends');
  const rows = parse(text, { bom: true, columns: true, relax_column_count: false });
  const records = Object.values(await stored(h));
  assert.equal(rows.length, records.length);
  for (const r of records) {
    const row = rows.find((/** @type {any} */ x) => x.url === r.url);
    assert.ok(row, r.url);
    assert.equal(row.status, r.status);
    assert.equal(row.score, r.score === null || r.score === undefined ? '' : String(r.score));
    assert.equal(row.domain, r.domain);
  }
  const forum = rows.find((/** @type {any} */ x) => x.url === url('prospect-forum.html'));
  // The export writes the notes as stored, neutralised. (Chromium 156's textarea turns the typed
  // CRLF into LF; 148's keeps it: either way the cell is the stored text.)
  const storedNotes = records.find((r) => r.url === url('prospect-forum.html'))?.notes;
  assert.ok([`=HYPERLINK("http://evil.example","x")\nline 2, "quoted"`, `=HYPERLINK("http://evil.example","x")\r\nline 2, "quoted"`].includes(storedNotes), String(storedNotes));
  assert.equal(forum.notes, `'${storedNotes}`);
  assert.equal(forum.proposed_anchor, "'@SUM(A1)");
  assert.match(forum.tags, /^'\+tag; مرحبا; 👩‍💻$/);
  for (const row of rows) for (const cell of Object.values(row)) assert.doesNotMatch(/** @type {string} */ (cell), /^[=+\-@\t\r]/, 'no cell starts a formula');
  await opps.close();
});

test('JSON backup exports every record as stored', async () => {
  const opps = await opportunitiesPage();
  const { name, text } = await download(opps, '#export-json');
  assert.match(name, /\.json$/);
  const backup = JSON.parse(text);
  assert.equal(backup.format, 'backlink-bot-opportunities');
  const records = Object.values(await stored(h)).sort((a, b) => a.url.localeCompare(b.url));
  assert.deepEqual(backup.records.sort((/** @type {any} */ a, /** @type {any} */ b) => a.url.localeCompare(b.url)), records);
  await opps.close();
});

/**
 * Chooses a file on the import input and waits for the import panel to settle.
 * @param {import('playwright-core').Page} opps
 * @param {string} name
 * @param {string} content
 */
async function chooseImport(opps, name, content) {
  await opps.setInputFiles('#import-file', { name, mimeType: name.endsWith('.json') ? 'application/json' : 'text/csv', buffer: Buffer.from(content) });
  await opps.waitForSelector('#import-panel:is([data-import-state="invalid"], [data-import-state="ready"], [data-import-state="has-errors"])');
  return opps.getAttribute('#import-panel', 'data-import-state');
}

test('a malformed import shows its errors and changes nothing', async () => {
  const opps = await opportunitiesPage();
  const before = await stored(h);
  assert.equal(await chooseImport(opps, 'broken.json', '{"format": "backlink-bot-opportunities", "records": [ {'), 'invalid');
  assert.match(await opps.innerText('#import-panel'), /not valid JSON/);
  assert.equal(await opps.locator('#import-confirm').count(), 0, 'nothing to confirm');
  await opps.click('#import-cancel');

  const csv = 'url,status,score\r\nnot a url,new,10\r\nhttps://ok.example/a,maybe,10\r\nhttps://ok.example/b,new,101\r\n';
  assert.equal(await chooseImport(opps, 'bad.csv', csv), 'has-errors');
  const errors = await opps.locator('#import-errors li').evaluateAll((els) => els.map((e) => [/** @type {HTMLElement} */ (e).dataset.row, e.textContent]));
  assert.deepEqual(errors.map(([row]) => row), ['1', '2', '3']);
  assert.match(String(errors[1][1]), /maybe/);
  assert.equal(await opps.getAttribute('#import-panel', 'data-to-write'), '0');
  await opps.click('#import-cancel');
  assert.deepEqual(await stored(h), before, 'storage unchanged');
  await opps.close();
});

test('a CSV import is confirmed before writing and merges by URL', async () => {
  const opps = await opportunitiesPage();
  const before = await stored(h);
  const csv = `\ufeffurl,status,tags,notes\r\n${url('prospect-resource.html')},won,imported,\r\nhttps://new.example/links,new,"a, b","line1\nline2"\r\n`;
  assert.equal(await chooseImport(opps, 'good.csv', csv), 'ready');
  assert.match(await opps.innerText('#import-summary'), /1 new, 1 updated/);
  assert.deepEqual(await stored(h), before, 'nothing written before confirming');
  await opps.click('#import-confirm');
  await opps.waitForSelector('#import-panel[data-import-state="done"]');
  const after = Object.values(await stored(h));
  assert.equal(after.length, Object.keys(before).length + 1);
  const merged = after.find((r) => r.url === url('prospect-resource.html'));
  assert.equal(merged.status, 'won');
  assert.ok(merged.tags.includes('imported') && merged.tags.includes('seo'), 'tags united');
  const added = after.find((r) => r.url === 'https://new.example/links');
  assert.deepEqual(added.tags, ['a', 'b']);
  assert.equal(added.notes, 'line1\nline2');
  await opps.waitForSelector('.row[data-url="https://new.example/links"]');
  await opps.close();
});

test('delete with undo, and bulk status change', async () => {
  const opps = await opportunitiesPage();
  const total = Number(await opps.getAttribute('#count', 'data-total'));
  const target = 'https://new.example/links';
  const original = Object.values(await stored(h)).find((r) => r.url === target);
  await opps.locator(`.row[data-url="${target}"] input.pick`).check();
  await opps.click('#bulk-delete');
  await opps.waitForSelector('#toast[data-toast="deleted"]');
  await waitFor(async () => Number(await opps.getAttribute('#count', 'data-total')) === total - 1, 5000, 'row not removed');
  assert.equal(Object.values(await stored(h)).some((r) => r.url === target), false);
  await opps.click('#undo');
  await opps.waitForSelector('#toast[data-toast="restored"]');
  await waitFor(async () => Number(await opps.getAttribute('#count', 'data-total')) === total, 5000, 'row not restored');
  assert.deepEqual(Object.values(await stored(h)).find((r) => r.url === target), original, 'restored exactly');

  await opps.check('#pick-all');
  assert.equal(await opps.getAttribute('#bulk', 'data-selected'), String(total));
  await opps.selectOption('#bulk-status', 'contacted');
  await opps.click('#bulk-apply');
  await waitFor(async () => Object.values(await stored(h)).every((r) => r.status === 'contacted'), 5000, 'bulk status not stored');
  await opps.close();
});

test('the JSON backup restores into a fresh profile with identical records', async () => {
  const opps = await opportunitiesPage();
  const { text } = await download(opps, '#export-json');
  await opps.close();
  const original = await stored(h);
  const fresh = await launch();
  try {
    const page = await opportunitiesPage(fresh);
    assert.equal(await page.getAttribute('#count', 'data-total'), '0');
    assert.equal(await chooseImport(page, 'backup.json', text), 'ready');
    await page.click('#import-confirm');
    await page.waitForSelector('#import-panel[data-import-state="done"]');
    assert.deepEqual(await stored(fresh), original);
    await waitFor(async () => (await page.getAttribute('#count', 'data-total')) === String(Object.keys(original).length), 5000, 'table not updated');
  } finally {
    await fresh.close();
  }
});

test('unreadable stored records are reported and skipped; the rest still load', async () => {
  await h.worker.evaluate(async () => {
    await chrome.storage.local.set({
      'opp:broken.example https://broken.example/': 'not a record',
      'opp:future.example https://future.example/': { schema: 99, url: 'https://future.example/' },
    });
  });
  const opps = await opportunitiesPage();
  assert.equal(await opps.getAttribute('#banner', 'data-problems'), '2');
  assert.match(await opps.innerText('#banner'), /newer Backlink Bot/);
  assert.ok(Number(await opps.getAttribute('#count', 'data-total')) >= 5);
  await opps.close();
  const all = await stored(h);
  assert.equal(all['opp:broken.example https://broken.example/'], 'not a record', 'left as it was');
  await h.worker.evaluate(() => chrome.storage.local.remove(['opp:broken.example https://broken.example/', 'opp:future.example https://future.example/']));
});

test('10,000 records: the table draws only what is visible, sorts and filters', async () => {
  const fresh = await launch();
  try {
    await fresh.worker.evaluate(async () => {
      const statuses = ['new', 'contacted', 'replied', 'won', 'lost', 'do-not-contact'];
      /** @type {Record<string, unknown>} */
      const items = {};
      for (let i = 0; i < 10000; i++) {
        const url = `https://site${i % 2500}.example/page-${i}`;
        const status = statuses[i % statuses.length];
        items[`opp:site${i % 2500}.example ${url}`] = {
          schema: 1, id: '', url, domain: `site${i % 2500}.example`, title: `Page ${i}`, savedAt: 1.79e12 + i * 1000, updatedAt: 1.79e12 + i * 1000,
          status, score: i % 101, verdict: 'weak', opportunityTypes: i % 3 ? ['resource-page'] : ['guest-post'], tags: i % 10 ? [] : ['tenth'],
          notes: i === 4242 ? 'needle in the haystack' : '', history: [{ status, at: 1.79e12 + i * 1000 }],
        };
      }
      await chrome.storage.local.set(items);
    });
    const page = await opportunitiesPage(fresh);
    assert.equal(await page.getAttribute('#count', 'data-total'), '10000');
    const drawn = await page.locator('.rows .row').count();
    assert.ok(drawn > 10 && drawn < 100, `only visible rows are drawn (${drawn})`);
    await page.click('#sort-score');
    assert.equal(await page.locator('.rows .row').first().getAttribute('data-score'), '100');
    await page.click('#sort-score');
    assert.equal(await page.locator('.rows .row').first().getAttribute('data-score'), '0');
    await page.evaluate(() => { const v = /** @type {HTMLElement} */ (document.getElementById('viewport')); v.scrollTop = v.scrollHeight; v.dispatchEvent(new Event('scroll')); });
    await waitFor(async () => (await page.locator('.rows .row').last().getAttribute('data-score')) === '100', 5000, 'scrolled to the end');
    await page.selectOption('#filter-status', 'won');
    assert.equal(await page.getAttribute('#count', 'data-shown'), String(Math.ceil((10000 - 3) / 6)));
    await page.selectOption('#filter-status', '');
    await page.selectOption('#filter-tag', 'tenth');
    assert.equal(await page.getAttribute('#count', 'data-shown'), '1000');
    await page.selectOption('#filter-tag', '');
    await page.fill('#filter-text', 'NEEDLE in the');
    assert.equal(await page.getAttribute('#count', 'data-shown'), '1');
    assert.equal(await page.locator('.rows .row').first().getAttribute('data-url'), 'https://site1742.example/page-4242');
    // A bulk change of all 10,000 lands in storage and comes back to the table as one event.
    await page.fill('#filter-text', '');
    await page.check('#pick-all');
    assert.equal(await page.getAttribute('#bulk', 'data-selected'), '10000');
    await page.selectOption('#bulk-status', 'replied');
    await page.click('#bulk-apply');
    await page.selectOption('#filter-status', 'replied');
    await waitFor(async () => (await page.getAttribute('#count', 'data-shown')) === '10000', 30000, 'bulk change not reflected');
    const replied = await fresh.worker.evaluate(async () => Object.values(await chrome.storage.local.get(null)).filter((r) => /** @type {{ status?: string }} */ (r).status === 'replied').length);
    assert.equal(replied, 10000);
  } finally {
    await fresh.close();
  }
});

test('a save that cannot be written says why and loses nothing', async () => {
  const target = url('prospect-mention.html');
  const key = `opp:127.0.0.1 ${target}`;
  // Written by a newer version: refused, left as it is.
  const future = { schema: 99, url: target, notes: 'from the future' };
  await h.worker.evaluate(([k, v]) => chrome.storage.local.set({ [k]: v }), /** @type {[string, object]} */ ([key, future]));
  let { page, popup } = await popupOn('prospect-mention.html');
  let result = await save(popup, { notes: 'mine' });
  assert.equal(result.state, 'error');
  assert.match(result.text, /Not saved: .*newer Backlink Bot/);
  assert.deepEqual((await stored(h))[key], future);
  await popup.close();
  await page.close();

  // Storage full: Chrome's quota error, injected into this popup's storage API.
  await h.worker.evaluate((k) => chrome.storage.local.remove(k), key);
  const before = await stored(h);
  ({ page, popup } = await popupOn('prospect-mention.html'));
  await popup.eval(`chrome.storage.local.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'))`);
  result = await save(popup, { notes: 'mine' });
  assert.equal(result.state, 'error');
  assert.match(result.text, /Storage is full \(QUOTA_BYTES quota exceeded\)\. Nothing was written and every saved opportunity is intact/);
  assert.deepEqual(await stored(h), before);
  await popup.close();
  await page.close();

  // An unreadable value under the key: the save goes through and the old value is kept aside.
  await h.worker.evaluate((k) => chrome.storage.local.set({ [k]: '{garbage' }), key);
  ({ page, popup } = await popupOn('prospect-mention.html'));
  result = await save(popup, { notes: 'mine' });
  assert.equal(result.state, 'saved', result.text);
  const all = await h.worker.evaluate(() => chrome.storage.local.get(null));
  assert.equal(/** @type {{ notes: string }} */ (all[key]).notes, 'mine');
  assert.equal(all[`opp-unreadable:${key}`], '{garbage');
  await popup.close();
  await page.close();
});

test('a record stored under an older domain grouping is updated in place, not duplicated', async () => {
  const target = url('prospect-write-for-us.html');
  const all = await stored(h);
  const [key, record] = /** @type {[string, any]} */ (Object.entries(all).find(([, r]) => r.url === target));
  // As if an older suffix list had grouped the URL under another domain.
  const oldKey = `opp:old-grouping.example ${target}`;
  await h.worker.evaluate(async ([k, o, r]) => { await chrome.storage.local.remove(k); await chrome.storage.local.set({ [o]: { ...r, domain: 'old-grouping.example' } }); }, [key, oldKey, record]);
  const { page, popup } = await popupOn('prospect-write-for-us.html');
  assert.equal((await save(popup, { notes: 'regrouped' })).state, 'saved');
  const after = Object.entries(await stored(h)).filter(([, r]) => r.url === target);
  assert.deepEqual(after.map(([k]) => k), [oldKey]);
  assert.equal(after[0][1].notes, 'regrouped');
  await popup.close();
  await page.close();
});
