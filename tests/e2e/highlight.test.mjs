// @ts-check
// End-to-end (issue 14): link highlighting on the page, from the real popup's toggle, on
// tests/fixtures/highlight.html: a post whose stylesheet strips every link's styling with
// `!important`, wars over z-index with a fixed box, and hides unknown elements. Each link there
// says which outline an expert expects (`data-expect`). Also: the same page under a strict CSP,
// a page that changed since it was read, filters, reopening the popup, and the off switch
// leaving the DOM (and its listeners) as they were.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fillProfile, launch, openPopup, waitFor, ROOT } from './harness.mjs';
import { startServer } from './server.mjs';

const STRICT_CSP = "default-src 'none'; style-src 'none'; script-src 'none'; img-src 'none'";

/** @type {Awaited<ReturnType<typeof launch>>} */
let h;
/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;
/** @type {Awaited<ReturnType<typeof startServer>>} */
let strict;

before(async () => {
  server = await startServer({ root: join(ROOT, 'tests/fixtures') });
  strict = await startServer({ root: join(ROOT, 'tests/fixtures'), headers: { '/highlight.html': { 'Content-Security-Policy': STRICT_CSP } } });
  h = await launch();
});

after(async () => {
  await h?.close();
  await server?.close();
  await strict?.close();
});

/** @param {string} origin */
async function pageAndPopup(origin) {
  const page = await h.context.newPage();
  await page.goto(`${origin}/highlight.html`);
  const popup = await openPopup(h, page);
  assert.equal(await popup.settled(), 'ready');
  return { page, popup };
}

/**
 * Clicks a popup control and waits until the highlight toggle has settled in `pressed`.
 * @param {import('./harness.mjs').Popup} popup @param {string} selector @param {boolean} pressed
 */
async function clickAndSettle(popup, selector, pressed) {
  await popup.eval(`document.querySelector(${JSON.stringify(selector)}).click()`);
  await waitFor(() => popup.eval(`(() => { const b = document.querySelector('[data-action=highlight]'); return !b.hasAttribute('aria-busy') && b.getAttribute('aria-pressed') === '${pressed}'; })()`), 10000, `the toggle did not settle at ${pressed}`);
}

/** Each link's expected outline and the one it has. @param {import('playwright-core').Page} page */
function outlines(page) {
  return page.evaluate(() => Array.from(document.querySelectorAll('a'), (a) => [a.getAttribute('href'), a.dataset.expect ?? null, a.getAttribute('data-backlink-bot')]));
}

/** The page's DOM as text. @param {import('playwright-core').Page} page */
function serialised(page) {
  return page.evaluate(() => document.documentElement.outerHTML);
}

/**
 * The overlay's closed shadow root, read through CDP (which sees closed roots; page scripts do
 * not): the tooltip's text and whether it is hidden, and the legend's labels.
 * @param {import('playwright-core').Page} page
 */
async function overlay(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    /** @param {any} node @returns {any} */
    const find = (node) => {
      if (node.nodeName === 'BACKLINK-BOT-OVERLAY') return node;
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
        const found = find(child);
        if (found) return found;
      }
      return null;
    };
    const host = find(root);
    if (!host) return null;
    const shadow = host.shadowRoots?.[0];
    /** @param {any} node @returns {string} */
    const textOf = (node) => (node.nodeType === 3 ? node.nodeValue : (node.children ?? []).map(textOf).join(''));
    /** @param {any} node @param {string} name */
    const attr = (node, name) => { const a = node.attributes ?? []; const i = a.indexOf(name); return i === -1 ? null : a[i + 1]; };
    const tip = shadow?.children?.find((/** @type {any} */ n) => attr(n, 'class') === 'tip');
    const legend = shadow?.children?.find((/** @type {any} */ n) => attr(n, 'class') === 'legend');
    let legendPosition = null;
    if (legend) {
      const { computedStyle } = await cdp.send('CSS.enable').then(() => cdp.send('CSS.getComputedStyleForNode', { nodeId: legend.nodeId }));
      legendPosition = computedStyle.find((/** @type {any} */ p) => p.name === 'position')?.value ?? null;
    }
    // The centre of the legend's close button, for a real click.
    let close = null;
    const button = legend?.children?.find((/** @type {any} */ n) => n.nodeName === 'BUTTON');
    if (button && attr(legend, 'hidden') === null) {
      const { model } = await cdp.send('DOM.getBoxModel', { nodeId: button.nodeId });
      const q = model.content;
      close = { x: (q[0] + q[4]) / 2, y: (q[1] + q[5]) / 2 };
    }
    return { mode: shadow?.shadowRootType, tip: tip ? textOf(tip) : null, tipHidden: tip ? attr(tip, 'hidden') !== null : null, legend: legend ? textOf(legend) : null, legendHidden: legend ? attr(legend, 'hidden') !== null : null, legendPosition, close };
  } finally {
    await cdp.detach();
  }
}

