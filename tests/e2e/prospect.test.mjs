// @ts-check
// End-to-end: the profile is set on the options page, then the popup judges the prospect fixtures
// and shows the prospect card (score, verdict, opportunity types, contacts); without a profile it
// gives no verdict but the call to set one up, and pages nobody places links on are "not a prospect".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { BAKERY_PROFILE, fillProfile, launch, openPopup, ROOT } from './harness.mjs';
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

/** @param {string} path */
async function card(path) {
  const page = await h.context.newPage();
  await page.goto(`${server.origin}/${path}`);
  const popup = await openPopup(h, page);
  assert.equal(await popup.settled(), 'ready', path);
  const seen = await popup.eval(() => {
    const el = /** @type {HTMLElement} */ (document.getElementById('prospect'));
    const setUp = /** @type {HTMLAnchorElement | null} */ (el.querySelector('[data-notice="no-profile"] a'));
    return {
      score: Number(el.dataset.prospectScore),
      hasScore: el.dataset.prospectScore !== undefined,
      verdict: el.dataset.verdict,
      verdictLabel: el.querySelector('.verdict')?.textContent,
      setUpLink: setUp?.href ?? null,
      points: el.querySelectorAll('.reasons .num').length,
      opportunities: el.dataset.opportunities,
      angle: el.querySelector('.angle')?.textContent,
      contacts: Array.from(el.querySelectorAll('[data-contact]')).map((c) => [/** @type {HTMLElement} */ (c).dataset.contact, c.textContent]),
      best: (({ bestContact, value }) => [bestContact, value])(/** @type {HTMLElement} */ (el.querySelector('[data-best-contact]'))?.dataset ?? {}),
      notJudged: el.querySelector('[data-notice="no-profile"]')?.textContent,
      reasons: el.querySelectorAll('.reasons li').length,
      firstReason: el.querySelector('.reasons li')?.textContent ?? '',
      allReasons: Array.from(el.querySelectorAll('.reasons li .reason'), (r) => r.textContent ?? ''),
    };
  });
  await popup.close();
  await page.close();
  return seen;
}

test('without a profile the card says what it cannot judge and links to the options page', async () => {
  const seen = await card('prospect-mention.html');
  assert.match(/** @type {string} */ (seen.notJudged), /relevance, unlinked mentions, link intersect/);
  assert.equal(seen.opportunities, '');
});

test('without a profile: no verdict and no score, the call to set one up, and the page facts', async () => {
  const seen = await card('prospect-write-for-us.html');
  assert.equal(seen.verdict, 'none');
  assert.equal(seen.verdictLabel, 'No verdict');
  assert.equal(seen.hasScore, false, 'no prospect score without a profile');
  assert.match(/** @type {string} */ (seen.notJudged), /^Add your site and keywords to judge this page as a prospect\./);
  assert.equal(seen.setUpLink, `chrome-extension://${h.extensionId}/options.html`);
  // The page facts are still shown: its opportunity type, its contacts, the factors' reasons (as facts, without points).
  assert.equal(seen.opportunities, 'guest-post');
  assert.ok(seen.contacts.some((/** @type {string[]} */ [k, v]) => k === 'email' && v === 'submissions@loafnotes.example'));
  assert.ok(seen.reasons >= 1);
  assert.equal(seen.points, 0);
});

test('without a profile, a login page is not a prospect and a hacked page is still Avoid', async () => {
  const login = await card('prospect-login.html');
  assert.equal(login.verdict, 'not-a-prospect');
  assert.equal(login.verdictLabel, 'Not a prospect');
  assert.equal(login.hasScore, false);
  assert.match(/** @type {string} */ (login.angle), /^Login page: a form, not content/);
  assert.match(login.firstReason, /^Login page: a form, not content/);
  assert.equal(login.setUpLink, `chrome-extension://${h.extensionId}/options.html`, 'what the profile would add is still said');
  const hacked = await card('prospect-hidden-links.html');
  assert.equal(hacked.verdict, 'avoid');
});

