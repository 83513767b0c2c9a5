// @ts-check
// End-to-end (issue 16): *Check links* in the popup, against a local server with every case
// (200, 301, a chain of three redirects, a loop, 404, 410, 405 on HEAD, 403, 429 with
// Retry-After, a response that never comes, a closed port, a host that does not resolve), the
// server logging every request with its time: the statuses, and the politeness (never more than
// 2 requests at once to a host, Retry-After waited out, no cookies). Test hosts are `*.test`
// names mapped to 127.0.0.1 by Chromium's `--host-resolver-rules` (`dead.test` to NOTFOUND).
//
// Host access is granted the way Chromium keeps it: the profile is launched once, closed, and
// its `Default/Preferences` given the extension's granted and active host permissions, then
// launched again (headless Chromium cannot answer the permission prompt; see README, Testing).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, openPopup, waitFor, fillProfile, grantHostAccess } from './harness.mjs';

/** @type {{ host: string, path: string, method: string, at: number, cookie: string | undefined, userAgent: string | undefined, origin: string | undefined, referer: string | undefined, fetchSite: string | undefined, fetchMode: string | undefined }[]} */
const log = [];
/** Requests in flight per host, and the most seen at once. */
const inFlight = new Map();
const peak = new Map();
let peakAll = 0;
let port = 0;
let closedPort = 0;
/** @type {import('node:http').Server} */
let server;
/** @type {import('node:http').ServerResponse[]} */
const hanging = [];
let busyAnswered = 0;

/** The visited page: in-content links to every case, plus many links to one host. */
function page() {
  const base = (/** @type {string} */ host) => `http://${host}.test:${port}`;
  const links = [
    ['ok', `${base('a')}/ok`], ['moved', `${base('a')}/moved`], ['chain', `${base('b')}/r1`], ['loop', `${base('b')}/loop1`],
    ['gone 404', `${base('c')}/gone404`], ['gone 410', `${base('c')}/gone410`], ['no head', `${base('d')}/nohead`],
    ['forbidden', `${base('d')}/forbidden`], ['busy', `${base('e')}/busy`], ['slow', `${base('f')}/slow`],
    ['closed', `http://a.test:${closedPort}/`], ['dead host', `${base('dead')}/`], ['down', `${base('g')}/err500`],
  ];
  const many = Array.from({ length: 12 }, (_, i) => `<li><a href="${base('many')}/p${i}">many ${i}</a></li>`).join('');
  return `<!doctype html><html lang="en"><head><title>Sourdough starter resources</title></head><body><main><article>
<h1>Sourdough starter resources</h1>
<p>Everything we know about sourdough starter and bread baking, with the best guides.</p>
${links.map(([text, href]) => `<p>For sourdough starter tips see <a href="${href}">${text}</a> for bread baking.</p>`).join('\n')}
<ul>${many}</ul>
</article></main></body></html>`;
}

