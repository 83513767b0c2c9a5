// @ts-check
// End-to-end (issue 12): the popup a link builder can act on in five seconds, on
// tests/fixtures/popup-ux.html (a blog post with a long menu, share buttons, icon links, "Reply"
// links and very long contact addresses). Readable sizes, the top block on the first screen, the
// best links next, boilerplate folded and identical rows grouped, nothing wider than the popup,
// the keyboard, contrast in light and dark, and the German UI under a German browser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { BAKERY_PROFILE, contrastProblems, expandLinks, fillProfile, launch, openPopup, waitFor, ROOT } from './harness.mjs';
import { startServer } from './server.mjs';

/** @type {Awaited<ReturnType<typeof launch>>} */
let h;
/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;

before(async () => {
  server = await startServer({ root: join(ROOT, 'tests/fixtures') });
  h = await launch();
});

after(async () => {
  await h?.close();
  await server?.close();
});

/**
 * @param {Awaited<ReturnType<typeof launch>>} harness
 * @param {string} path
 */
async function popupOn(harness, path) {
  const page = await harness.context.newPage();
  await page.goto(`${server.origin}/${path}`);
  const popup = await openPopup(harness, page);
  assert.equal(await popup.settled(), 'ready');
  // The save card is drawn just after the scores.
  await waitFor(() => popup.eval(`!!document.getElementById('save')`), 5000, 'the save card was not drawn');
  return { page, popup };
}

test('without a profile: readable sizes, the call to set up on the first screen, nothing wider than the popup', async () => {
  const { page, popup } = await popupOn(h, 'popup-ux.html');
  const seen = await popup.eval(() => {
    const px = (/** @type {Element | null} */ el) => (el ? parseFloat(getComputedStyle(el).fontSize) : 0);
    const top = document.querySelector('[data-top-block]');
    const texts = Array.from(document.querySelectorAll('body *')).filter((el) => Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()) && el.getBoundingClientRect().height > 0);
    return {
      body: px(document.body),
      anchor: px(document.querySelector('.anchor')),
      anchorWeight: Number(getComputedStyle(/** @type {Element} */ (document.querySelector('.anchor'))).fontWeight),
      smallest: Math.min(...texts.map(px)),
      setUp: !!top?.querySelector('[data-notice="no-profile"] a[href="options.html"]'),
      setUpTop: top?.querySelector('[data-notice="no-profile"]')?.getBoundingClientRect().top ?? 9999,
      verdict: top?.querySelector('.verdict')?.textContent,
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth,
      lang: document.documentElement.lang,
    };
  });
  assert.ok(seen.body >= 13, `body text ${seen.body}px`);
  assert.ok(seen.anchor >= 13 && seen.anchorWeight >= 600, `anchors ${seen.anchor}px, weight ${seen.anchorWeight}`);
  assert.ok(seen.smallest >= 11, `no text under 11px (smallest ${seen.smallest}px)`);
  assert.equal(seen.verdict, 'No verdict');
  assert.ok(seen.setUp && seen.setUpTop < 300, `"Set up your site" in the top block, high up (${seen.setUpTop})`);
  assert.ok(seen.scrollWidth <= seen.innerWidth, `nothing wider than the popup (${seen.scrollWidth} > ${seen.innerWidth})`);
  assert.equal(seen.lang, 'en');
  await popup.close();
  await page.close();
});

