// @ts-check
// End-to-end: a panic in the Wasm core, on each kind of extension page, ends in the error state
// with a clear message (never a stuck spinner), and the page then refuses to write anything.
// The panics are real (the test copy's `test:panic` setting and `backlinkBotTestPanic`,
// src/web/hooks.rs); a shipped build refuses them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
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

/** Everything in chrome.storage.local except the test settings. */
async function storage() {
  const all = await h.worker.evaluate(() => chrome.storage.local.get(null));
  return Object.fromEntries(Object.entries(all).filter(([k]) => !k.startsWith('test:')));
}

/** @param {{ eval: (e: string) => Promise<any> }} target */
async function faultShown(target) {
  return target.eval(`(() => {
    const card = document.getElementById('fault');
    return { state: document.body.dataset.state, poisoned: document.body.dataset.poisoned ?? null,
      kind: card?.dataset.error ?? null, role: card?.getAttribute('role') ?? null, text: card?.textContent ?? '',
      spinner: !!document.querySelector('#app > p.status') };
  })()`);
}

/** A Playwright page with the same `eval` shape as the popup handle. @param {import('playwright-core').Page} page */
const evaluator = (page) => ({ eval: (/** @type {string} */ e) => page.evaluate(e) });

test('popup: a panic inside the analysis ends in the error state, not "Analysing…" forever', async () => {
  await h.worker.evaluate(() => chrome.storage.local.set({ 'test:panic': 'popup-analyse' }));
  try {
    const page = await h.context.newPage();
    await page.goto(`${server.origin}/blog-editorial.html`);
    const popup = await openPopup(h, page);
    assert.equal(await popup.settled(), 'error');
    const shown = await faultShown(popup);
    assert.equal(shown.kind, 'internal');
    assert.equal(shown.role, 'alert');
    assert.equal(shown.poisoned, 'true');
    assert.equal(shown.spinner, false, 'the loading message is gone');
    assert.match(shown.text, /Backlink Bot hit an internal error on this page: test panic on purpose at popup-analyse/);
    assert.match(shown.text, /nothing was saved or changed/);
    await popup.close();
    await page.close();
  } finally {
    await h.worker.evaluate(() => chrome.storage.local.remove('test:panic'));
  }
});

test('popup: after a panic in a later task, Save writes nothing and says why', async () => {
  const before = await storage();
  const page = await h.context.newPage();
  await page.goto(`${server.origin}/prospect-resource.html`);
  const popup = await openPopup(h, page);
  assert.equal(await popup.settled(), 'ready');
  await waitFor(() => popup.eval(`!!document.getElementById('save-button')`), 10000, 'the save card did not appear');
  await popup.eval(`window.backlinkBotTestPanic('async')`);
  await waitFor(() => popup.eval(`document.body.dataset.state === 'error'`), 5000, 'no error state after the panic');
  const shown = await faultShown(popup);
  assert.match(shown.text, /test panic on purpose \(async\)/);
  assert.ok(await popup.eval(`document.querySelectorAll('li.link-row').length > 0`), 'what was drawn stays readable');
  // The page is poisoned: the save button's handler still runs, and refuses to write.
  await popup.eval(`document.getElementById('save-button').click()`);
  const result = await waitFor(() => popup.eval(`(() => { const r = document.getElementById('save-result'); return r && ['saved', 'error'].includes(r.dataset.saveState ?? '') ? { state: r.dataset.saveState, text: r.textContent } : null; })()`), 10000, 'the save did not answer');
  assert.equal(result.state, 'error');
  assert.match(result.text, /writes nothing more/);
  assert.equal(await popup.eval(`document.body.dataset.state`), 'error', 'nothing paints the page ready again');
  assert.deepEqual(await storage(), before, 'nothing was written');
  await popup.close();
  await page.close();
});