/**
 * Listeners on `document` in every world of the page (the page's own and the extension's
 * isolated world), through CDP: each world sees only its own listeners.
 * @param {import('playwright-core').Page} page
 */
async function documentListeners(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    /** @type {number[]} */
    const contexts = [];
    cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context.id));
    await cdp.send('Runtime.enable');
    /** @type {string[]} */
    const types = [];
    for (const contextId of contexts) {
      const { result } = await cdp.send('Runtime.evaluate', { expression: 'document', contextId });
      if (!result.objectId) continue;
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
      types.push(...listeners.map((/** @type {any} */ l) => l.type));
    }
    return types.sort();
  } finally {
    await cdp.detach();
  }
}

test('highlighting outlines exactly the links the Report classified, through hostile CSS, with the reasons on focus, and off leaves nothing', async () => {
  const { page, popup } = await pageAndPopup(server.origin);
  const before = await serialised(page);
  const listenersBefore = await documentListeners(page);
  assert.equal(await popup.eval(`document.querySelector('[data-action=highlight]').getAttribute('aria-pressed')`), 'false');

  await clickAndSettle(popup, '[data-action=highlight]', true);
  const listenersOn = await documentListeners(page);
  for (const type of ['focusin', 'focusout', 'mouseout', 'mouseover']) assert.ok(listenersOn.includes(type) && !listenersBefore.includes(type), type);
  const marked = await outlines(page);
  for (const [href, expected, got] of marked) assert.equal(got, expected, `${href}: outlined ${got}, expected ${expected}`);
  assert.ok(marked.some(([, e]) => e === 'low-quality') && marked.some(([, e]) => e === null), 'the fixture has every case');

  // Drawn despite `a { all: unset !important; outline: none !important }`.
  const followed = await page.evaluate(() => {
    const cs = getComputedStyle(/** @type {Element} */ (document.querySelector('a[href*="wikipedia"]')));
    return [cs.outlineStyle, cs.outlineWidth, cs.outlineColor];
  });
  assert.deepEqual(followed, ['solid', '2px', 'rgb(26, 127, 55)']);

  // Nothing else of ours in the page's DOM: the attribute and one overlay element, whose shadow
  // root page scripts cannot open.
  const rest = await page.evaluate(() => {
    const clone = /** @type {Element} */ (document.documentElement.cloneNode(true));
    clone.querySelectorAll('[data-backlink-bot]').forEach((e) => e.removeAttribute('data-backlink-bot'));
    const hosts = clone.querySelectorAll('backlink-bot-overlay');
    hosts.forEach((e) => e.remove());
    const host = document.querySelector('backlink-bot-overlay');
    return { html: clone.outerHTML, hosts: hosts.length, shadowRoot: host ? host.shadowRoot : 'no host' };
  });
  assert.equal(rest.hosts, 1);
  assert.equal(rest.shadowRoot, null, 'the shadow root is closed');
  assert.equal(rest.html, before);

  // The legend is above the page's fixed box at z-index 2147483646 (bottom right).
  const atLegend = await page.evaluate(() => document.elementFromPoint(innerWidth - 30, innerHeight - 30)?.localName);
  assert.equal(atLegend, 'backlink-bot-overlay');

  // Keyboard focus shows the link's facts from the Report.
  await page.focus('a[href*="wikipedia"]');
  let o = await overlay(page);
  assert.equal(o?.mode, 'closed');
  assert.equal(o?.tipHidden, false);
  assert.match(String(o?.tip), /^100\/100 · Followed · /);
  assert.match(String(o?.tip), /wikipedia\.org/);
  assert.ok(String(o?.tip).split('\n').some((line) => /^[+-]\d+ /.test(line)), `reasons with their points: ${o?.tip}`);
  assert.match(String(o?.legend), /Followed.*Nofollow.*Sponsored.*Low quality or bad neighbourhood/);
  await page.focus('a[href*="casino"]');
  o = await overlay(page);
  assert.match(String(o?.tip), /Low quality or bad neighbourhood/);
  await page.evaluate(() => /** @type {HTMLElement} */ (document.activeElement).blur());
  assert.equal((await overlay(page))?.tipHidden, true);
  // The popup's filters decide what is outlined.
  // Followed: every followed external link, the casino one still outlined as low quality.
  await clickAndSettle(popup, '[data-filter=followed]', true);
  assert.deepEqual((await outlines(page)).filter(([, , got]) => got).map(([, , got]) => got), ['followed', 'followed', 'low-quality']);
  await clickAndSettle(popup, '[data-filter=low-quality]', true);
  assert.deepEqual((await outlines(page)).filter(([, , got]) => got).map(([href]) => href), ['https://000-online-casino.com/bonus']);
  await clickAndSettle(popup, '[data-filter=all]', true);

  // And on hover.
  await page.hover('a[href*="kingarthur"]');
  o = await overlay(page);
  assert.equal(o?.tipHidden, false);
  assert.match(String(o?.tip), /kingarthurbaking\.com/);
  await page.mouse.move(5, 5);
  // The legend's close button hides it (outlines stay). Clicking the page closes the popup, as
  // it does for a user.
  assert.equal(o?.legendHidden, false);
  await page.mouse.click(Number(o?.close?.x), Number(o?.close?.y));
  assert.equal((await overlay(page))?.legendHidden, true);
  assert.equal(await page.evaluate(() => document.querySelectorAll('[data-backlink-bot]').length), marked.filter(([, e]) => e).length);

  // A popup opened later knows the page is highlighted.
  await popup.close();
  const again = await openPopup(h, page);
  assert.equal(await again.settled(), 'ready');
  await waitFor(() => again.eval(`document.querySelector('[data-action=highlight]').getAttribute('aria-pressed') === 'true'`), 10000, 'the reopened popup does not show the highlighting');

  // Off: the DOM as it was, the listeners as they were.
  await clickAndSettle(again, '[data-action=highlight]', false);
  assert.equal(await serialised(page), before);
  assert.deepEqual(await documentListeners(page), listenersBefore);
  assert.deepEqual(await page.evaluate(() => getComputedStyle(/** @type {Element} */ (document.querySelector('a[href*="wikipedia"]'))).outlineStyle), 'none');
  await again.close();
  await page.close();
});

