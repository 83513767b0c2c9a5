// @ts-check
// End-to-end: the pages leak no listeners on repeat actions. On the Opportunities page, a record's detail
// panel is opened and closed (and replaced by another record's) 50 times, an import is previewed
// and cancelled 20 times, a delete's toast is replaced 10 times; then each action fires exactly
// once (one write, one history entry, one restore), and the panels' old buttons, kept alive here
// after they left the page, hold no listener (DevTools' getEventListeners): a leaked
// (`forget()`-ed) one would stay on them. In the popup, a Retry redraws everything and leaves no
// listener on the old Retry button. Runs alone: its own browser profile, its own records.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, openPopup, waitFor, ROOT } from './harness.mjs';
import { startServer } from './server.mjs';

/** @type {Awaited<ReturnType<typeof launch>>} */
let h;
/** @type {import('playwright-core').Page} */
let opps;
/** @type {import('playwright-core').CDPSession} */
let cdp;

const A = 'https://alpha.example/links';
const B = 'https://beta.example/resources';
const keyOf = (/** @type {string} */ u) => `opp:${new URL(u).hostname} ${u}`;

/** A readable schema-1 record, as the extension stores it. @param {string} u */
function record(u) {
  const domain = new URL(u).hostname;
  return { schema: 1, id: '', url: u, domain, title: `Page on ${domain}`, savedAt: 1.79e12, updatedAt: 1.79e12, status: 'new', notes: '', tags: [], history: [{ status: 'new', at: 1.79e12 }] };
}

/** What is stored under `key`. @param {string} key @returns {Promise<any>} */
function storedAt(key) {
  return h.worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);
}

before(async () => {
  h = await launch();
  await h.worker.evaluate((items) => chrome.storage.local.set(items), { [keyOf(A)]: record(A), [keyOf(B)]: record(B) });
  opps = await h.context.newPage();
  await opps.goto(`chrome-extension://${h.extensionId}/opportunities.html`);
  await opps.waitForSelector('body[data-state="ready"]');
  // Every storage change the page sees, by key: a duplicated listener would write twice.
  await opps.evaluate(() => {
    /** @type {any} */ (window).changes = {};
    chrome.storage.onChanged.addListener((changes) => {
      for (const key of Object.keys(changes)) /** @type {any} */ (window).changes[key] = (/** @type {any} */ (window).changes[key] ?? 0) + 1;
    });
  });
  cdp = await h.context.newCDPSession(opps);
});

after(async () => {
  await h?.close();
});

/** How many storage changes the page saw under `key`. @param {string} key @returns {Promise<number>} */
function changesAt(key) {
  return opps.evaluate((k) => /** @type {any} */ (window).changes[k] ?? 0, key);
}

/**
 * The listeners DevTools sees on the elements of `window.kept` (old buttons kept alive here).
 * @returns {Promise<number>}
 */
async function listenersOnKept() {
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'window.kept' });
  const { result: items } = await cdp.send('Runtime.getProperties', { objectId: String(result.objectId), ownProperties: true });
  let n = 0;
  for (const item of items) {
    if (!/^\d+$/.test(item.name) || !item.value?.objectId) continue;
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: item.value.objectId });
    n += listeners.length;
  }
  return n;
}

/** Keeps the element `selector` matches alive in `window.kept`. @param {string} selector */
function keep(selector) {
  return opps.evaluate((s) => {
    const w = /** @type {any} */ (window);
    (w.kept ??= []).push(document.querySelector(s));
  }, selector);
}

/** @param {string} u */
async function openDetail(u) {
  await opps.locator(`.row[data-url="${u}"] .open`).click();
  await opps.waitForSelector(`#detail[data-url="${u}"]`);
}

test('detail panel opened and closed 50 times: Save writes once, Delete and Undo act once, old buttons hold no listener', async () => {
  for (let i = 0; i < 50; i++) {
    await openDetail(A);
    await keep('#d-save');
    // Half the time another record replaces the panel before it closes.
    if (i % 2) {
      await openDetail(B);
      await keep('#d-delete');
    }
    await opps.click('#d-close');
    await opps.waitForSelector('#detail[hidden]:not([data-url])', { state: 'attached' });
  }
  assert.equal(await opps.evaluate(() => /** @type {any} */ (window).kept.length), 75);
  assert.equal(await listenersOnKept(), 0, 'the closed panels\' buttons still hold listeners');

  await openDetail(A);
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
    objectId: String((await cdp.send('Runtime.evaluate', { expression: `document.getElementById('d-save')` })).result.objectId),
  });
  assert.deepEqual(listeners.map((l) => l.type), ['click'], 'one listener on the open panel\'s Save');
  await opps.selectOption('#d-status', 'contacted');
  await opps.fill('#d-notes', 'wrote once');
  await opps.click('#d-save');
  await opps.waitForSelector('#d-result[data-save-state="saved"]');
  await waitFor(async () => (await changesAt(keyOf(A))) >= 1, 5000, 'the save was not seen');
  // Time for a duplicated handler's second write to land.
  await opps.waitForTimeout(500);
  assert.equal(await changesAt(keyOf(A)), 1, 'one write');
  const saved = await storedAt(keyOf(A));
  assert.deepEqual(saved.history.map((/** @type {any} */ c) => c.status), ['new', 'contacted'], 'one history entry');
  assert.equal(saved.notes, 'wrote once');

  await opps.click('#d-delete');
  await opps.waitForSelector('#toast[data-toast="deleted"]');
  await waitFor(async () => (await storedAt(keyOf(A))) === undefined, 5000, 'not deleted');
  assert.match(await opps.innerText('#toast'), /^Deleted 1 opportunity\./);
  await opps.click('#undo');
  await opps.waitForSelector('#toast[data-toast="restored"]');
  assert.match(await opps.innerText('#toast'), /^Restored 1 of 1\./);
  // The toast follows the write, not the page's storage event of it: wait for that event, then
  // give a duplicated handler's extra write time to land.
  await waitFor(async () => (await changesAt(keyOf(A))) >= 3, 5000, 'the restore was not seen');
  await opps.waitForTimeout(300);
  assert.equal(await changesAt(keyOf(A)), 3, 'save, delete, restore: one write each');
  assert.deepEqual(await storedAt(keyOf(A)), saved, 'restored exactly');
});

