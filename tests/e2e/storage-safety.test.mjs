// @ts-check
// End-to-end: no stored value is ever lost, whichever path writes. Storage is seeded (from the
// service worker, real chrome.storage) with values this version cannot read — a string that is no
// record, a record with wrong types, a record from a newer schema — under keys that each write path
// hits: popup save, detail edit, row status, bulk status, bulk delete and undo, CSV import and
// JSON import. Values that turn unreadable between the page loading and the write are written
// while the test holds the extension's storage Web Lock, exactly as another window would. Every
// original value must survive byte for byte, at its key or at `opp-unreadable:<key>`. Also: a
// Windows-1252 CSV, a CSV with a row for a newer version's record, and a 5,000-character URL.
// Runs alone: its own browser profile, its own records.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { launch, openPopup, waitFor, ROOT } from './harness.mjs';
import { startServer } from './server.mjs';

/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;
/** @type {Awaited<ReturnType<typeof launch>>} */
let h;

before(async () => {
  server = await startServer({ root: join(ROOT, 'tests/fixtures') });
  h = await launch();
});

after(async () => {
  await h?.close();
  await server?.close();
});

const LOCK = 'backlink-bot-opportunities';
const url = (/** @type {string} */ path) => `${server.origin}/${path}`;
const keyOf = (/** @type {string} */ u) => `opp:${new URL(u).hostname.split('.').slice(-2).join('.')} ${u}`;
const localKey = (/** @type {string} */ u) => `opp:127.0.0.1 ${u}`;

/** Everything in chrome.storage.local. @returns {Promise<Record<string, any>>} */
function all() {
  return h.worker.evaluate(() => chrome.storage.local.get(null));
}

/** @param {Record<string, unknown>} items */
function put(items) {
  return h.worker.evaluate((i) => chrome.storage.local.set(i), items);
}

/** A readable schema-1 record, as the extension stores it. @param {string} u @param {string} domain */
function record(u, domain, extra = {}) {
  return { schema: 1, id: '', url: u, domain, title: `Page ${u.slice(-12)}`, savedAt: 1.79e12, updatedAt: 1.79e12, status: 'new', notes: 'stored notes', tags: ['kept'], history: [{ status: 'new', at: 1.79e12 }], ...extra };
}

/**
 * Runs `action` (a click whose write waits for the storage lock) while the test holds the lock,
 * and `meanwhile` (another window's write) before letting the write go ahead.
 * @param {() => Promise<unknown>} action
 * @param {() => Promise<unknown>} meanwhile
 */
async function raceAgainstWrite(action, meanwhile) {
  await h.worker.evaluate((name) => new Promise((granted) => {
    navigator.locks.request(name, () => new Promise((release) => {
      /** @type {any} */ (globalThis).releaseTestLock = release;
      granted(undefined);
    }));
  }), LOCK);
  try {
    await action();
    await waitFor(async () => (await h.worker.evaluate(async () => (await navigator.locks.query()).pending?.length ?? 0)) > 0, 10000, 'the write did not wait for the lock');
    await meanwhile();
  } finally {
    await h.worker.evaluate(() => /** @type {any} */ (globalThis).releaseTestLock());
  }
}

/** @param {string} path */
async function popupOn(path) {
  const page = await h.context.newPage();
  await page.goto(url(path));
  const popup = await openPopup(h, page);
  assert.equal(await popup.settled(), 'ready', path);
  await waitFor(() => popup.eval(`!!document.getElementById('save-button')`), 10000, 'the save card did not appear');
  return { page, popup };
}

/** @param {import('./harness.mjs').Popup} popup @param {string} notes */
async function save(popup, notes) {
  await popup.eval(`(() => { document.getElementById('save-notes').value = ${JSON.stringify(notes)}; document.getElementById('save-button').click(); })()`);
  return waitFor(async () => {
    const r = await popup.eval(`(() => { const r = document.getElementById('save-result'); return r && ['saved', 'error'].includes(r.dataset.saveState) ? { state: r.dataset.saveState, text: r.textContent } : null; })()`);
    return r ?? undefined;
  }, 10000, 'the save did not finish');
}