test('with a profile set on the options page, the prospect card judges each fixture', async () => {
  await fillProfile(h, BAKERY_PROFILE);

  const resource = await card('prospect-resource.html');
  assert.equal(resource.verdict, 'strong');
  assert.equal(resource.opportunities, 'resource-page');
  assert.match(/** @type {string} */ (resource.angle), /^Resource page on your topic/);
  assert.deepEqual(resource.contacts.filter((/** @type {string[]} */ [k]) => k === 'email'), [['email', 'editor@loafnotes.example']]);
  assert.equal(resource.notJudged, undefined);
  assert.ok(resource.reasons >= 3);

  const mention = await card('prospect-mention.html');
  assert.equal(mention.opportunities, 'unlinked-mention link-intersect');
  assert.ok(['strong', 'worth-pursuing'].includes(/** @type {string} */ (mention.verdict)));

  const guest = await card('prospect-write-for-us.html');
  assert.equal(guest.opportunities, 'guest-post');
  assert.ok(guest.contacts.some((/** @type {string[]} */ [k, v]) => k === 'email' && v === 'submissions@loafnotes.example'));

  const login = await card('prospect-login.html');
  assert.equal(login.verdict, 'not-a-prospect', 'on topic, and still not a prospect');
  assert.equal(login.hasScore, false);
  assert.match(login.firstReason, /^Login page: a form, not content/);
  // Named nowhere: its shown password form says it; an article's log-in box in its header does not.
  const unnamed = await card('prospect-login-unnamed.html');
  assert.equal(unnamed.verdict, 'not-a-prospect', 'a sign-in page known by its form alone');
  assert.equal(unnamed.hasScore, false);
  assert.match(unnamed.firstReason, /^Login page: a form, not content/);
  const boxed = await card('prospect-article-login-box.html');
  assert.ok(['strong', 'worth-pursuing', 'weak'].includes(/** @type {string} */ (boxed.verdict)), `an article, judged: ${boxed.verdict}`);
  assert.equal(boxed.hasScore, true);
  const wrapped = await card('prospect-aspnet-article.html');
  assert.ok(['strong', 'worth-pursuing', 'weak'].includes(/** @type {string} */ (wrapped.verdict)), `ASP.NET's one form around an article: ${wrapped.verdict}`);
  const cart = await card('prospect-cart.html');
  assert.equal(cart.verdict, 'not-a-prospect');
  assert.match(/** @type {string} */ (cart.angle), /^Shopping cart:/);

  const irrelevant = await card('prospect-irrelevant.html');
  const farm = await card('prospect-casino-farm.html');
  const pbn = await card('prospect-pbn.html');
  assert.equal(farm.verdict, 'avoid');
  assert.equal(pbn.verdict, 'avoid');
  // The reasons are shown without their values, so they carry them: how spammy, in words that
  // follow the score (a clean page is never "spammy"), and how many links.
  assert.ok(farm.allReasons.some((/** @type {string} */ r) => /^looks spammy \(\d+\/100\): /.test(r)), farm.allReasons.join(' | '));
  for (const page of [resource, guest, irrelevant]) {
    assert.ok(!page.allReasons.some((/** @type {string} */ r) => r.startsWith('looks spammy')), page.allReasons.join(' | '));
  }
  assert.ok(resource.score > irrelevant.score && irrelevant.score > farm.score, `${resource.score} > ${irrelevant.score} > ${farm.score}`);
});

test('a hacked page hiding dozens of outbound links is Avoid, and says why first', async () => {
  const seen = await card('prospect-hidden-links.html');
  assert.equal(seen.verdict, 'avoid');
  assert.match(seen.firstReason, /hides dozens of outbound links/);
});

test('the best contact is the address to pitch: the writer, not the ads desk, a placeholder or an address the story mentions', async () => {
  const seen = await card('contacts-desks.html');
  assert.deepEqual(seen.best, ['email', 'mara.quinn@crumbnews.example'], JSON.stringify(seen.contacts));
  for (const nobody of ['yourfriend@email.com', 'infos@evil-bakery.example.net']) {
    assert.ok(!seen.contacts.some((/** @type {string[]} */ [, v]) => v?.includes(nobody)), `${nobody} offered: ${JSON.stringify(seen.contacts)}`);
  }
  // The byline's follow button (Twitter's follow intent) is the writer's profile, by its handle.
  assert.ok(seen.contacts.some((/** @type {string[]} */ [kind, v]) => kind === 'social' && v === '@maraquinn'), JSON.stringify(seen.contacts));
  // Only customer service and a contact page: the contact page first.
  const desk = await card('contacts-desk-only.html');
  assert.equal(desk.best[0], 'contact-page', JSON.stringify(desk.contacts));
  assert.match(String(desk.best[1]), /\/contact$/);
});