test('delete toasts replaced 10 times: the old Undo buttons hold no listener', async () => {
  await opps.evaluate(() => { /** @type {any} */ (window).kept = []; });
  for (let i = 0; i < 10; i++) {
    await opps.locator(`.row[data-url="${B}"] input.pick`).check();
    await opps.click('#bulk-delete');
    await opps.waitForSelector('#toast[data-toast="deleted"] #undo');
    await keep('#undo');
    // The toast follows the delete's write, not the page's storage event of it, which drops B's
    // row and its selection: wait for that, or the check below may tick the old row (still
    // selected) and the event then leave nothing selected and the bulk bar hidden.
    await opps.waitForSelector(`.row[data-url="${B}"]`, { state: 'detached' });
    // B comes back from the worker, as from another window; then another toast replaces this
    // one (and its Undo): Apply with no status chosen.
    await h.worker.evaluate((items) => chrome.storage.local.set(items), { [keyOf(B)]: record(B) });
    await opps.locator(`.row[data-url="${B}"] input.pick`).check();
    await opps.click('#bulk-apply');
    await opps.waitForSelector('#toast[data-toast="bulk-no-status"]');
    await opps.click('#bulk-clear');
  }
  assert.equal(await opps.locator('#undo').count(), 0);
  assert.equal(await listenersOnKept(), 0, 'the replaced toasts\' Undo buttons still hold listeners');
});

test('import previewed and cancelled 20 times: one confirm writes once', async () => {
  await opps.evaluate(() => { /** @type {any} */ (window).kept = []; });
  const C = 'https://gamma.example/list';
  const csv = `url,status\r\n${C},new\r\n`;
  for (let i = 0; i < 20; i++) {
    await opps.setInputFiles('#import-file', { name: 'one.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await opps.waitForSelector('#import-panel[data-import-state="ready"]');
    await keep('#import-confirm');
    await keep('#import-cancel');
    await opps.click('#import-cancel');
    await opps.waitForSelector('#import-panel[data-import-state="cancelled"]', { state: 'attached' });
  }
  assert.equal(await listenersOnKept(), 0, 'the cancelled previews\' buttons still hold listeners');
  assert.equal(await storedAt(keyOf(C)), undefined, 'nothing written by a cancelled preview');
  await opps.setInputFiles('#import-file', { name: 'one.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await opps.waitForSelector('#import-panel[data-import-state="ready"]');
  await opps.click('#import-confirm');
  await opps.waitForSelector('#import-panel[data-import-state="done"]');
  // "done" follows the write, not the page's storage event of it (as above).
  await waitFor(async () => (await changesAt(keyOf(C))) >= 1, 5000, 'the import was not seen');
  await opps.waitForTimeout(300);
  assert.equal(await changesAt(keyOf(C)), 1, 'one write');
  assert.equal((await storedAt(keyOf(C)))?.url, C);
  await opps.click('#import-cancel');
  await opps.waitForSelector('#import-panel[data-import-state="cancelled"]', { state: 'attached' });
});

test('popup: after a Retry redrew it, the old Retry button holds no listener and the new controls one each', async () => {
  const server = await startServer({ root: join(ROOT, 'tests/fixtures') });
  try {
    // A page busy in a loop: "not responding", with Retry; released, the retry draws the Report.
    const id = `listeners-${process.pid}`;
    const page = await h.context.newPage();
    await page.goto(`${server.origin}/hostile/busy.html?id=${id}`);
    const popup = await openPopup(h, page);
    assert.equal(await popup.settled(30000), 'error');
    assert.equal(await popup.eval(`(window.kept = [document.getElementById('retry')])[0] !== null`), true, 'a Retry button');
    await fetch(`${server.origin}/hostile/release?id=${id}`);
    await page.waitForFunction(() => document.body.dataset.released === 'true');
    await popup.eval(() => /** @type {HTMLElement} */ (document.getElementById('retry')).click());
    assert.equal(await popup.settled(30000), 'ready');
    /** @param {string} expression @returns {Promise<string[]>} the types of the listeners on the element */
    const listenersOn = async (expression) => {
      const { result } = await popup.send('Runtime.evaluate', { expression });
      const { listeners } = await popup.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
      return listeners.map((/** @type {any} */ l) => l.type);
    };
    assert.deepEqual(await listenersOn('window.kept[0]'), [], 'the old Retry button still holds its listener');
    assert.deepEqual(await listenersOn(`document.querySelector('[data-filter="followed"]')`), ['click']);
    assert.deepEqual(await listenersOn(`document.getElementById('link-list')`), ['toggle']);
    await popup.close();
    await page.close();
  } finally {
    await server.close();
  }
});
