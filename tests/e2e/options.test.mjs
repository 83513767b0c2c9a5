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