test('a page with a strict Content-Security-Policy is highlighted too', async () => {
  const { page, popup } = await pageAndPopup(strict.origin);
  await clickAndSettle(popup, '[data-action=highlight]', true);
  for (const [href, expected, got] of await outlines(page)) assert.equal(got, expected, href ?? '');
  await page.focus('a[href*="kingarthur"]');
  const o = await overlay(page);
  assert.match(String(o?.tip), /Followed/);
  assert.equal(o?.legendPosition, 'fixed', 'the overlay is styled under the page CSP');
  await popup.close();
  await page.close();
});

test('a page whose links changed since it was read is not outlined: the popup says rescan', async () => {
  const { page, popup } = await pageAndPopup(server.origin);
  await page.evaluate(() => {
    const a = document.createElement('a');
    a.href = 'https://added.example/';
    a.textContent = 'added later';
    document.body.prepend(a);
  });
  await clickAndSettle(popup, '[data-action=highlight]', false);
  assert.equal(await popup.eval(`document.querySelector('[data-highlight-status]')?.dataset.highlightStatus`), 'changed');
  assert.equal(await page.evaluate(() => document.querySelectorAll('[data-backlink-bot], backlink-bot-overlay').length), 0);

  // Rescan reads the page again; then it highlights, the new link included. The reload keeps the
  // old document (ready, with its toggle) until the new one replaces it: the old one is marked,
  // and only a document without the mark counts.
  await popup.eval(`document.documentElement.dataset.beforeRescan = 'true'; document.querySelector('[data-action=rescan]').click()`);
  await waitFor(() => popup.eval(`!document.documentElement.dataset.beforeRescan && document.body?.dataset.state === 'ready' && !!document.querySelector('[data-action=highlight]')`).catch(() => false), 15000, 'the popup did not read the page again');
  await clickAndSettle(popup, '[data-action=highlight]', true);
  assert.equal(await page.evaluate(() => document.querySelector('a[href="https://added.example/"]')?.getAttribute('data-backlink-bot')), 'followed');

  // Reloading the page removes every trace, and the next popup shows it off.
  await page.reload();
  assert.equal(await page.evaluate(() => document.querySelectorAll('[data-backlink-bot], backlink-bot-overlay').length), 0);
  const next = await openPopup(h, page);
  assert.equal(await next.settled(), 'ready');
  assert.equal(await next.eval(`document.querySelector('[data-action=highlight]').getAttribute('aria-pressed')`), 'false');
  await next.close();
  await page.close();
});