before(async () => {
  server = createServer((req, res) => {
    const host = (req.headers.host ?? '').split(':')[0];
    const path = (req.url ?? '/').split('?')[0];
    log.push({
      host, path, method: req.method ?? '', at: Date.now(), cookie: req.headers.cookie, userAgent: req.headers['user-agent'],
      origin: req.headers.origin, referer: req.headers.referer, fetchSite: /** @type {string | undefined} */ (req.headers['sec-fetch-site']), fetchMode: /** @type {string | undefined} */ (req.headers['sec-fetch-mode']),
    });
    const n = (inFlight.get(host) ?? 0) + 1;
    inFlight.set(host, n);
    peak.set(host, Math.max(peak.get(host) ?? 0, n));
    peakAll = Math.max(peakAll, [...inFlight.values()].reduce((a, b) => a + b, 0));
    res.on('close', () => inFlight.set(host, (inFlight.get(host) ?? 1) - 1));
    const send = (/** @type {number} */ status, /** @type {Record<string, string>} */ headers = {}, body = '') => { res.writeHead(status, { 'content-type': 'text/html', ...headers }); res.end(body); };
    if (host === 'site.test' && path === '/slow.html') return send(200, {}, `<!doctype html><html><body><main>${['x', 'y', 'z'].map((h) => `<p>See <a href="http://${h}.test:${port}/slow">${h}</a>.</p>`).join('')}</main></body></html>`);
    if (host === 'site.test') return send(200, {}, page());
    if (path === '/setcookie') return send(200, { 'set-cookie': 'session=secret; Path=/' }, 'ok');
    if (host === 'many.test') return setTimeout(() => send(200), 300);
    if (host === 'won.test') {
      const main = (/** @type {string} */ inner) => `<!doctype html><html><body><nav><a href="/">home</a></nav><main><p>Our favourite bakeries: ${inner}</p></main></body></html>`;
      if (path === '/links') return send(200, {}, main('<a href="https://www.crumbandcrust.example/starter">the starter guide</a>'));
      if (path === '/nofollow') return send(200, {}, main('<a rel="nofollow" href="https://crumbandcrust.example/">Crumb and Crust</a>'));
      if (path === '/nolink') return send(200, {}, main('<a href="https://other.example/">someone else</a>'));
      return send(404);
    }
    switch (path) {
      case '/ok': return send(200);
      case '/moved': return send(301, { location: '/ok' });
      case '/r1': return send(302, { location: '/r2' });
      case '/r2': return send(302, { location: '/r3' });
      case '/r3': return send(301, { location: `http://a.test:${port}/ok` });
      case '/loop1': return send(302, { location: '/loop2' });
      case '/loop2': return send(302, { location: '/loop1' });
      case '/gone404': return send(404);
      case '/gone410': return send(410);
      case '/nohead': return req.method === 'HEAD' ? send(405) : send(200, {}, 'the body');
      case '/forbidden': return send(403);
      case '/err500': return send(500);
      case '/busy': return busyAnswered++ === 0 ? send(429, { 'retry-after': '2' }) : send(200);
      case '/slow': hanging.push(res); return undefined;
      default: return send(404);
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  port = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
  // A port nothing listens on: bound, noted, closed.
  const probe = createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', () => resolve(undefined)));
  closedPort = /** @type {import('node:net').AddressInfo} */ (probe.address()).port;
  await new Promise((resolve) => probe.close(() => resolve(undefined)));
});

after(async () => {
  for (const res of hanging) res.destroy();
  await new Promise((resolve) => server.close(() => resolve(undefined)));
});

/**
 * Clicks the popup's *Check links* as a user would (a user gesture: Chrome asks for permissions
 * only in one).
 * @param {import('./harness.mjs').Popup} popup
 */
async function clickCheck(popup) {
  await popup.send('Runtime.evaluate', { expression: `document.querySelector('[data-action=check-links]').click()`, userGesture: true });
}

/**
 * The extension in a browser with the test hosts and host access granted (launched once so the
 * profile exists, granted in its Preferences, launched again). @param {string} dir
 */
async function launchWithAccess(dir) {
  const first = await launch({ userDataDir: dir, args: [RULES] });
  const id = first.extensionId;
  await first.close();
  await grantHostAccess(dir, id);
  return launch({ userDataDir: dir, args: [RULES] });
}

const RULES = '--host-resolver-rules=MAP dead.test ~NOTFOUND, MAP *.test 127.0.0.1';

test('without host access nothing is fetched and the popup says how to allow it', async () => {
  const h = await launch({ args: [RULES] });
  try {
    const tab = await h.context.newPage();
    await tab.goto(`http://site.test:${port}/page.html`);
    const popup = await openPopup(h, tab);
    assert.equal(await popup.settled(), 'ready');
    await waitFor(() => popup.eval(`document.querySelector('[data-check-denied]')?.hidden === false`), 5000, 'the popup does not say the check needs access');
    assert.match(await popup.eval(`document.querySelector('[data-check-denied]').textContent`), /needs your permission/);
    const before = log.filter((r) => r.host !== 'site.test').length;
    // The click asks (headless Chromium leaves the prompt unanswered, so the evaluation that
    // clicked gets no reply): still nothing fetched.
    clickCheck(popup).catch(() => {});
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(log.filter((r) => r.host !== 'site.test').length, before, 'a request went out without permission');
    assert.deepEqual(await h.worker.evaluate(() => chrome.permissions.getAll().then((p) => p.origins)), []);
    await popup.close();
  } finally {
    await h.close();
  }
});

test('with host access every link gets its status, politely, without cookies; dead in-content links become pitches', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'backlink-bot-linkcheck-'));
  const h = await launchWithAccess(dir);
  try {
    assert.deepEqual((await h.worker.evaluate(() => chrome.permissions.getAll())).origins, ['http://*/*', 'https://*/*']);
    await fillProfile(h, { myDomains: 'crumbandcrust.example', keywords: 'sourdough starter, bread baking' });
    // A cookie the site set in a normal visit: the checks must not send it.
    const visit = await h.context.newPage();
    await visit.goto(`http://a.test:${port}/setcookie`);
    await visit.close();
    const tab = await h.context.newPage();
    await tab.goto(`http://site.test:${port}/page.html`);
    const popup = await openPopup(h, tab);
    assert.equal(await popup.settled(), 'ready');
    assert.equal(await popup.eval(`document.querySelector('[data-check-denied]')?.hidden`), true);
    // Highlighting on before the check: the broken links get the broken outline afterwards.
    await popup.eval(`document.querySelector('[data-action=highlight]').click()`);
    await waitFor(() => popup.eval(`document.querySelector('[data-action=highlight]').getAttribute('aria-pressed') === 'true'`), 10000, 'highlighting did not turn on');
    const started = Date.now();
    await clickCheck(popup);
    await waitFor(() => popup.eval(`document.getElementById('link-checks')?.dataset.checkState === 'done'`), 60000, 'the check did not finish').catch(async (e) => {
      console.log(await popup.eval(`document.getElementById('link-checks')?.outerHTML`));
      throw e;
    });
    const took = Date.now() - started;
    /** @type {Record<string, string>} */
    const statuses = await popup.eval(`Object.fromEntries([...document.querySelectorAll('#check-results li')].map((li) => [new URL(li.dataset.url).pathname + '@' + new URL(li.dataset.url).hostname, li.dataset.status]))`);
    const expect = {
      '/moved@a.test': 'redirected', '/r1@b.test': 'redirected', '/loop1@b.test': 'unknown', '/gone404@c.test': 'not-found',
      '/gone410@c.test': 'not-found', '/forbidden@d.test': 'blocked', '/slow@f.test': 'timeout', '/@dead.test': 'dns-error', '/err500@g.test': 'server-error',
    };
    for (const [key, status] of Object.entries(expect)) assert.equal(statuses[key], status, `${key}: ${JSON.stringify(statuses)}`);
    assert.equal(statuses[`/@a.test`], 'unknown', 'a closed port is unknown, never broken');
    assert.ok(!('/ok@a.test' in statuses) && !('/nohead@d.test' in statuses) && !('/busy@e.test' in statuses), `ok links are not listed: ${JSON.stringify(statuses)}`);
    assert.equal(await popup.eval(`document.getElementById('link-checks').dataset.broken`), '3');
    // The redirect chain, seen through webRequest.
    assert.match(await popup.eval(`document.querySelector('#check-results li[data-url$="/r1"]').textContent`), /→ http:\/\/a\.test:\d+\/ok \(3 redirects\)/);
    // Rows in the popup's link list carry the answer.
    const marked = await popup.eval(`[...document.querySelectorAll('[data-href][data-check]')].map((r) => [r.dataset.href, r.dataset.check])`);
    assert.ok(marked.some((/** @type {string[]} */ [href, check]) => href.endsWith('/gone404') && check === 'not-found'), JSON.stringify(marked));
    assert.ok(marked.some((/** @type {string[]} */ [href, check]) => href.endsWith('/ok') && check === 'ok'), JSON.stringify(marked));
    // A broken link passes no value: its row says so and its score becomes 0 (the offline one in
    // the title); a link that answered keeps its score.
    const [badge, score, title] = await popup.eval(`(() => { const row = document.querySelector('.link-row[data-href$="/gone404"]'); const s = row.querySelector('.score'); return [row.querySelector('.check-badge')?.textContent, s.textContent, s.title]; })()`);
    assert.deepEqual([badge, score], ['broken (not found): passes no value', '0']);
    assert.match(title, /^Broken link: it passes no value \(it scored \d+ before the check\)$/);
    assert.notEqual(await popup.eval(`document.querySelector('.link-row[data-href$="/ok"] .score').textContent`), '0');
    // The highlighter outlines the broken links as broken, and only them.
    await waitFor(() => tab.evaluate(() => document.querySelector('a[href$="/gone404"]')?.getAttribute('data-backlink-bot-check') === 'broken'), 5000, 'the broken link is not outlined as broken');
    assert.deepEqual(await tab.evaluate(() => Array.from(document.querySelectorAll('[data-backlink-bot-check]'), (a) => new URL(/** @type {HTMLAnchorElement} */ (a).href).pathname).sort()), ['/', '/gone404', '/gone410']);
    assert.equal(await tab.evaluate(() => getComputedStyle(/** @type {Element} */ (document.querySelector('a[href$="/gone404"]'))).outlineStyle), 'double');

    // HEAD refused with 405: asked again with GET. Retry-After honoured before the second ask.
    const nohead = log.filter((r) => r.path === '/nohead').map((r) => r.method);
    assert.deepEqual(nohead, ['HEAD', 'GET']);
    const busy = log.filter((r) => r.path === '/busy');
    assert.equal(busy.length, 2);
    assert.ok(busy[1].at - busy[0].at >= 1900, `retried after ${busy[1].at - busy[0].at} ms, asked to wait 2 s`);
    // Politeness: never more than 2 at once to a host, 6 in all; no cookies sent.
    assert.equal(peak.get('many.test'), 2, JSON.stringify([...peak]));
    assert.ok(peakAll <= 6 + 1, `${peakAll} requests at once`); // + the visited page's own load
    // (The browser's own favicon request for the cookie visit is not the checker's.)
    const fromChecker = log.filter((r) => r.host !== 'site.test' && r.path !== '/setcookie' && r.path !== '/favicon.ico');
    assert.ok(fromChecker.length > 0 && fromChecker.every((r) => !r.cookie), JSON.stringify(fromChecker.filter((r) => r.cookie)));
    assert.ok(took < 40000, `the check took ${took} ms`);
    // Asked by the extension page, not the visited page: a fetch from the page would carry its
    // origin (CORS) and its address as the referrer; the checker's carry neither.
    const fromPage = fromChecker.filter((r) => (r.origin !== undefined && !r.origin.startsWith('chrome-extension://')) || r.referer !== undefined);
    assert.deepEqual(fromPage, [], 'a check went out with the visited page as its origin or referrer');

    // Dead links in the content of a page judged worth pursuing: pitches with the anchor and text.
    const verdict = await popup.eval(`document.querySelector('[data-top-block]')?.dataset.verdict`);
    const pitches = await popup.eval(`[...document.querySelectorAll('#broken-opportunities li')].map((li) => li.textContent)`);
    assert.ok(verdict === 'strong' || verdict === 'worth-pursuing', `the page about the profile's keywords is a prospect: ${verdict}`);
    assert.equal(pitches.length, 3, JSON.stringify(pitches));
    assert.match(pitches[0], /^Pitch your page as a replacement for “gone 404” → http:\/\/c\.test:\d+\/gone404 \(dead\)For sourdough starter tips see gone 404 for bread baking\.$/);
    assert.ok(pitches.some((/** @type {string} */ p) => /“dead host”/.test(p)), 'a dead host is a pitch too');
    assert.ok(!pitches.some((/** @type {string} */ p) => /slow|forbidden|busy/.test(p)), 'nothing uncertain is a pitch');

    // A second check in the same session asks nobody again (answers kept per URL).
    const asked = log.length;
    await popup.close();
    const again = await openPopup(h, tab);
    assert.equal(await again.settled(), 'ready');
    await clickCheck(again);
    await waitFor(() => again.eval(`document.getElementById('link-checks')?.dataset.checkState === 'done'`), 20000, 'the second check did not finish');
    assert.equal(log.length, asked, 'the cached answers were fetched again');
    await again.close();
  } finally {
    await h.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('Check won links re-reads every won page, records live / nofollowed / lost / page gone, and shows the lost ones', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'backlink-bot-won-'));
  const h = await launchWithAccess(dir);
  try {
    await fillProfile(h, { myDomains: 'crumbandcrust.example' });
    const at = 1795000000000;
    /** @param {string} path @param {string} status */
    const record = (path, status) => {
      const url = `http://won.test:${port}${path}`;
      return [`opp:won.test ${url}`, { schema: 2, id: 'x', url, domain: 'won.test', title: path, savedAt: at, updatedAt: at, status, history: [{ status, at }], linkChecks: [] }];
    };
    const records = Object.fromEntries([record('/links', 'won'), record('/nofollow', 'won'), record('/nolink', 'won'), record('/gone', 'won'), record('/pitched', 'contacted')]);
    await h.worker.evaluate((r) => chrome.storage.local.set(r), records);
    const before = log.length;
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/opportunities.html`);
    await page.waitForSelector('body[data-state="ready"]');
    await page.click('#check-won');
    await page.waitForSelector('#won-checks[data-check-state="done"]', { timeout: 30000 });
    assert.equal(await page.getAttribute('#won-checks', 'data-checked'), '4');
    assert.equal(await page.getAttribute('#won-checks', 'data-lost'), '2');
    assert.match(await page.textContent('#won-checks') ?? '', /4 won pages checked: 1 live, 1 nofollowed since, 1 lost, 1 page gone, 0 unknown/);
    /** @type {Record<string, any>} */
    const stored = await h.worker.evaluate(() => chrome.storage.local.get(null));
    /** @param {string} path */
    const last = (path) => { const c = stored[`opp:won.test http://won.test:${port}${path}`].linkChecks; return c[c.length - 1]; };
    assert.deepEqual([last('/links').state, last('/links').anchor, last('/links').inContent, last('/links').target], ['live', 'the starter guide', true, 'https://www.crumbandcrust.example/starter']);
    assert.deepEqual([last('/nofollow').state, last('/nofollow').rel], ['nofollowed', 'nofollow']);
    assert.equal(last('/nolink').state, 'lost');
    assert.equal(last('/gone').state, 'page-gone');
    assert.deepEqual(stored[`opp:won.test http://won.test:${port}/pitched`].linkChecks, [], 'only won pages are checked');
    // The lost ones stand out in the list and on the toolbar badge.
    await page.waitForSelector(`.row[data-url="http://won.test:${port}/nolink"][data-link-state="lost"]`);
    assert.equal(await page.textContent(`.row[data-url="http://won.test:${port}/nolink"] .link-lost`), 'lost');
    assert.equal(await page.textContent(`.row[data-url="http://won.test:${port}/gone"] .link-lost`), 'page gone');
    assert.equal(await page.getAttribute(`.row[data-url="http://won.test:${port}/links"]`, 'data-link-state'), 'live');
    // The page sets the badge without waiting for it, after it says done: wait for the count.
    await waitFor(async () => (await h.worker.evaluate(() => chrome.action.getBadgeText({}))) === '2', 5000, 'the badge does not show the two lost links');
    // Fetched once each, as GET, without cookies or a referrer, never more than 2 at once.
    const fetched = log.slice(before).filter((r) => r.host === 'won.test');
    assert.deepEqual(fetched.map((r) => r.path).sort(), ['/gone', '/links', '/nofollow', '/nolink']);
    assert.ok(fetched.every((r) => r.method === 'GET' && !r.cookie && r.referer === undefined && (r.origin ?? 'chrome-extension://').startsWith('chrome-extension://')));
    assert.ok((peak.get('won.test') ?? 0) <= 2);
    // A selection narrows the check to the selected won pages. (Every row has its check first:
    // the table redraws as each record is written, and a click on a row being replaced is lost.)
    await page.waitForFunction((p) => ['/links', '/nofollow', '/nolink', '/gone'].every((path) => document.querySelector(`.row[data-url="http://won.test:${p}${path}"]`)?.hasAttribute('data-link-state')), port);
    const mark = log.length;
    await page.check(`.row[data-url="http://won.test:${port}/links"] input.pick`);
    await page.check(`.row[data-url="http://won.test:${port}/pitched"] input.pick`);
    await page.waitForSelector('#bulk[data-selected="2"]');
    await page.click('#check-won');
    await page.waitForSelector('#won-checks[data-check-state="done"][data-checked="1"]', { timeout: 30000 });
    assert.deepEqual(log.slice(mark).filter((r) => r.host === 'won.test').map((r) => r.path), ['/links']);
    await page.close();
  } finally {
    await h.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('a check can be cancelled at any time: requests in flight are dropped, progress was shown', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'backlink-bot-cancel-'));
  const h = await launchWithAccess(dir);
  try {
    const tab = await h.context.newPage();
    await tab.goto(`http://site.test:${port}/slow.html`);
    const popup = await openPopup(h, tab);
    assert.equal(await popup.settled(), 'ready');
    await clickCheck(popup);
    await waitFor(() => popup.eval(`!!document.querySelector('#link-checks progress') && document.getElementById('link-checks').dataset.checkState === 'running'`), 10000, 'no progress shown');
    assert.match(await popup.eval(`document.querySelector('#link-checks .check-line').textContent`), /^Checking links: 0 of 3…$/);
    await waitFor(async () => log.filter((r) => r.path === '/slow' && ['x.test', 'y.test', 'z.test'].includes(r.host)).length === 3, 5000, 'the requests did not start');
    const cancelledAt = Date.now();
    await popup.eval(`document.querySelector('[data-action=cancel-checks]').click()`);
    await waitFor(() => popup.eval(`document.getElementById('link-checks').dataset.checkState === 'cancelled'`), 5000, 'cancel did not stop the check');
    assert.ok(Date.now() - cancelledAt < 5000);
    assert.match(await popup.eval(`document.querySelector('#link-checks .check-summary').textContent`), /^Cancelled after 0 of 3 links:/);
    await popup.close();
  } finally {
    await h.close();
    await rm(dir, { recursive: true, force: true });
  }
});