test('with a profile: verdict, best contact, Save and the first editorial link on the first screen; boilerplate folded; identical rows grouped', async () => {
  await fillProfile(h, BAKERY_PROFILE);
  const { page, popup } = await popupOn(h, 'popup-ux.html');
  const seen = await popup.eval(() => {
    const top = /** @type {HTMLElement} */ (document.querySelector('[data-top-block]'));
    const bottom = (/** @type {Element | null | undefined} */ el) => el?.getBoundingClientRect().bottom ?? 9999;
    const best = /** @type {HTMLElement | null} */ (top.querySelector('[data-best-contact]'));
    const firstEditorial = document.querySelector('#link-list > li.link-row[data-region="content"][data-followed="true"][data-kind="external"]');
    const fold = /** @type {HTMLElement | null} */ (document.querySelector('#link-list > li.link-fold'));
    const chromeButton = document.querySelector('button[data-filter="chrome"]')?.textContent ?? '';
    return {
      verdict: top.dataset.verdict,
      verdictBottom: bottom(top.querySelector('.verdict')),
      bestKind: best?.dataset.bestContact, bestValue: best?.dataset.value,
      bestBottom: bottom(best), copy: !!best?.querySelector('button[data-action="copy-contact"]'),
      chips: top.querySelectorAll('.contacts .contact:not(.more-contacts .contact)').length, folded: top.querySelectorAll('.more-contacts .contact').length,
      saveInTop: !!top.querySelector('#save-button'), saveBottom: bottom(top.querySelector('#save-button')),
      formFolded: !!top.querySelector('details:not([open]) #save-tags'),
      firstEditorialTop: firstEditorial?.getBoundingClientRect().top ?? 9999,
      firstIsBest: firstEditorial?.getAttribute('data-best'),
      snippet: firstEditorial?.querySelector('.snippet')?.textContent ?? '',
      foldCount: Number(fold?.dataset.foldCount), foldText: fold?.querySelector('summary')?.textContent,
      chromeCount: Number(chromeButton.match(/\((\d+)\)/)?.[1]),
      total: Number(document.getElementById('summary')?.dataset.total),
      groups: Array.from(document.querySelectorAll('#link-list li.link-group')).map((g) => [g.querySelector('.anchor')?.textContent, Number(/** @type {HTMLElement} */ (g).dataset.groupCount)]),
      rowHeight: document.querySelector('#link-list > li.link-row:not(.best)')?.getBoundingClientRect().height ?? 0,
      scrollWidth: document.documentElement.scrollWidth, innerWidth,
    };
  });
  assert.ok(['strong', 'worth-pursuing', 'weak'].includes(/** @type {string} */ (seen.verdict)), `a verdict (${seen.verdict})`);
  assert.ok(seen.verdictBottom < 120, `the verdict is at the top (${seen.verdictBottom})`);
  assert.equal(seen.bestKind, 'email', 'an e-mail is the best contact');
  assert.equal(seen.bestValue, 'mara.quinn.the.weekday.loaf.editorial.desk@weekday-loaf-sourdough-baking-journal.example');
  assert.ok(seen.copy, 'the best contact has a copy button');
  assert.ok(seen.chips >= 2 && seen.chips <= 3, `at most three contact chips (${seen.chips})`);
  assert.ok(seen.folded >= 1, 'the other contacts fold behind +N');
  assert.ok(seen.saveInTop && seen.saveBottom < 510, `Save is in the top block on the first screen (${seen.saveBottom})`);
  assert.ok(seen.formFolded, 'status, tags and notes fold out only when wanted');
  assert.ok(seen.firstEditorialTop < 510, `the first editorial link row starts at ${seen.firstEditorialTop}px`);
  assert.equal(seen.firstIsBest, 'true');
  assert.match(seen.snippet, /\w+ \w+ \w+/, 'a best link shows a piece of its sentence');
  assert.ok(seen.foldCount > 20 && seen.foldCount === seen.chromeCount, `the chrome is folded behind its count (${seen.foldCount}, filter ${seen.chromeCount})`);
  assert.match(/** @type {string} */ (seen.foldText), new RegExp(`^${seen.foldCount} navigation, footer and other page-chrome links$`));
  assert.ok(seen.groups.some((/** @type {[string, number]} */ [anchor, n]) => anchor === 'Reply' && n === 10), `ten Reply links are one row: ${JSON.stringify(seen.groups)}`);
  assert.ok(seen.rowHeight >= 26 && seen.rowHeight <= 34, `rows about 28–32px (${seen.rowHeight})`);
  assert.ok(seen.scrollWidth <= seen.innerWidth, `nothing wider than the popup with long contact URLs (${seen.scrollWidth} > ${seen.innerWidth})`);

  // Every link is in the list exactly once: opening every group and the fold draws one row each.
  await expandLinks(popup);
  const rows = await popup.eval(() => ({
    rows: document.querySelectorAll('li.link-row').length,
    positions: new Set(Array.from(document.querySelectorAll('li.link-row')).map((r) => /** @type {HTMLElement} */ (r).dataset.pos)).size,
    share: Array.from(document.querySelectorAll('li.link-fold li.link-group')).map((g) => [g.querySelector('.anchor')?.textContent, Number(/** @type {HTMLElement} */ (g).dataset.groupCount)]),
    icon: document.querySelector('li.link-row[data-href^="https://www.pinterest.com/weekdayloaf"] .anchor')?.textContent,
  }));
  assert.equal(rows.rows, seen.total, 'one row per link once everything is open');
  assert.equal(rows.positions, seen.total, 'and no link twice');
  assert.ok(rows.share.some((/** @type {[string, number]} */ [anchor, n]) => anchor === 'Share' && n >= 9), `the share buttons are one row in the fold: ${JSON.stringify(rows.share)}`);
  assert.equal(rows.icon, '(icon)', 'an icon-font glyph is labelled, not drawn as an empty box');
  await popup.close();
  await page.close();
});