/**
 * Clears the last toast's marks, so that waiting for the next action's toast cannot match the
 * previous one (two status changes in a row show the same `data-toast` and `data-skipped`).
 * @param {import('playwright-core').Page} opps
 */
async function forgetToast(opps) {
  await opps.evaluate(() => { const t = document.getElementById('toast'); t?.removeAttribute('data-toast'); t?.removeAttribute('data-skipped'); });
}

async function opportunitiesPage() {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/opportunities.html`);
  await page.waitForSelector('body[data-state="ready"]');
  return page;
}

/**
 * @param {import('playwright-core').Page} opps
 * @param {string} name
 * @param {Buffer} bytes
 */
async function chooseImport(opps, name, bytes) {
  await opps.setInputFiles('#import-file', { name, mimeType: name.endsWith('.json') ? 'application/json' : 'text/csv', buffer: bytes });
  await opps.waitForSelector('#import-panel:is([data-import-state="invalid"], [data-import-state="ready"], [data-import-state="has-errors"])');
  return opps.getAttribute('#import-panel', 'data-import-state');
}

/** @param {import('playwright-core').Page} opps */
async function confirmImport(opps) {
  await opps.click('#import-confirm');
  await opps.waitForSelector('#import-panel:is([data-import-state="done"], [data-import-state="failed"])');
  assert.equal(await opps.getAttribute('#import-panel', 'data-import-state'), 'done', await opps.innerText('#import-panel'));
}

/** Where `key`'s unreadable values may be kept. @param {Record<string, any>} store @param {string} key */
function copiesOf(store, key) {
  return Object.keys(store).filter((k) => k === `opp-unreadable:${key}` || (k.startsWith('opp-unreadable:') && /^opp-unreadable:\d+:/.test(k) && k.slice(k.indexOf(':', 15) + 1) === key));
}

test('every write path keeps every value it cannot read, byte for byte', async () => {
  const garbage = '{garbage';
  const wrongTypes = (/** @type {string} */ u) => ({ schema: 1, id: 7, url: u, domain: '127.0.0.1', savedAt: 'yesterday', updatedAt: null, status: 42, tags: 'not a list' });
  const future = (/** @type {string} */ u) => ({ schema: 99, url: u, notes: 'from a newer version', newField: { nested: [1, 2, 3] } });

  // Seeded before any page loads.
  const popupKey = localKey(url('prospect-resource.html'));
  const popupNewerKey = localKey(url('prospect-mention.html'));
  const csvBad = 'https://csv-bad.example/page';
  const csvNewer = 'https://csv-newer.example/page';
  const jsonBad = 'https://json-bad.example/page';
  const jsonNewer = 'https://json-newer.example/page';
  // Readable when the page loads, unreadable by the time the write runs.
  const detail = 'https://detail.example/page';
  const rowStatus = 'https://row-status.example/page';
  const bulkKept = 'https://bulk.example/kept';
  const bulkBad = 'https://bulk.example/bad';
  const delKept = 'https://delete.example/kept';
  const delBad = 'https://delete.example/bad';
  const delNewer = 'https://delete.example/newer';

  /** @type {Record<string, unknown>} every unreadable value ever written, by key */
  const unreadable = {
    [popupKey]: wrongTypes(url('prospect-resource.html')),
    [popupNewerKey]: future(url('prospect-mention.html')),
    [keyOf(csvBad)]: garbage,
    [keyOf(csvNewer)]: future(csvNewer),
    [keyOf(jsonBad)]: [1, 'two', { three: 3 }],
    [keyOf(jsonNewer)]: future(jsonNewer),
  };
  // A copy of an earlier damaged value is kept for jsonBad already: it must not be overwritten.
  const keptBefore = { [`opp-unreadable:${keyOf(jsonBad)}`]: 'an older damaged value' };
  await put({ ...unreadable, ...keptBefore });
  await put(Object.fromEntries([detail, rowStatus, bulkKept, bulkBad, delKept, delBad, delNewer].map((u) => [keyOf(u), record(u, new URL(u).hostname)])));

  // 1. Popup save over a record with wrong types: saved, the old value kept aside.
  {
    const { page, popup } = await popupOn('prospect-resource.html');
    const r = await save(popup, 'saved over a damaged value');
    assert.equal(r.state, 'saved', r.text);
    await popup.close();
    await page.close();
  }
  // …and over a newer version's record: refused, left as it is.
  {
    const { page, popup } = await popupOn('prospect-mention.html');
    const r = await save(popup, 'mine');
    assert.equal(r.state, 'error');
    assert.match(r.text, /newer Backlink Bot/);
    await popup.close();
    await page.close();
  }

  const opps = await opportunitiesPage();
  assert.equal(await opps.getAttribute('#banner', 'data-problems'), '5', 'popupNewer, csvBad, csvNewer, jsonBad, jsonNewer are reported');

  // 2. Detail edit of a record that turned unreadable since the panel opened.
  await opps.locator(`.row[data-url="${detail}"] .open`).click();
  await opps.fill('#d-notes', 'edited');
  unreadable[keyOf(detail)] = garbage;
  await raceAgainstWrite(() => opps.click('#d-save'), () => put({ [keyOf(detail)]: garbage }));
  await opps.waitForSelector('#d-result[data-save-state="error"]');
  assert.match(await opps.innerText('#d-result'), /can no longer be read/);
  await opps.click('#d-close');

  // 3. Row status on a record that turned into a newer version's.
  await forgetToast(opps);
  unreadable[keyOf(rowStatus)] = future(rowStatus);
  await raceAgainstWrite(
    () => opps.locator(`.row[data-url="${rowStatus}"] select.row-status`).selectOption('won'),
    () => put({ [keyOf(rowStatus)]: unreadable[keyOf(rowStatus)] }),
  );
  await opps.waitForSelector('#toast[data-toast="status"][data-skipped="1"]');
  assert.match(await opps.innerText('#toast'), /newer Backlink Bot/);

  // 4. Bulk status: one record still fine, one with wrong types by now.
  unreadable[keyOf(bulkBad)] = wrongTypes(bulkBad);
  await opps.locator(`.row[data-url="${bulkKept}"] input.pick`).check();
  await opps.locator(`.row[data-url="${bulkBad}"] input.pick`).check();
  await opps.selectOption('#bulk-status', 'replied');
  await forgetToast(opps);
  await raceAgainstWrite(() => opps.click('#bulk-apply'), () => put({ [keyOf(bulkBad)]: unreadable[keyOf(bulkBad)] }));
  await opps.waitForSelector('#toast[data-toast="status"][data-skipped="1"]');
  assert.equal((await all())[keyOf(bulkKept)].status, 'replied', 'the readable one changed');
  await opps.click('#bulk-clear');

  // 5. Bulk delete: one fine, one damaged and one newer by now; then undo after the deleted
  // one's key got a damaged value from another window.
  unreadable[keyOf(delBad)] = garbage;
  unreadable[keyOf(delNewer)] = future(delNewer);
  for (const u of [delKept, delBad, delNewer]) await opps.locator(`.row[data-url="${u}"] input.pick`).check();
  await forgetToast(opps);
  await raceAgainstWrite(() => opps.click('#bulk-delete'), () => put({ [keyOf(delBad)]: garbage, [keyOf(delNewer)]: unreadable[keyOf(delNewer)] }));
  await opps.waitForSelector('#toast[data-toast="deleted"][data-skipped="2"]');
  assert.equal((await all())[keyOf(delKept)], undefined, 'the readable one was deleted');
  const damagedAfterDelete = { schema: 1, url: 5 };
  unreadable[`${keyOf(delKept)}`] = damagedAfterDelete;
  await put({ [keyOf(delKept)]: damagedAfterDelete });
  await opps.click('#undo');
  await opps.waitForSelector('#toast[data-toast="restored"]');
  assert.equal((await all())[keyOf(delKept)]?.notes, 'stored notes', 'undo restored the deleted record');

  // 6. CSV import over a damaged value and a newer version's record.
  const csv = `url,status,notes\r\n${csvBad},won,from csv\r\n${csvNewer},won,from csv\r\nhttps://csv-new.example/page,new,from csv\r\n`;
  assert.equal(await chooseImport(opps, 'over.csv', Buffer.from(csv)), 'has-errors');
  assert.equal(await opps.innerText('#import-errors'), `row 2: the stored record for ${csvNewer} was written by a newer version of Backlink Bot; left unchanged`);
  assert.match(await opps.innerText('#import-replaces'), /^1 of them replace stored values that cannot be read; a copy of each old value is kept/);
  await confirmImport(opps);

  // 7. JSON import (a backup) over the same kinds.
  const backup = { format: 'backlink-bot-opportunities', schemaVersion: 1, records: [record(jsonBad, 'json-bad.example'), record(jsonNewer, 'json-newer.example'), record('https://json-new.example/page', 'json-new.example')] };
  assert.equal(await chooseImport(opps, 'over.json', Buffer.from(JSON.stringify(backup))), 'has-errors');
  assert.match(await opps.innerText('#import-errors'), /^record 2: the stored record for https:\/\/json-newer\.example\/page was written by a newer version/);
  await confirmImport(opps);
  await opps.close();

  // Every unreadable value is still stored, identical (chrome.storage keeps values, not the order
  // of an object's keys): at its key, or copied aside.
  const after = await all();
  for (const [key, value] of Object.entries(unreadable)) {
    const atKey = isDeepStrictEqual(after[key], value);
    const copies = copiesOf(after, key).filter((k) => isDeepStrictEqual(after[k], value));
    assert.ok(atKey || copies.length === 1, `${key}: lost (now ${JSON.stringify(after[key])}, copies ${JSON.stringify(copiesOf(after, key))})`);
  }
  for (const [key, value] of Object.entries(keptBefore)) assert.deepEqual(after[key], value, `${key}: an earlier copy was overwritten`);
  assert.deepEqual(after[`opp-unreadable:2:${keyOf(jsonBad)}`], unreadable[keyOf(jsonBad)], 'a second damaged value gets a second copy');
  // The writes themselves happened.
  assert.equal(after[popupKey].notes, 'saved over a damaged value');
  assert.deepEqual(after[`opp-unreadable:${popupKey}`], unreadable[popupKey]);
  assert.equal(after[keyOf(csvBad)].notes, 'from csv');
  assert.equal(after[keyOf(csvBad)].status, 'won');
  assert.equal(after[keyOf('https://csv-new.example/page')].notes, 'from csv');
  assert.equal(after[keyOf(jsonBad)].notes, 'stored notes');
  assert.equal(after[keyOf('https://json-new.example/page')].url, 'https://json-new.example/page');
  // Values a newer version wrote stay at their keys, never copied or moved.
  for (const key of [popupNewerKey, keyOf(csvNewer), keyOf(jsonNewer), keyOf(rowStatus), keyOf(delNewer)]) {
    assert.deepEqual(after[key], unreadable[key], key);
    assert.deepEqual(copiesOf(after, key), [], `${key}: a newer version's record is left alone`);
  }
});