test('a page that links to my site says so first: how, where, with which anchor (issue 15)', async () => {
  await fillProfile(h, { myDomains: 'kingarthurbaking.com', keywords: 'sourdough starter' });
  try {
    const { page, popup } = await pageAndPopup(server.origin);
    // The save card (and its notices) is drawn after the popup is ready: wait for it before
    // saying it has no link-seen notice, and before clicking its Save.
    await waitFor(() => popup.eval(`!!document.getElementById('save-button')`), 10000, 'the save card did not appear');
    const first = await popup.eval(`(() => { const e = document.querySelector('[data-top-block]').firstElementChild; return e && [e.dataset.linksToMe, e.dataset.followed, e.textContent]; })()`);
    assert.deepEqual(first?.slice(0, 2), ['1', 'true']);
    assert.match(String(first?.[2]), /links to you: Followed, .+, “King Arthur starter recipe”/);
    assert.equal(await popup.eval(`!!document.querySelector('[data-notice=link-seen]')`), false, 'not saved as won: nothing recorded');

    // Saved as won here: the link is recorded live, with its anchor, at once.
    await popup.eval(`(() => { document.getElementById('save-status').value = 'won'; document.getElementById('save-button').click(); })()`);
    await waitFor(() => popup.eval(`document.getElementById('save-result')?.dataset.saveState === 'saved'`), 10000, 'the save did not finish');
    /** @returns {Promise<any[]>} */
    const saved = async () => Object.entries(await h.worker.evaluate(() => chrome.storage.local.get(null))).filter(([k]) => k.startsWith('opp:')).map(([, v]) => v);
    let records = await saved();
    assert.equal(records.length, 1);
    assert.deepEqual(records[0].linkChecks.map((/** @type {any} */ c) => [c.state, c.anchor, c.inContent]), [['live', 'King Arthur starter recipe', true]]);
    assert.equal(records[0].schema, 2);
    await popup.close();

    // The next popup the same day says it and records nothing twice.
    const again = await openPopup(h, page);
    assert.equal(await again.settled(), 'ready');
    await waitFor(() => again.eval(`document.querySelector('[data-notice=link-seen]')?.dataset.linkState === 'live'`), 10000, 'the popup does not say the link is live');
    assert.match(await again.eval(`document.querySelector('[data-notice=link-seen]').textContent`), /Your link is live on this page/);
    records = await saved();
    assert.equal(records[0].linkChecks.length, 1);
    await again.close();

    // A record saved as won before link checks existed (schema 1) gets its first check when the popup opens.
    const key = Object.keys(await h.worker.evaluate(() => chrome.storage.local.get(null))).find((k) => k.startsWith('opp:'));
    const v1 = { ...records[0], schema: 1 };
    delete v1.linkChecks;
    await h.worker.evaluate(([k, v]) => chrome.storage.local.set({ [k]: v }), [key, v1]);
    const third = await openPopup(h, page);
    assert.equal(await third.settled(), 'ready');
    await waitFor(async () => (await saved())[0]?.linkChecks?.length === 1, 10000, 'the old record did not get its check');
    assert.equal((await saved())[0].schema, 2);
    await third.close();

    // The Opportunities page lists the check in the record's detail.
    const opps = await h.context.newPage();
    await opps.goto(`chrome-extension://${h.extensionId}/opportunities.html`);
    await opps.waitForSelector('body[data-state="ready"]');
    await opps.locator('.row .open').first().click();
    await opps.waitForSelector('#d-link-checks li[data-link-state="live"]');
    assert.match(await opps.textContent('#d-link-checks li') ?? '', /live · “King Arthur starter recipe”/);
    await opps.close();
    await page.close();
  } finally {
    await fillProfile(h, { myDomains: '', keywords: '' });
    const keys = Object.keys(await h.worker.evaluate(() => chrome.storage.local.get(null))).filter((k) => k.startsWith('opp:'));
    await h.worker.evaluate((k) => chrome.storage.local.remove(k), keys);
  }
});