test('the keyboard reaches a row with Tab and opens it with Enter; focus is visible', async () => {
  const { page, popup } = await popupOn(h, 'popup-ux.html');
  await popup.send('Emulation.setFocusEmulationEnabled', { enabled: true });
  /** @param {string} key @param {number} code */
  const press = async (key, code) => {
    for (const type of ['keyDown', 'keyUp']) {
      await popup.send('Input.dispatchKeyEvent', { type, key, code: key, windowsVirtualKeyCode: code, ...(key === 'Enter' && type === 'keyDown' ? { text: '\r' } : {}) });
    }
  };
  let reached = null;
  for (let i = 0; i < 80 && !reached; i++) {
    await press('Tab', 9);
    reached = await popup.eval(`(() => { const a = document.activeElement; const row = a && a.tagName === 'SUMMARY' && a.closest('li.link-row'); return row ? { href: row.dataset.href, outline: getComputedStyle(a).outlineStyle, expanded: a.getAttribute('aria-expanded') } : null; })()`);
  }
  assert.ok(reached, 'Tab reaches a link row');
  assert.notEqual(reached.outline, 'none', 'the focused row shows its focus');
  assert.equal(reached.expanded, 'false');
  await press('Enter', 13);
  await waitFor(() => popup.eval(`document.activeElement.closest('li.link-row').querySelector('.explain[data-filled]') !== null`), 5000, 'Enter did not open the row');
  assert.equal(await popup.eval(`document.activeElement.getAttribute('aria-expanded')`), 'true');
  assert.equal(await popup.eval(`document.activeElement.closest('details').open`), true);

  // The copy button copies the best contact.
  await h.cdp.send('Browser.grantPermissions', { origin: `chrome-extension://${h.extensionId}`, permissions: ['clipboardReadWrite', 'clipboardSanitizedWrite'] });
  await popup.eval(`document.querySelector('[data-action="copy-contact"]').click()`);
  await waitFor(() => popup.eval(`document.querySelector('[data-action="copy-contact"]').dataset.copied`), 5000, 'the copy did not finish');
  assert.equal(await popup.eval(`document.querySelector('[data-action="copy-contact"]').dataset.copied`), 'true');
  assert.equal(await popup.eval(`navigator.clipboard.readText()`), 'mara.quinn.the.weekday.loaf.editorial.desk@weekday-loaf-sourdough-baking-journal.example');
  await popup.close();
  await page.close();
});