test('a Windows-1252 CSV (as Excel on Windows saves it) imports with its accents, and says how it was read', async () => {
  const opps = await opportunitiesPage();
  // "Café crème", “quotes” and € as single Windows-1252 bytes (0xE9, 0xE8, 0x93/0x94, 0x80).
  const bytes = Buffer.concat([
    Buffer.from('url;title;notes\r\nhttps://cafe.example/menu;Caf', 'latin1'),
    Buffer.from([0xe9, 0x20, 0x63, 0x72, 0xe8, 0x6d, 0x65]),
    Buffer.from(';', 'latin1'),
    Buffer.from([0x93, 0x71, 0x75, 0x6f, 0x74, 0x65, 0x64, 0x94, 0x20, 0x35, 0x80]),
    Buffer.from('\r\n', 'latin1'),
  ]);
  assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'the file really is not UTF-8');
  assert.equal(await chooseImport(opps, 'excel.csv', bytes), 'ready');
  assert.equal(await opps.getAttribute('#import-panel', 'data-encoding'), 'Windows-1252');
  assert.match(await opps.innerText('#import-encoding'), /read as Windows-1252/);
  await confirmImport(opps);
  const r = (await all())['opp:cafe.example https://cafe.example/menu'];
  assert.equal(r.title, 'Café crème');
  assert.equal(r.notes, '“quoted” 5€');
  assert.doesNotMatch(JSON.stringify(r), /\ufffd/, 'no replacement characters');

  // UTF-8 says nothing about encodings.
  assert.equal(await chooseImport(opps, 'utf8.csv', Buffer.from('url,title\r\nhttps://cafe.example/bar,Café\r\n')), 'ready');
  assert.equal(await opps.getAttribute('#import-panel', 'data-encoding'), 'UTF-8');
  assert.equal(await opps.locator('#import-encoding').count(), 0);
  await opps.click('#import-cancel');
  await opps.close();
});