test('options page: a panic shows the error state and the profile is not saved afterwards', async () => {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/options.html`);
  await page.waitForSelector('body[data-state="ready"]');
  const before = await storage();
  await page.evaluate(() => /** @type {any} */ (window).backlinkBotTestPanic('async'));
  await page.waitForSelector('body[data-state="error"] #fault[data-error="internal"]');
  const shown = await faultShown(evaluator(page));
  assert.equal(shown.poisoned, 'true');
  assert.match(shown.text, /Backlink Bot hit an internal error on this page: test panic on purpose \(async\)/);
  await page.fill('#field-myDomains', 'example.com', { force: true });
  await page.evaluate(() => /** @type {HTMLButtonElement} */ (document.getElementById('save')).click());
  await page.waitForSelector('#save-status[data-result="failed"]');
  assert.match(await page.textContent('#save-status') ?? '', /writes nothing more/);
  assert.deepEqual(await storage(), before, 'the profile was not written');
  await page.close();
});

test('Opportunities page: a synchronous panic shows the error state; a status change is not written', async () => {
  // One record to act on, saved the normal way.
  const page = await h.context.newPage();
  await page.goto(`${server.origin}/prospect-roundup.html`);
  const popup = await openPopup(h, page);
  assert.equal(await popup.settled(), 'ready');
  await waitFor(() => popup.eval(`!!document.getElementById('save-button')`), 10000, 'no save card');
  await popup.eval(`document.getElementById('save-button').click()`);
  await waitFor(() => popup.eval(`document.getElementById('save-result')?.dataset.saveState === 'saved'`), 10000, 'not saved');
  await popup.close();
  await page.close();

  const opps = await h.context.newPage();
  await opps.goto(`chrome-extension://${h.extensionId}/opportunities.html`);
  await opps.waitForSelector('body[data-state="ready"] .row');
  const before = await storage();
  // A panic in a synchronous call traps through the caller: the call itself fails...
  await assert.rejects(opps.evaluate(() => /** @type {any} */ (window).backlinkBotTestPanic('sync')), /unreachable|RuntimeError/);
  // ...and the page still ends in its error state.
  await opps.waitForSelector('body[data-state="error"] #fault[data-error="internal"]');
  assert.match((await faultShown(evaluator(opps))).text, /test panic on purpose \(sync\)/);
  await opps.evaluate(() => {
    const select = /** @type {HTMLSelectElement} */ (document.querySelector('.row select.row-status'));
    select.value = 'won';
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  // The write is refused, and the page says so.
  await waitFor(async () => (await opps.evaluate(() => document.body.textContent ?? '')).includes('writes nothing more') || undefined, 5000, 'the refused write was not reported');
  assert.deepEqual(await storage(), before, 'nothing was written');
  await opps.close();
});

test('a shipped build (no test hooks) refuses the test panic', async () => {
  const shipped = await launch({ testHooks: false });
  try {
    const page = await shipped.context.newPage();
    await page.goto(`chrome-extension://${shipped.extensionId}/options.html`);
    await page.waitForSelector('body[data-state="ready"]');
    assert.equal(await page.evaluate(() => typeof /** @type {any} */ (window).backlinkBotTestPanic), 'undefined');
    const refused = await page.evaluate(async () => {
      // The page's own module instance (already initialised by options.js).
      const glue = './pkg/backlink_bot_pages.js';
      const m = await import(glue);
      try { m.testPanic('sync'); return 'panicked'; } catch (e) { return String(e instanceof Error ? e.message : e); }
    });
    assert.match(refused, /test hooks are off/);
    assert.equal(await page.evaluate(() => document.body.dataset.state), 'ready');
  } finally {
    await shipped.close();
  }
});

for (const asset of ['public-suffix-list.dat', 'tables.txt']) {
  test(`popup: without its data asset ${asset} the popup says the data is damaged, never a spinner`, async () => {
    // The popup's Wasm does not carry the Public Suffix List or the word tables (Cargo feature
    // data-assets): it loads them from data/. Unpacked extensions serve their files from disk, so
    // taking a file away takes it from the popup.
    const { rename } = await import('node:fs/promises');
    const file = join(h.dist, 'data', asset);
    await rename(file, `${file}.away`);
    try {
      const page = await h.context.newPage();
      await page.goto(`${server.origin}/blog-editorial.html`);
      const popup = await openPopup(h, page);
      assert.equal(await popup.settled(), 'error');
      const shown = await popup.eval(`(() => ({ kind: document.querySelector('[data-error]')?.getAttribute('data-error') ?? null,
        text: document.querySelector('[data-error]')?.textContent ?? '', spinner: !!document.querySelector('#app > p.status') }))()`);
      assert.equal(shown.kind, 'no-bundled-data');
      assert.match(shown.text, /bundled data could not be read/);
      assert.match(shown.text, new RegExp(asset.replace('.', '\\.')));
      assert.equal(shown.spinner, false);
      await popup.close();
      await page.close();
    } finally {
      await rename(`${file}.away`, file);
    }
    // With the file back, the next popup works.
    const page = await h.context.newPage();
    await page.goto(`${server.origin}/blog-editorial.html`);
    const popup = await openPopup(h, page);
    assert.equal(await popup.settled(), 'ready');
    await popup.close();
    await page.close();
  });
}
