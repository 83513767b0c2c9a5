// @ts-check
// End-to-end: the options page of the built extension lists every shipped data source with its
// licence, attribution and date.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './harness.mjs';

/** @type {Awaited<ReturnType<typeof launch>>} */
let h;
before(async () => { h = await launch(); });
after(async () => { await h?.close(); });

test('the options page shows the data sources and their attributions', async () => {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/options.html`);
  await page.waitForSelector('body[data-state="ready"]');
  const rows = await page.$$eval('tr[data-source]', (trs) => trs.map((tr) => ({
    id: /** @type {HTMLElement} */ (tr).dataset.source,
    licence: tr.querySelector('.licence')?.textContent,
    attribution: tr.querySelector('.attribution')?.textContent,
    date: tr.querySelector('.date')?.textContent,
  })));
  const psl = rows.find((r) => r.id === 'public-suffix-list');
  assert.equal(psl?.licence, 'MPL-2.0');
  const lighthouse = rows.find((r) => r.id === 'lighthouse-link-texts');
  assert.match(/** @type {string} */ (lighthouse?.attribution), /Google LLC/);
  assert.ok(rows.every((r) => r.licence && r.attribution && r.date), 'every row has licence, attribution and date');
  // The domain data's sources, from the generated manifest: CC BY needs its attribution shown.
  const majestic = rows.find((r) => r.id === 'majestic-million');
  assert.equal(majestic?.licence, 'CC BY 3.0');
  assert.match(/** @type {string} */ (majestic?.attribution), /Majestic-12 Ltd/);
  for (const id of ['tranco', 'ut1-gambling', 'sinfonietta-pornography', 'blocklistproject-phishing', 'urlhaus', 'matomo-referrer-spam']) {
    assert.ok(rows.some((r) => r.id === id), `${id} listed`);
  }
  assert.ok(rows.filter((r) => r.id?.startsWith('ut1-')).every((r) => r.licence === 'CC BY-SA 4.0'));
  assert.match(await page.textContent('#domain-data-note') ?? '', /dated \d{4}-\d{2}-\d{2}/);
  assert.match(await page.textContent('#about') ?? '', /Backlink Bot \d+\.\d+\.\d+/);
  await page.close();
});

test('the profile form validates in the core, stores normalized values, and keeps them', async () => {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/options.html`);
  await page.waitForSelector('body[data-state="ready"]');
  const stored = () => h.worker.evaluate(() => chrome.storage.local.get('profile').then((r) => /** @type {any} */ (r.profile)));
  assert.equal(await stored(), undefined, 'fresh profile directory');

  // Bad entries: explained per field, nothing stored.
  await page.fill('#field-myDomains', 'co.uk\nhttps://www.Example.co.uk/about');
  await page.fill('#field-languages', 'english');
  await page.click('#save');
  await page.waitForSelector('#save-status[data-result="invalid"]');
  const errors = await page.$$eval('ul.field-errors li', (lis) => lis.map((li) => ({ field: li.parentElement?.getAttribute('data-field'), entry: li.getAttribute('data-entry'), text: li.textContent })));
  assert.deepEqual(errors.map((e) => [e.field, e.entry]), [['myDomains', 'co.uk'], ['languages', 'english']]);
  assert.match(/** @type {string} */ (errors[0].text), /public suffix/);
  assert.equal(await stored(), undefined, 'a bad form stores nothing');

  // Fixed: stored normalized, shown normalized.
  await page.fill('#field-myDomains', 'https://www.Example.co.uk/about\nblog.example.co.uk');
  await page.fill('#field-brands', 'Acme Tools');
  await page.fill('#field-competitors', 'www.rival.io');
  await page.fill('#field-keywords', 'sourdough, bread baking');
  await page.fill('#field-topic', 'Home baking guides');
  await page.fill('#field-languages', 'en, pt-BR');
  await page.click('#save');
  await page.waitForSelector('#save-status[data-result="saved"]');
  const profile = await stored();
  assert.deepEqual(profile.myDomains, ['example.co.uk']);
  assert.deepEqual(profile.competitors, ['rival.io']);
  assert.deepEqual(profile.keywords, ['sourdough', 'bread baking']);
  assert.deepEqual(profile.languages, ['en', 'pt']);
  assert.equal(profile.version, 1);
  assert.equal(await page.inputValue('#field-myDomains'), 'example.co.uk');

  // A new page load reads it back.
  await page.reload();
  await page.waitForSelector('body[data-state="ready"]');
  assert.equal(await page.inputValue('#field-competitors'), 'rival.io');
  assert.equal(await page.inputValue('#field-brands'), 'Acme Tools');
  await page.close();
});

test('a damaged stored profile is reported, not a blank or broken page', async () => {
  await h.worker.evaluate(() => chrome.storage.local.set({ profile: { version: 1, myDomains: 'not-a-list' } }));
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/options.html`);
  await page.waitForSelector('body[data-state="ready"]');
  assert.match(await page.textContent('[data-notice="profile-unreadable"]') ?? '', /damaged/);
  // Still there until the user saves over it.
  assert.equal((await h.worker.evaluate(() => chrome.storage.local.get('profile').then((r) => /** @type {any} */ (r.profile)))).myDomains, 'not-a-list');
  await page.close();
});