test('light and dark: every text is at least 4.5:1 on the popup, the options page and the Opportunities page', async () => {
  // One saved opportunity, so the Opportunities page has a row to check.
  {
    const { page, popup } = await popupOn(h, 'popup-ux.html');
    await popup.eval(`document.getElementById('save-button').click()`);
    await waitFor(() => popup.eval(`document.getElementById('save-result').dataset.saveState === 'saved'`), 10000, 'the save did not finish');
    await popup.close();
    await page.close();
  }
  for (const scheme of ['light', 'dark']) {
    const { page, popup } = await popupOn(h, 'popup-ux.html');
    await popup.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: scheme }] });
    // Open the folds too, so their rows are checked.
    await popup.eval(`document.querySelectorAll('details').forEach((d) => { d.open = true; })`);
    await expandLinks(popup);
    const popupSeen = await popup.eval(`({ bg: getComputedStyle(document.body).backgroundColor, problems: (${contrastProblems})() })`);
    assert.deepEqual(popupSeen.problems, [], `popup, ${scheme}`);
    assert.equal(popupSeen.bg, scheme === 'dark' ? 'rgb(13, 17, 23)' : 'rgb(255, 255, 255)', `popup follows ${scheme}`);
    await popup.close();
    await page.close();
    for (const name of ['options.html', 'opportunities.html']) {
      const tab = await h.context.newPage();
      await tab.emulateMedia({ colorScheme: /** @type {'light' | 'dark'} */ (scheme) });
      await tab.goto(`chrome-extension://${h.extensionId}/${name}`);
      await tab.waitForSelector('body[data-state="ready"]');
      if (name === 'opportunities.html') await tab.waitForSelector('.row[data-url]');
      const seen = await tab.evaluate(`({ bg: getComputedStyle(document.body).backgroundColor, problems: (${contrastProblems})() })`);
      assert.deepEqual(seen.problems, [], `${name}, ${scheme}`);
      assert.equal(seen.bg, scheme === 'dark' ? 'rgb(13, 17, 23)' : 'rgb(255, 255, 255)', `${name} follows ${scheme}`);
      await tab.close();
    }
  }
});

test('under a German browser the pages speak German (the core\'s reasons stay English)', async () => {
  const de = await launch({ lang: 'de' });
  try {
    const { page, popup } = await popupOn(de, 'popup-ux.html');
    const seen = await popup.eval(() => ({
      lang: document.documentElement.lang,
      opportunities: document.getElementById('open-opportunities')?.textContent,
      verdict: document.querySelector('.verdict')?.textContent,
      setUp: document.querySelector('[data-notice="no-profile"] a')?.textContent,
      save: document.getElementById('save-button')?.textContent,
      all: document.querySelector('button[data-filter="all"]')?.textContent,
      fold: document.querySelector('li.link-fold summary')?.textContent,
      heading: document.querySelector('#links h2')?.textContent,
      scrollWidth: document.documentElement.scrollWidth, innerWidth,
    }));
    assert.equal(seen.lang, 'de');
    assert.equal(seen.opportunities, 'Chancen');
    assert.equal(seen.verdict, 'Kein Urteil');
    assert.equal(seen.setUp, 'Website einrichten');
    assert.equal(seen.save, 'Speichern');
    assert.match(/** @type {string} */ (seen.all), /^Alle \(\d+\)$/);
    assert.match(/** @type {string} */ (seen.fold), /^\d+ Navigations-, Fußbereichs- und sonstige Seitenrahmen-Links$/);
    assert.equal(seen.heading, 'Links, die besten zuerst');
    assert.ok(seen.scrollWidth <= seen.innerWidth, 'the longer German words still fit');
    await popup.close();
    await page.close();

    const options = await de.context.newPage();
    await options.goto(`chrome-extension://${de.extensionId}/options.html`);
    await options.waitForSelector('body[data-state="ready"]');
    assert.equal(await options.evaluate(() => document.documentElement.lang), 'de');
    assert.equal(await options.textContent('#profile h2'), 'Ihre Website');
    assert.equal(await options.textContent('label[for="field-keywords"]'), 'Nischen-Keywords');
    assert.equal(await options.textContent('#save'), 'Speichern');
    await options.close();
    const opps = await de.context.newPage();
    await opps.goto(`chrome-extension://${de.extensionId}/opportunities.html`);
    await opps.waitForSelector('body[data-state="ready"]');
    assert.equal(await opps.title(), 'Chancen');
    assert.match(await opps.textContent('#empty') ?? '', /^Noch keine gespeicherten Chancen\./);
    assert.equal(await opps.textContent('#export-csv'), 'CSV exportieren');
    assert.equal(await opps.textContent('#count'), '0 Chancen');
    await opps.close();
  } finally {
    await de.close();
  }
});