test('a CSV with a row for a newer version\'s record imports the other rows and says which row was skipped', async () => {
  const newer = 'https://newer-row.example/page';
  const future = { schema: 42, url: newer, notes: 'written by a newer version' };
  await put({ [keyOf(newer)]: future });
  const opps = await opportunitiesPage();
  const csv = `url,status,notes\r\nhttps://newer-row.example/one,won,a\r\n${newer},won,b\r\nhttps://newer-row.example/three,lost,c\r\n`;
  assert.equal(await chooseImport(opps, 'mixed.csv', Buffer.from(csv)), 'has-errors');
  const errors = await opps.locator('#import-errors li').evaluateAll((els) => els.map((e) => [/** @type {HTMLElement} */ (e).dataset.row, e.textContent]));
  assert.deepEqual(errors, [['2', `row 2: the stored record for ${newer} was written by a newer version of Backlink Bot; left unchanged`]]);
  assert.equal(await opps.getAttribute('#import-panel', 'data-to-write'), '2');
  await confirmImport(opps);
  const after = await all();
  assert.deepEqual(after[keyOf(newer)], future, 'left unchanged');
  assert.equal(after['opp:newer-row.example https://newer-row.example/one'].status, 'won');
  assert.equal(after['opp:newer-row.example https://newer-row.example/three'].status, 'lost');
  await opps.close();
});

test('a page with a 5,000-character URL is saved under its whole URL', async () => {
  const path = 'prospect-write-for-us.html';
  const prefix = `${url(path)}?ref=`;
  const long = prefix + 'x'.repeat(5000 - prefix.length);
  assert.equal(long.length, 5000);
  const page = await h.context.newPage();
  await page.goto(long);
  assert.equal(page.url(), long, 'the browser kept the whole URL');
  const popup = await openPopup(h, page);
  assert.equal(await popup.settled(), 'ready');
  await waitFor(() => popup.eval(`!!document.getElementById('save-button')`), 10000, 'the save card did not appear');
  const r = await save(popup, 'long');
  assert.equal(r.state, 'saved', r.text);
  await popup.close();
  await page.close();
  const saved = Object.entries(await all()).filter(([, v]) => v?.notes === 'long');
  assert.equal(saved.length, 1);
  assert.equal(saved[0][0], localKey(long));
  assert.equal(saved[0][1].url, long);
  const opps = await opportunitiesPage();
  assert.equal(await opps.locator(`.row[data-url="${long}"]`).count(), 1, 'the row is the whole URL');
  await opps.close();
});
