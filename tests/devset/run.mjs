// @ts-check
// The development-set runner (issue 11; `./build.sh eval`): opens each real page of
// tests/devset/manifest.json in headless Chromium, runs extension/extract.js in it (as the popup
// does), runs the core on the snapshot through the CLI (`backlink-bot analyze -`), writes per
// page the external links with their region and the prospect verdict and opportunities
// (target/devset/out/<id>.json), and scores them against the expert labels of
// tests/devset/expectations.json (target/devset/results.json). Any tests/devset/manifest-*.json
// and expectations-*.json (same formats: pages of other kinds) are read with them. A label with
// `withProfile` also runs the core a second time on the same snapshot with that profile, to
// compare the prospect verdict and opportunity types with the expert's.
//
//   node tests/devset/run.mjs                 every page of the manifest
//   node tests/devset/run.mjs --only ID,ID    those pages
//   node tests/devset/run.mjs --labelled      the labelled pages only (--kept: those kept in
//                                             tests/devset/pages, as the e2e floors test runs)
//   ... --results FILE                        write the figures there (default target/devset/results.json)
//   node tests/devset/run.mjs --links ID      print the page's external links with their place in
//                                             the DOM, for labelling (never the core's judgement)
//
// Each page is served at its original URL when the package records it (so "internal" and
// "external" mean what they meant on the live site), else at http://127.0.0.1/devset/<path>:
// the document is answered from the file by request interception, every other request (scripts,
// images, fonts, frames) is refused at once, so nothing leaves the machine and no page waits on a
// missing asset. JavaScript stays on, as for a reader: the pages' inline scripts run (their
// external ones are refused) and <noscript> fallbacks stay text, as in a real visit; a script's
// later navigation (a redirect, a meta refresh) is refused.
import { chromium } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = join(ROOT, 'target/devset');
const CLI = join(ROOT, 'target/release/backlink-bot');
const DOMAIN_DATA = join(ROOT, 'dist/data/domain-intel.bin');
/** A fixed "today" so the freshness of the pages does not move the figures from day to day; a
 * manifest entry's `today` (the day its labellers judged it on) wins. */
const TODAY = '2026-11-20';
const PAGE_TIMEOUT = 20000;

/**
 * @typedef {{ id: string, source: string, version: string, licence: string, redistributable: boolean,
 *   inRepo?: boolean, path: string, url: string | null, lang: string, kind: string, today?: string }} Entry
 * @typedef {{ href: string, nth?: number, region: string, note?: string }} LinkLabel
 * @typedef {{ profile: object, verdict: string, opportunities: string[], why?: string }} ProfileLabel
 * @typedef {{ id: string, verdict: string | null, opportunities: string[], links?: LinkLabel[], note?: string,
 *   withProfile?: ProfileLabel, profileOnly?: boolean, round?: number }} PageLabel
 * @typedef {{ index: number, href: string, anchor: string, region: string, context: string,
 *   followed: boolean, share: boolean, ad: boolean, commercial: boolean, affiliate: boolean,
 *   notEditorial: boolean, action: boolean, score: number }} OutLink
 * @typedef {{ verdict: string | null, opportunities: string[], prospectScore: number | null }} Judged
 * @typedef {{ id: string, url: string, error?: string, links: OutLink[], verdict: string | null,
 *   opportunities: string[], prospectScore: number | null, withProfile?: Judged, emails?: string[],
 *   bestEmail?: string | null }} PageResult
 * @typedef {{ marks: Record<string, string>, first: string | null }} ContactLabel
 * @typedef {{ id: string, addresses: string[], labellers: ContactLabel[] }} ContactPage
 */

/** The opportunity kinds an expert label names; the core's others (sponsored, unlinked
 * mention, link intersect) need a profile or are not types of page, so they are not compared. */
const OPPORTUNITY_TYPES = new Set(['resource-page', 'guest-post', 'roundup', 'ugc', 'directory']);

/** @param {Entry} e */
function pageFile(e) {
  const kept = join(ROOT, 'tests/devset/pages', e.path);
  return existsSync(kept) ? kept : join(OUT, 'pages', e.path);
}

/** @param {Entry} e */
function pageUrl(e) {
  return e.url || `http://127.0.0.1/devset/${e.path}`;
}

/**
 * The Content-Type a page is served with. The packages saved most pages as UTF-8 whatever their
 * site sent, and a page's own `<meta charset>` may still name the encoding it had then (or be
 * missing: NetEase's pages, the Hindustan Times'), so Chromium would read their UTF-8 as
 * windows-1252. Their servers said the encoding in the header, which wins over the meta, so a
 * file that is valid UTF-8 is served as UTF-8; any other (gne's GBK pages) without a charset, for
 * Chromium to read the page's own `<meta charset>`.
 * @param {Buffer} body
 */
function contentTypeOf(body) {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(body);
    return 'text/html; charset=utf-8';
  } catch {
    return 'text/html';
  }
}

/**
 * Opens `e` in a fresh page of `context`, answering only its document. A page that tries to
 * leave (a first-visit interstitial, a mobile redirect) is opened once more, as a returning
 * visitor with the cookies it set: Deadline's first visit sets a cookie and leaves for an ad
 * interstitial before the article is parsed, as a reader's first visit did.
 * @param {import('playwright-core').BrowserContext} context @param {Entry} e
 * @param {boolean} [returning] the second visit
 * @returns {Promise<import('playwright-core').Page>}
 */
async function openPage(context, e, returning = false) {
  const url = pageUrl(e);
  const body = await readFile(pageFile(e));
  const page = await context.newPage();
  // A page served away from its own site may wipe itself: NetEase's articles run
  // `document.write(location.host)` 100 ms after load when the host is not 163.com (a guard
  // against copies), which on a busy machine beat the read. A write or open after parsing
  // replaces the whole document, which no visitor of the page's own site sees: refused here.
  await page.addInitScript(() => {
    for (const name of /** @type {const} */ (['write', 'writeln', 'open'])) {
      const original = Document.prototype[name];
      Object.defineProperty(Document.prototype, name, {
        configurable: true,
        writable: true,
        value(/** @type {any[]} */ ...args) {
          return this.readyState === 'loading' ? Reflect.apply(original, this, args) : undefined;
        },
      });
    }
  });
  let served = false, left = false;
  /** @type {() => void} */
  let leaving = () => {};
  const gone = new Promise((resolve) => { leaving = () => resolve(undefined); });
  await page.route('**/*', async (route) => {
    const request = route.request();
    // The first main-frame navigation is the page. A later one (a meta refresh, a script's
    // `location.href = …`) is aborted, which leaves the page where it is; refused with another
    // error, Chromium's error page would take its place.
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) {
      if (served) {
        left = true;
        leaving();
        return route.abort('aborted');
      }
      served = true;
      return route.fulfill({ status: 200, contentType: contentTypeOf(body), body });
    }
    return route.abort('blockedbyclient');
  });
  // Committed, then the DOM, then up to a few seconds for "load" (a page whose inline scripts
  // never let it finish loading is read as it stands, as the popup would; one whose script
  // leaves before its DOM is complete, thepaper.cn's mobile redirect, too).
  // A page that leaves while parsing stops there: its DOM is never "loaded", so leaving ends
  // the wait.
  await page.goto(url, { waitUntil: 'commit', timeout: PAGE_TIMEOUT });
  await Promise.race([page.waitForLoadState('domcontentloaded', { timeout: PAGE_TIMEOUT }).catch(() => {}), gone]);
  await Promise.race([page.waitForLoadState('load', { timeout: 5000 }).catch(() => {}), gone]);
  if (left && !returning) {
    await page.close();
    return openPage(context, e, true);
  }
  return page;
}

/** @param {string} snapshot @param {string} today @param {string} [profileFile] the profile as the extension stores it */
function analyze(snapshot, today, profileFile) {
  const data = existsSync(DOMAIN_DATA) ? DOMAIN_DATA : 'none';
  const args = ['analyze', '-', '--domain-data', data, '--today', today, ...(profileFile ? ['--profile', profileFile] : [])];
  const run = spawnSync(CLI, args, { input: snapshot, maxBuffer: 512 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`backlink-bot analyze failed: ${String(run.stderr).slice(0, 400)}`);
  return JSON.parse(String(run.stdout));
}

/** True when the core called the link a button, not an editorial link (src/share.rs via the
 * destination signal): a social share button, or a page utility (a reprint or print button, which
 * the labellers file with the share buttons). */
/** @param {any} link */
function isShareRecognised(link) {
  return (link.contributions || []).some((/** @type {any} */ c) => /share button|^page utility/i.test(String(c.reason)));
}

/** True when the core called the link an advertisement (src/ads.rs via the destination signal:
 * an ad or tracking network's host, an ad label, a native-ad widget's parameters). */
/** @param {any} link */
function isAdRecognised(link) {
  return (link.contributions || []).some((/** @type {any} */ c) => c.signal === 'destination' && /advertisement|tracked click|page for advertisers/i.test(String(c.reason)));
}

/** True when the core called the link bought in any way: an ad, rel=sponsored, an affiliate link
 * (what the labellers' region `ad` holds). */
/** @param {any} link */
function isCommercial(link) {
  return isAdRecognised(link) || (link.contributions || []).some((/** @type {any} */ c) => /rel=sponsored|affiliate/i.test(String(c.reason)));
}

/** True when the core called the link an affiliate link (src/affiliate.rs via the destination
 * signal: a network's host or an affiliate's id). @param {any} link */
function isAffiliate(link) {
  return (link.contributions || []).some((/** @type {any} */ c) => c.signal === 'destination' && /^affiliate/i.test(String(c.reason)));
}

/** True when the core gives the link a reason that it is no editorial link (a share button, a page
 * utility, an ad, an ad-choices page, an account or page action: src/signals/destination.rs).
 * @param {any} link */
function isNotEditorial(link) {
  return (link.contributions || []).some((/** @type {any} */ c) => c.signal === 'destination' && /not an editorial link/i.test(String(c.reason)));
}

/** True when the core called the link an account, subscription or page action (src/actions.rs).
 * @param {any} link */
function isAction(link) {
  return (link.contributions || []).some((/** @type {any} */ c) => c.signal === 'destination' && /^an account, subscription or page action/i.test(String(c.reason)));
}

/** The prospect judgement of a report. @param {any} report @returns {Judged} */
function judged(report) {
  const p = report.prospect;
  return { verdict: p && p.verdict ? p.verdict : null,
    opportunities: p ? (p.opportunities || []).map((/** @type {any} */ o) => o.kind) : [], prospectScore: p ? p.score : null };
}

/**
 * @param {import('playwright-core').BrowserContext} context @param {Entry} e @param {string} extractor
 * @param {string} [profileFile] when the page's label has a profile: the core runs again with it
 * @returns {Promise<PageResult>}
 */
async function runPage(context, e, extractor, profileFile) {
  const page = await openPage(context, e);
  try {
    const snapshot = /** @type {string} */ (await page.evaluate((src) => (0, eval)(src), extractor));
    // Kept for looking into a page (`cargo test --release --lib placement::tests::explain -- --ignored`).
    await writeFile(join(OUT, 'out', `${e.id.replace(/\//g, '__')}.snapshot.json`), snapshot).catch(() => {});
    const report = analyze(snapshot, e.today || TODAY);
    /** @type {OutLink[]} */
    const links = (report.links || []).filter((/** @type {any} */ l) => l.kind === 'external')
      .sort((/** @type {any} */ a, /** @type {any} */ b) => a.index - b.index)
      .map((/** @type {any} */ l) => ({ index: l.index, href: l.href, anchor: l.anchor, region: l.region, context: l.context,
        followed: l.followed, share: isShareRecognised(l), ad: isAdRecognised(l), commercial: isCommercial(l), affiliate: isAffiliate(l),
        notEditorial: isNotEditorial(l), action: isAction(l), score: l.score }));
    const emails = report.prospect?.contacts?.emails ?? [], bestEmail = report.prospect?.bestEmail ?? null;
    return { id: e.id, url: pageUrl(e), links, emails, bestEmail, ...judged(report), ...(profileFile ? { withProfile: judged(analyze(snapshot, e.today || TODAY, profileFile)) } : {}) };
  } finally {
    await page.close();
  }
}

/**
 * The page's external links in document order, each with its ancestors (tag#id.class, and
 * role), for a person to label. Computed here, not by the extractor or the core.
 * @param {import('playwright-core').BrowserContext} context @param {Entry} e
 */
async function dumpLinks(context, e) {
  const page = await openPage(context, e);
  const rows = await page.evaluate(() => {
    // The site, roughly (the last two labels, three under a country code's generic second
    // level: co.uk, com.cn, ac.jp): links to the site's other hosts are internal, as in the core.
    // Not any short second label: cbc.ca is a site, so music.cbc.ca is its own (blind round 24).
    /** @param {string} host */
    const site = (host) => {
      const labels = host.split('.');
      const second = labels[labels.length - 2] || '';
      const generic = /^(co|com|net|org|gov|edu|ac|or|ne|go|gob|nic|mil)$/.test(second);
      const n = labels.length >= 3 && /^[a-z]{2}$/.test(labels[labels.length - 1]) && generic ? 3 : 2;
      return labels.slice(-n).join('.');
    };
    const own = site(location.hostname);
    /** @type {Map<string, number>} */
    const seen = new Map();
    return Array.from(document.links).flatMap((a) => {
      const href = /** @type {HTMLAnchorElement} */ (a).href;
      let host = '';
      try { host = new URL(href).hostname; } catch { return []; }
      if (!/^https?:/.test(href) || site(host) === own) return [];
      const nth = seen.get(href) || 0;
      seen.set(href, nth + 1);
      const path = [];
      for (let el = a.parentElement; el && el !== document.body; el = el.parentElement) {
        const cls = typeof el.className === 'string' ? el.className.trim().split(/\s+/).slice(0, 3).join('.') : '';
        path.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls ? `.${cls}` : ''}${el.getAttribute('role') ? `[${el.getAttribute('role')}]` : ''}`);
      }
      const text = (a.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 60);
      return [{ href, nth, text, path: path.slice(0, 8).join(' < ') }];
    });
  });
  await page.close();
  return rows;
}

/** The opportunity types an expert compares, as a sorted list. @param {string[]} kinds */
function oppSet(kinds) {
  return [...new Set(kinds.filter((o) => OPPORTUNITY_TYPES.has(o)))].sort().join(',');
}

/**
 * The pages of tests/devset/<base>.json followed by those of every <base>-*.json (other helpers'
 * sets of other kinds, same format).
 * @param {string} base 'manifest' or 'expectations' @returns {Promise<any[]>}
 */
async function readSet(base) {
  const dir = join(ROOT, 'tests/devset');
  const extra = (await readdir(dir)).filter((f) => f.startsWith(`${base}-`) && f.endsWith('.json')).sort();
  const pages = [];
  for (const f of [`${base}.json`, ...extra]) {
    // The blind round a file holds (`expectations-round51.json`: 51), for the link rounds that
    // read only the labels before them.
    const round = Number(/-round(\d+)\.json$/.exec(f)?.[1] ?? 0);
    pages.push(...JSON.parse(await readFile(join(dir, f), 'utf8')).pages.map((/** @type {any} */ p) => ({ ...p, round })));
  }
  return pages;
}

/**
 * The experts' verdicts with a profile, by page: the first label's, a second expert's
 * (tests/devset/agreement/: relabel-output.json, second-opinion.json, all blind to the code and to
 * the first label) and, where those two differ, a third's (third-opinion.json). `majority` is the
 * verdict at least two of them give (null when all three differ): one expert's call on the
 * Worth pursuing / Weak line is a coin toss between experts, their majority is what to meet.
 * @param {PageLabel[]} labels
 * @returns {Promise<Map<string, { first: string, second: string | null, majority: string | null }>>}
 */
async function expertOpinions(labels) {
  const dir = join(ROOT, 'tests/devset/agreement');
  const read = async (/** @type {string} */ f) => /** @type {{ id: string, verdict: string }[]} */ (JSON.parse(await readFile(join(dir, f), 'utf8')).pages);
  const second = new Map([...(await read('second-opinion.json')), ...(await read('relabel-output.json'))].map((o) => [o.id, o.verdict]));
  const third = new Map((await read('third-opinion.json')).map((o) => [o.id, o.verdict]));
  const out = new Map();
  for (const l of labels) {
    if (!l.withProfile) continue;
    const first = String(l.withProfile.verdict), two = second.get(l.id) ?? null, three = third.get(l.id) ?? null;
    const majority = two === null || first === two ? first : [first, two].includes(String(three)) ? String(three) : null;
    out.set(l.id, { first, second: two, majority });
  }
  return out;
}

/**
 * The e-mail addresses the core offers against round 46's labellers (agreement/contacts-round46.json:
 * each address marked write / poor / not-contact by two of them, and the one each would write to
 * first, or none). `junk`: offered addresses both call no contact; `kept`: addresses neither calls
 * no contact that the core still offers; on pages where a labeller marked an address `write`,
 * `toWrite.agree` counts those where the address the core pitches (`bestEmail`) is one labeller's
 * first choice; on the other pages, `noneToWrite.agree` those where it pitches none or a
 * labeller's least-bad pick.
 * @param {PageResult[]} results
 */
async function scoreContacts(results) {
  const file = join(ROOT, 'tests/devset/agreement/contacts-round46.json');
  if (!existsSync(file)) return null;
  /** @type {ContactPage[]} */
  const pages = JSON.parse(await readFile(file, 'utf8')).pages;
  const byId = new Map(results.map((r) => [r.id, r]));
  let judgedPages = 0, offered = 0, junk = 0, unlabelled = 0, real = 0, kept = 0;
  const toWrite = { agree: 0, of: 0 }, noneToWrite = { agree: 0, of: 0 };
  /** @type {any[]} */
  const mistakes = [];
  for (const p of pages) {
    const r = byId.get(p.id);
    if (!r || r.error || !r.emails) continue;
    judgedPages++;
    const [a, b] = p.labellers;
    for (const e of r.emails) {
      if (!p.addresses.includes(e)) { unlabelled++; continue; }
      offered++;
      if (a.marks[e] === 'not-contact' && b.marks[e] === 'not-contact') junk++;
    }
    for (const e of p.addresses) {
      if (a.marks[e] === 'not-contact' || b.marks[e] === 'not-contact') continue;
      real++;
      if (r.emails.includes(e)) kept++;
    }
    const mine = r.bestEmail ?? null, firsts = [a.first, b.first];
    const writable = p.addresses.some((e) => a.marks[e] === 'write' || b.marks[e] === 'write');
    const tally = writable ? toWrite : noneToWrite;
    tally.of++;
    if (firsts.includes(mine) || (!writable && mine === null)) tally.agree++;
    else mistakes.push({ id: p.id, bestEmail: { expected: firsts, got: mine } });
  }
  return { pages: judgedPages, offered, junk, unlabelled, real, kept, toWrite, noneToWrite, mistakes };
}

/**
 * The core's affiliate calls against round 47's two labellers (agreement/affiliate-round47.json),
 * over the links the region rounds before it labelled (it read those only): recall over the links both call affiliate, precision
 * over the links the core calls affiliate (right when either marks it affiliate or maybe).
 * @param {PageResult[]} results @param {PageLabel[]} labels
 */
async function scoreAffiliates(results, labels) {
  labels = labels.filter((l) => (l.round ?? 0) < 47);
  const file = join(ROOT, 'tests/devset/agreement/affiliate-round47.json');
  if (!existsSync(file)) return null;
  /** @type {{ links: { id: string, href: string, A: string | null, B: string | null }[] }} */
  const round = JSON.parse(await readFile(file, 'utf8'));
  const marks = new Map(round.links.map((l) => [`${l.id} ${l.href}`, l]));
  const byId = new Map(results.map((r) => [r.id, r]));
  let both = 0, found = 0, called = 0, right = 0;
  /** @type {any[]} */
  const mistakes = [];
  for (const label of labels) {
    const r = byId.get(label.id);
    if (!r || r.error) continue;
    const seen = new Set();
    for (const l of label.links ?? []) {
      if (seen.has(l.href)) continue;
      seen.add(l.href);
      const got = r.links.find((x) => x.href === l.href);
      if (!got) continue;
      const m = marks.get(`${label.id} ${l.href}`);
      const sure = m?.A === 'affiliate' && m?.B === 'affiliate', marked = Boolean(m?.A || m?.B);
      if (sure) { both++; if (got.affiliate) found++; else mistakes.push({ id: label.id, href: l.href, expected: 'affiliate', got: 'not recognised' }); }
      if (got.affiliate) { called++; if (marked) right++; else mistakes.push({ id: label.id, href: l.href, expected: 'not affiliate', got: 'called affiliate' }); }
    }
  }
  return { recall: { found, of: both }, precision: { right, of: called }, mistakes };
}

/**
 * A blind round of links no region round labelled (agreement/ads-round49.json,
 * share-round50.json): each link found by address and occurrence (`nth`), marked `mark`, "maybe"
 * or "no" by two labellers. Recall over the links both mark `mark` (`recognised`); precision of
 * the core's calls (`called`), right when either labeller marks the link `mark` or maybe.
 * @param {PageResult[]} results @param {string} file @param {[string, string]} labellers
 * @param {string} mark @param {(l: OutLink) => boolean} recognised @param {(l: OutLink) => boolean} called
 */
async function scoreBlindLinks(results, file, [a, b], mark, recognised, called) {
  const path = join(ROOT, 'tests/devset/agreement', file);
  if (!existsSync(path)) return null;
  /** @type {{ links: ({ id: string, href: string, nth: number } & Record<string, any>)[] }} */
  const round = JSON.parse(await readFile(path, 'utf8'));
  const byId = new Map(results.map((r) => [r.id, r]));
  let both = 0, found = 0, calls = 0, right = 0, notFound = 0;
  /** @type {any[]} */
  const mistakes = [];
  for (const l of round.links) {
    const r = byId.get(l.id);
    if (!r || r.error) continue;
    const got = r.links.filter((x) => x.href === l.href)[l.nth];
    if (!got) { notFound++; continue; }
    const sure = l[a] === mark && l[b] === mark, marked = [l[a], l[b]].some((m) => m === mark || m === 'maybe');
    if (sure) { both++; if (recognised(got)) found++; else mistakes.push({ id: l.id, href: l.href, expected: mark, got: 'not recognised' }); }
    if (called(got)) { calls++; if (marked) right++; else mistakes.push({ id: l.id, href: l.href, expected: `not ${mark}`, got: `called ${mark}` }); }
  }
  return { recall: { found, of: both }, precision: { right, of: calls }, notFound, mistakes };
}

/**
 * Admin and utility links against round 48's two labellers (agreement/admin-round48.json), over
 * the links the region rounds before it labelled (it read those only): recall over the links both call admin (any reason that the
 * link is no editorial link), precision of the core's account-and-page-action reason (right when
 * either marks the link admin or maybe).
 * @param {PageResult[]} results @param {PageLabel[]} labels
 */
async function scoreAdmin(results, labels) {
  labels = labels.filter((l) => (l.round ?? 0) < 48);
  const file = join(ROOT, 'tests/devset/agreement/admin-round48.json');
  if (!existsSync(file)) return null;
  /** @type {{ links: { id: string, href: string, C: string | null, D: string | null }[] }} */
  const round = JSON.parse(await readFile(file, 'utf8'));
  const marks = new Map(round.links.map((l) => [`${l.id} ${l.href}`, l]));
  const byId = new Map(results.map((r) => [r.id, r]));
  let both = 0, found = 0, called = 0, right = 0;
  /** Links both call admin that the core leaves editorial, by labelled region. @type {Record<string, number>} */
  const missedByRegion = {};
  /** @type {any[]} */
  const mistakes = [];
  for (const label of labels) {
    const r = byId.get(label.id);
    if (!r || r.error) continue;
    const seen = new Set();
    for (const l of label.links ?? []) {
      if (seen.has(l.href)) continue;
      seen.add(l.href);
      const got = r.links.find((x) => x.href === l.href);
      if (!got) continue;
      const m = marks.get(`${label.id} ${l.href}`);
      if (m?.C === 'admin' && m?.D === 'admin') {
        both++;
        if (got.notEditorial) found++;
        else { missedByRegion[l.region] = (missedByRegion[l.region] || 0) + 1; mistakes.push({ id: label.id, href: l.href, expected: 'admin', got: 'not recognised' }); }
      }
      if (got.action) { called++; if (m?.C || m?.D) right++; else mistakes.push({ id: label.id, href: l.href, expected: 'not admin', got: 'called an action' }); }
    }
  }
  return { recall: { found, of: both, missedByRegion }, precision: { right, of: called }, mistakes };
}

/**
 * Scores the results against the labels.
 * @param {PageResult[]} results @param {PageLabel[]} labels
 * @param {Map<string, { first: string, second: string | null, majority: string | null }>} opinions
 */
function score(results, labels, opinions) {
  const byId = new Map(results.map((r) => [r.id, r]));
  let tp = 0, fp = 0, fn = 0, tn = 0, missing = 0, shares = 0, sharesSeen = 0, ads = 0, adsSeen = 0;
  /** Links the labellers did not call ads that the core calls ads, by labelled region. @type {Record<string, number>} */
  const adsWrong = {};
  let verdictAgree = 0, oppAgree = 0, pages = 0, judgedAgree = 0, judgedPages = 0;
  /** @type {any[]} */
  const mistakes = [];
  for (const label of labels) {
    const r = byId.get(label.id);
    if (!r || r.error) continue;
    pages++;
    // Page-level rounds (search pages: no editorial content) label no links.
    for (const l of label.links ?? []) {
      const matches = r.links.filter((x) => x.href === l.href);
      const got = matches[l.nth || 0];
      if (!got) { missing++; mistakes.push({ id: label.id, href: l.href, expected: l.region, got: 'not found' }); continue; }
      const wantContent = l.region === 'content', gotContent = got.region === 'main';
      if (wantContent && gotContent) tp++;
      else if (!wantContent && gotContent) fp++;
      else if (wantContent && !gotContent) fn++;
      else tn++;
      if (wantContent !== gotContent) mistakes.push({ id: label.id, href: l.href, expected: l.region, got: got.region });
      if (l.region === 'share') {
        shares++;
        if (got.share) sharesSeen++;
        else mistakes.push({ id: label.id, href: l.href, expected: 'share button', got: 'not recognised' });
      }
      if (l.region === 'ad') {
        ads++;
        if (got.commercial) adsSeen++;
        else mistakes.push({ id: label.id, href: l.href, expected: 'ad', got: 'not recognised' });
      } else if (got.ad) {
        adsWrong[l.region] = (adsWrong[l.region] || 0) + 1;
        if (l.region === 'content') mistakes.push({ id: label.id, href: l.href, expected: 'content', got: 'called an ad' });
      }
    }
    // A page labelled only with a profile (expectations-verdicts.json) has no links or no-profile labels.
    if (!label.profileOnly) {
      if ((label.verdict ?? null) === (r.verdict ?? null)) verdictAgree++;
      else mistakes.push({ id: label.id, verdict: { expected: label.verdict ?? null, got: r.verdict ?? null } });
      const want = [...new Set(label.opportunities)].sort().join(',');
      const got = oppSet(r.opportunities);
      if (want === got) oppAgree++;
      else mistakes.push({ id: label.id, opportunities: { expected: want || 'none', got: got || 'none' } });
    } else pages--;
    // With a profile: the verdict (ids compared as strings) and the set of opportunity types must both match.
    const wp = label.withProfile;
    if (wp && r.withProfile) {
      judgedPages++;
      const wantJ = { verdict: String(wp.verdict), opportunities: oppSet(wp.opportunities) };
      const gotJ = { verdict: String(r.withProfile.verdict), opportunities: oppSet(r.withProfile.opportunities) };
      if (wantJ.verdict === gotJ.verdict && wantJ.opportunities === gotJ.opportunities) judgedAgree++;
      else mistakes.push({ id: label.id, withProfile: { expected: wantJ, got: gotJ } });
    }
  }
  // Against the experts' majority (verdict only), and how often two experts agree with each other.
  let majorityAgree = 0, majorityPages = 0, expertsAgree = 0, expertPairs = 0;
  for (const r of results) {
    const o = opinions.get(r.id);
    if (!o || !r.withProfile || r.error) continue;
    if (o.second !== null) { expertPairs++; if (o.first === o.second) expertsAgree++; }
    if (o.majority === null) continue;
    majorityPages++;
    if (String(r.withProfile.verdict) === o.majority) majorityAgree++;
    else mistakes.push({ id: r.id, withProfileMajority: { expected: o.majority, got: String(r.withProfile.verdict) } });
  }
  const ratio = (/** @type {number} */ a, /** @type {number} */ b) => (b ? Math.round((a / b) * 1000) / 1000 : null);
  return {
    labelledPages: pages,
    labelledLinks: tp + fp + fn + tn,
    linksNotFound: missing,
    content: { precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), tp, fp, fn, tn },
    shareRecognised: { rate: ratio(sharesSeen, shares), recognised: sharesSeen, of: shares },
    adRecognised: { rate: ratio(adsSeen, ads), recognised: adsSeen, of: ads, calledAdsByRegion: adsWrong },
    verdictAgreement: { rate: ratio(verdictAgree, pages), agree: verdictAgree, of: pages },
    opportunityAgreement: { rate: ratio(oppAgree, pages), agree: oppAgree, of: pages },
    judgedProspects: { rate: ratio(judgedAgree, judgedPages), agree: judgedAgree, of: judgedPages },
    expertsMajority: { rate: ratio(majorityAgree, majorityPages), agree: majorityAgree, of: majorityPages },
    expertsWithEachOther: { rate: ratio(expertsAgree, expertPairs), agree: expertsAgree, of: expertPairs },
    mistakes,
  };
}

/** @param {string[]} argv */
async function main(argv) {
  /** @type {Entry[]} */
  const manifest = await readSet('manifest');
  let entries = manifest;
  const only = argv.indexOf('--only');
  if (only >= 0) { const ids = new Set(argv[only + 1].split(',')); entries = entries.filter((e) => ids.has(e.id)); }
  // --labelled: only the labelled pages; --kept: only those kept in the repository (no fetch needed).
  const labelled = new Set((await readSet('expectations')).map((l) => l.id));
  if (argv.includes('--labelled') || argv.includes('--kept')) entries = entries.filter((e) => labelled.has(e.id));
  if (argv.includes('--kept')) entries = entries.filter((e) => existsSync(join(ROOT, 'tests/devset/pages', e.path)));
  const resultsArg = argv.indexOf('--results');
  const resultsFile = resultsArg >= 0 ? resolve(argv[resultsArg + 1]) : join(OUT, 'results.json');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const dump = argv.indexOf('--links');
    if (dump >= 0) {
      const e = manifest.find((x) => x.id === argv[dump + 1]);
      if (!e) throw new Error(`no page ${argv[dump + 1]} in the manifest`);
      for (const row of await dumpLinks(context, e)) console.log(`${row.nth ? `[${row.nth}] ` : ''}${row.href}\n    "${row.text}"  ${row.path}`);
      return;
    }
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run ./build.sh first`);
    const extractor = await readFile(join(ROOT, 'extension/extract.js'), 'utf8');
    await mkdir(join(OUT, 'out'), { recursive: true });
    /** @type {PageLabel[]} */
    const labels = await readSet('expectations');
    const profiles = new Map(labels.filter((l) => l.withProfile).map((l) => [l.id, /** @type {ProfileLabel} */ (l.withProfile).profile]));
    const tmp = await mkdtemp(join(tmpdir(), 'devset-profile-'));
    /** @type {PageResult[]} */
    const results = [];
    for (const e of entries) {
      if (!existsSync(pageFile(e))) { console.log(`skip ${e.id}: not fetched (tools/fetch-devset.sh)`); continue; }
      /** @type {PageResult} */
      let r;
      let profileFile;
      const profile = profiles.get(e.id);
      if (profile) {
        profileFile = join(tmp, 'profile.json');
        await writeFile(profileFile, JSON.stringify(profile));
      }
      // Each page in a context of its own: every page is served from 127.0.0.1, and one site's
      // cookies and storage sent the next one elsewhere (163.com's pages, after a few visits).
      const own = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      try { r = await runPage(own, e, extractor, profileFile); } catch (err) {
        r = { id: e.id, url: pageUrl(e), error: String(err).slice(0, 300), links: [], verdict: null, opportunities: [], prospectScore: null };
      } finally {
        await own.close();
      }
      results.push(r);
      const file = join(OUT, 'out', `${e.id}.json`);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, JSON.stringify(r, null, 1));
      const withProfile = r.withProfile ? `; with a profile: verdict ${r.withProfile.verdict}, opportunities ${r.withProfile.opportunities.join(',') || 'none'}` : '';
      console.log(`${e.id}: ${r.error ? `ERROR ${r.error}` : `${r.links.length} external links, verdict ${r.verdict}, opportunities ${r.opportunities.join(',') || 'none'}${withProfile}`}`);
    }
    await rm(tmp, { recursive: true, force: true });
    const figures = score(results, labels, await expertOpinions(labels));
    const contacts = await scoreContacts(results);
    const affiliates = await scoreAffiliates(results, labels);
    const admin = await scoreAdmin(results, labels);
    const ads49 = await scoreBlindLinks(results, 'ads-round49.json', ['E', 'F'], 'ad', (l) => l.commercial, (l) => l.ad);
    const share50 = await scoreBlindLinks(results, 'share-round50.json', ['G', 'H'], 'share', (l) => l.share, (l) => l.share);
    const summary = { date: new Date().toISOString(), pagesRun: results.length, pagesFailed: results.filter((r) => r.error).length, ...figures, contacts, affiliates, admin, ads49, share50 };
    await mkdir(dirname(resultsFile), { recursive: true });
    await writeFile(resultsFile, JSON.stringify(summary, null, 1));
    const pct = (/** @type {number | null} */ x) => (x === null ? 'n/a' : `${(x * 100).toFixed(1)} %`);
    console.log(`\npages run: ${summary.pagesRun} (${summary.pagesFailed} failed); labelled: ${figures.labelledPages} pages, ${figures.labelledLinks} links (${figures.linksNotFound} labelled links not found)`);
    console.log(`region content: precision ${pct(figures.content.precision)}, recall ${pct(figures.content.recall)} (tp ${figures.content.tp}, fp ${figures.content.fp}, fn ${figures.content.fn}, tn ${figures.content.tn})`);
    console.log(`share links recognised: ${pct(figures.shareRecognised.rate)} (${figures.shareRecognised.recognised} of ${figures.shareRecognised.of})`);
    const wrongAds = Object.entries(figures.adRecognised.calledAdsByRegion).map(([r, n]) => `${r} ${n}`).join(', ') || 'none';
    console.log(`ad links recognised (an ad, rel=sponsored or an affiliate link): ${pct(figures.adRecognised.rate)} (${figures.adRecognised.recognised} of ${figures.adRecognised.of}); other labelled links called ads: ${wrongAds}`);
    console.log(`verdict agreement (no profile: no verdict): ${figures.verdictAgreement.agree} of ${figures.verdictAgreement.of}`);
    console.log(`opportunity types agreement: ${figures.opportunityAgreement.agree} of ${figures.opportunityAgreement.of}`);
    console.log(`judged prospect pages: verdict and opportunity types as the expert sets them: ${figures.judgedProspects.agree} of ${figures.judgedProspects.of}`);
    console.log(`verdict with a profile against the experts' majority: ${figures.expertsMajority.agree} of ${figures.expertsMajority.of} (two experts agree with each other on ${figures.expertsWithEachOther.agree} of ${figures.expertsWithEachOther.of})`);
    if (contacts && contacts.pages) {
      console.log(`e-mail addresses (round 46, ${contacts.pages} pages): ${contacts.junk} of ${contacts.offered} offered are no contact to both labellers; ${contacts.kept} of ${contacts.real} real ones kept; the address pitched is a labeller's first choice on ${contacts.toWrite.agree} of ${contacts.toWrite.of} pages with one to write to, none or the least-bad pick on ${contacts.noneToWrite.agree} of ${contacts.noneToWrite.of} without`);
    }
    if (affiliates && affiliates.recall.of) {
      console.log(`affiliate links (round 47): ${affiliates.recall.found} of ${affiliates.recall.of} that both labellers call affiliate recognised; ${affiliates.precision.right} of ${affiliates.precision.of} the core calls affiliate marked so by a labeller`);
    }
    if (admin && admin.recall.of) {
      console.log(`admin and utility links (round 48): ${admin.recall.found} of ${admin.recall.of} that both labellers call admin recognised as no editorial link; ${admin.precision.right} of ${admin.precision.of} the core calls an account or page action marked so by a labeller`);
    }
    if (ads49 && ads49.recall.of) {
      console.log(`ads (round 49, links no region round labelled): ${ads49.recall.found} of ${ads49.recall.of} that both labellers call ads recognised; ${ads49.precision.right} of ${ads49.precision.of} the core calls ads marked so by a labeller (${ads49.notFound} not found)`);
    }
    if (share50 && share50.recall.of) {
      console.log(`share buttons (round 50, links no region round labelled): ${share50.recall.found} of ${share50.recall.of} that both labellers call share buttons recognised; ${share50.precision.right} of ${share50.precision.of} the core calls share buttons or page utilities marked so by a labeller (${share50.notFound} not found)`);
    }
    console.log(`written: ${resultsFile}, target/devset/out/`);
  } finally {
    await browser.close();
  }
}

await main(process.argv.slice(2));
