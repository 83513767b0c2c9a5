// @ts-check
// Drives the built extension in real headless Chromium: loads it, opens pages, clicks the toolbar
// icon through CDP (`Extensions.triggerAction`, which grants activeTab like a real click) and
// talks to the action popup over a flattened CDP session (Playwright does not expose it as a Page).
//
// Never hangs: every CDP reply has a timeout, and a closed connection or a detached target fails
// the pending calls at once instead of leaving them waiting.
//
// The extension under test is `dist/` copied to `target/e2e-dist/` with `"test_hooks": true` in
// its manifest: only that copy honours the test settings (`test:today`, `test:panic`,
// `backlinkBotTestPanic`; src/web/hooks.rs). The copy's path is fixed, so its extension id (and
// its storage) survives a browser restart on the same profile directory.
import { chromium } from 'playwright-core';
import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = join(ROOT, 'dist');
/** The test copy of dist/ (see the header). */
export const TEST_DIST = join(ROOT, 'target/e2e-dist');

/**
 * The extension pages' "today" in tests unless a test sets another (`launch({ today })`,
 * `setToday`): no test depends on the day it runs.
 */
export const DEFAULT_TODAY = '2026-11-20';

/** Milliseconds any one CDP call may take before it fails the test. */
const CDP_TIMEOUT = 15000;
/** Milliseconds a new popup may take to answer its first evaluate (see `openPopup`). */
const FIRST_REPLY_TIMEOUT = 60000;

/**
 * @typedef {{ context: import('playwright-core').BrowserContext,
 *   browser: import('playwright-core').Browser,
 *   cdp: Cdp,
 *   pipe: import('playwright-core').CDPSession,
 *   worker: import('playwright-core').Worker,
 *   extensionId: string, userDataDir: string, dist: string, close: () => Promise<void> }} Harness
 */

/**
 * A raw CDP connection to the browser: one WebSocket, flattened sessions (`sessionId` on each
 * message), a timeout on every reply.
 */
export class Cdp {
  /** @param {WebSocket} socket */
  constructor(socket) {
    this.socket = socket;
    this.nextId = 1;
    /** @type {Map<number, { resolve: (v: any) => void, reject: (e: Error) => void, timer: NodeJS.Timeout, method: string, sessionId?: string }>} */
    this.pending = new Map();
    /** @type {Set<(message: any) => void>} */
    this.listeners = new Set();
    socket.on('message', (data) => {
      const message = JSON.parse(String(data));
      if (message.id !== undefined) {
        const call = this.pending.get(message.id);
        if (!call) return;
        this.pending.delete(message.id);
        clearTimeout(call.timer);
        if (message.error) call.reject(new Error(`${call.method}: ${message.error.message}`));
        else call.resolve(message.result);
      } else {
        // A closed popup or tab ends its session: its unanswered calls will never be answered.
        if (message.method === 'Target.detachedFromTarget' && message.params?.sessionId) this.#fail(message.params.sessionId, 'the target detached (it closed)');
        for (const listener of this.listeners) listener(message);
      }
    });
    socket.on('close', () => this.#fail(undefined, 'the CDP connection closed'));
  }

  /** @param {string} url */
  static async connect(url) {
    const socket = new WebSocket(url, { perMessageDeflate: false, maxPayload: 256 * 1024 * 1024 });
    await new Promise((resolvePromise, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out connecting to ${url}`)), CDP_TIMEOUT);
      socket.once('open', () => { clearTimeout(timer); resolvePromise(undefined); });
      socket.once('error', (e) => { clearTimeout(timer); reject(e); });
    });
    return new Cdp(socket);
  }

  /**
   * Sends one command (to the browser, or to a target's flattened session) and awaits its reply.
   * @param {string} method
   * @param {Record<string, unknown>} [params]
   * @param {{ sessionId?: string, timeout?: number }} [options]
   * @returns {Promise<any>}
   */
  send(method, params = {}, options = {}) {
    const id = this.nextId++;
    const timeout = options.timeout ?? CDP_TIMEOUT;
    return new Promise((resolvePromise, reject) => {
      if (this.socket.readyState !== WebSocket.OPEN) return reject(new Error(`${method}: the CDP connection is closed`));
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method}: no reply within ${timeout} ms`));
      }, timeout);
      this.pending.set(id, { resolve: resolvePromise, reject, timer, method, sessionId: options.sessionId });
      this.socket.send(JSON.stringify({ id, method, params, ...(options.sessionId ? { sessionId: options.sessionId } : {}) }));
    });
  }

  /** @param {(message: any) => void} listener called with every event */
  onEvent(listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Fails the pending calls of one session, or all of them (no session given).
   * @param {string | undefined} sessionId
   * @param {string} why
   */
  #fail(sessionId, why) {
    for (const [id, call] of this.pending) {
      if (sessionId !== undefined && call.sessionId !== sessionId) continue;
      clearTimeout(call.timer);
      call.reject(new Error(`${call.method}: ${why}`));
      this.pending.delete(id);
    }
  }

  close() {
    this.socket.close();
  }
}

/**
 * Copies dist/ to the test copy when dist/ was built since (build.sh rewrites every file, the
 * manifest included), adding `"test_hooks": true` to the manifest.
 */
async function prepareTestDist() {
  const built = await stat(join(DIST, 'manifest.json')).catch(() => null);
  if (!built) throw new Error(`${DIST} is missing: run ./build.sh first`);
  const copied = await stat(join(TEST_DIST, '.copied')).catch(() => null);
  if (copied && copied.mtimeMs >= built.mtimeMs) return;
  await rm(TEST_DIST, { recursive: true, force: true });
  await cp(DIST, TEST_DIST, { recursive: true, filter: (src) => !src.endsWith('.zip') });
  const manifest = JSON.parse(await readFile(join(TEST_DIST, 'manifest.json'), 'utf8'));
  manifest.test_hooks = true;
  await writeFile(join(TEST_DIST, 'manifest.json'), JSON.stringify(manifest, null, 2));
  await writeFile(join(TEST_DIST, '.copied'), '');
}

/**
 * Launches Chromium with the extension loaded into a user-data-dir (fresh unless given).
 * `testHooks: false` loads dist/ itself (benchmarks measure the shipped build); otherwise the
 * pages' today is `today` (default DEFAULT_TODAY; null: the real clock). `lang` sets the
 * browser's UI language (`--lang`), which picks the extension's `_locales` messages.
 * `extensionDir` loads another unpacked extension instead (the benchmark's reference popups).
 * `args`: more Chromium flags (e.g. `--host-resolver-rules` for the link checks' test hosts).
 * @param {{ userDataDir?: string, testHooks?: boolean, today?: string | null, lang?: string, extensionDir?: string, args?: string[] }} [options]
 * @returns {Promise<Harness>}
 */
export async function launch(options = {}) {
  const fresh = !options.userDataDir;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'backlink-bot-e2e-')));
  const dist = options.extensionDir ?? (options.testHooks === false ? DIST : TEST_DIST);
  if (dist === TEST_DIST) await prepareTestDist();
  // A restarted profile keeps the previous run's port file: remove it so we read this run's.
  await rm(join(userDataDir, 'DevToolsActivePort'), { force: true });
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    // Playwright disables extensions by default; the flags below load ours and only ours.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-quic',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      `--disable-extensions-except=${dist}`, `--load-extension=${dist}`,
      '--enable-unsafe-extension-debugging',
      // Our own CDP connection (beside Playwright's pipe), on a port the browser picks.
      '--remote-debugging-port=0', '--remote-allow-origins=*',
      ...(options.lang ? [`--lang=${options.lang}`] : []),
      ...(options.args ?? []),
    ],
    ...(options.lang ? { env: { ...process.env, LANGUAGE: options.lang, LANG: `${options.lang}.UTF-8` } } : {}),
  });
  try {
    const browser = context.browser();
    if (!browser) throw new Error('no browser handle for the persistent context');
    let [worker] = context.serviceWorkers();
    if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 15000 });
    const extensionId = new URL(worker.url()).host;
    const portFile = await waitFor(() => readFile(join(userDataDir, 'DevToolsActivePort'), 'utf8').catch(() => undefined), 10000, 'Chromium wrote no DevToolsActivePort');
    const [port, path] = portFile.trim().split('\n');
    const cdp = await Cdp.connect(`ws://127.0.0.1:${port}${path}`);
    // A browser-level session over Playwright's own pipe: Chromium 148 refuses
    // `Extensions.triggerAction` on a WebSocket connection ("Method not allowed") and takes it
    // on the pipe (`--remote-debugging-pipe`); 156 takes it on both.
    const pipe = await browser.newBrowserCDPSession();
    /** @type {Harness} */
    const h = {
      context, browser, cdp, pipe, worker, extensionId, userDataDir, dist,
      async close() {
        cdp.close();
        await context.close();
        if (fresh) await rm(userDataDir, { recursive: true, force: true });
      },
    };
    if (dist === TEST_DIST) await setToday(h, options.today === undefined ? DEFAULT_TODAY : options.today);
    return h;
  } catch (error) {
    await context.close().catch(() => {});
    throw error;
  }
}

/**
 * Sets the extension pages' "today" (test copy only): pages opened from now on see this date.
 * @param {Harness} h
 * @param {string | null} date `YYYY-MM-DD`, or null for the real clock
 */
export async function setToday(h, date) {
  await h.worker.evaluate((d) => (d === null ? chrome.storage.local.remove('test:today') : chrome.storage.local.set({ 'test:today': d })), date);
}

/**
 * Clicks the toolbar icon for the tab showing `page` and returns a handle on the popup.
 * @param {Harness} h
 * @param {import('playwright-core').Page} page
 * @param {{ keepOthers?: boolean }} [options] keep popups open in other windows (one per window)
 */
export async function openPopup(h, page, options = {}) {
  await page.bringToFront();
  const url = page.url();
  const { targetInfos } = await h.cdp.send('Target.getTargets', { filter: [{}] });
  // The tab target (not the page target) of the page: triggerAction acts on tabs.
  const tab = targetInfos.find((/** @type {any} */ t) => t.type === 'tab' && t.url === url);
  if (!tab) throw new Error(`no tab target for ${url}`);
  const popupUrl = `chrome-extension://${h.extensionId}/popup.html`;
  const earlier = new Set(targetInfos.filter((/** @type {any} */ t) => t.url === popupUrl).map((/** @type {any} */ t) => t.targetId));
  // Close a popup left from a previous click so we attach to the new one.
  // One may close by itself meanwhile (it loses focus): gone is what we want.
  if (!options.keepOthers) {
    for (const id of earlier) {
      await h.cdp.send('Target.closeTarget', { targetId: id }).catch((/** @type {Error} */ e) => {
        if (!/No target with given id/.test(e.message)) throw e;
      });
    }
  }
  const clicked = Date.now();
  await h.pipe.send('Extensions.triggerAction', { id: h.extensionId, targetId: tab.targetId });
  const popupTarget = await waitFor(async () => {
    const { targetInfos: now } = await h.cdp.send('Target.getTargets', { filter: [{}] });
    return now.find((/** @type {any} */ t) => t.url === popupUrl && t.type === 'page' && !earlier.has(t.targetId));
  }, 10000, 'the popup did not open');
  const { sessionId } = await h.cdp.send('Target.attachToTarget', { targetId: popupTarget.targetId, flatten: true });
  // A freshly opened popup on a loaded machine (CI's 2 cores, the first popup of a new browser)
  // can take longer than one CDP call's limit to answer its first evaluate: wait for it here, once,
  // with a longer limit, so the test's own calls keep the short one.
  await h.cdp.send('Runtime.evaluate', { expression: '0', returnByValue: true }, { sessionId, timeout: FIRST_REPLY_TIMEOUT });
  return new Popup(h.cdp, sessionId, popupTarget.targetId, clicked);
}

/** The action popup, reached over a flattened CDP session. */
export class Popup {
  /**
   * @param {Cdp} cdp
   * @param {string} sessionId
   * @param {string} targetId
   * @param {number} clickedAt
   */
  constructor(cdp, sessionId, targetId, clickedAt) {
    this.cdp = cdp;
    this.sessionId = sessionId;
    this.targetId = targetId;
    this.clickedAt = clickedAt;
  }

  /**
   * Sends a CDP command to the popup.
   * @param {string} method
   * @param {Record<string, unknown>} [params]
   */
  send(method, params = {}) {
    return this.cdp.send(method, params, { sessionId: this.sessionId });
  }

  /**
   * Evaluates an expression in the popup and returns its JSON value.
   * @param {string | Function} expression a JS expression, or a function called with no arguments
   */
  async eval(expression) {
    const source = typeof expression === 'function' ? `(${expression})()` : expression;
    const result = await this.send('Runtime.evaluate', { expression: source, returnByValue: true, awaitPromise: true });
    if (result.exceptionDetails) throw new Error(`popup eval failed: ${JSON.stringify(result.exceptionDetails)}`);
    return result.result.value;
  }

  /** Waits until the popup leaves the loading state; returns `ready` or `error`. */
  async settled(timeout = 15000) {
    return waitFor(async () => {
      const state = await this.eval('document.body && document.body.dataset.state');
      return state && state !== 'loading' ? state : undefined;
    }, timeout, 'the popup stayed in the loading state');
  }

  /**
   * Clicks a control that opens a tab, which closes the popup: the click runs after the evaluate
   * has answered, so the popup's closing cannot swallow the reply.
   * @param {string} selector
   */
  async clickAway(selector) {
    const found = await this.eval(`(() => { const control = document.querySelector(${JSON.stringify(selector)}); if (control) setTimeout(() => control.click(), 0); return !!control; })()`);
    if (!found) throw new Error(`no ${selector} in the popup`);
  }

  async close() {
    await this.cdp.send('Target.closeTarget', { targetId: this.targetId }).catch(() => {});
  }
}

/**
 * Polls `probe` until it returns a truthy value.
 * @template T
 * @param {() => Promise<T | undefined>} probe
 * @param {number} timeout
 * @param {string} message
 * @returns {Promise<T>}
 */
export async function waitFor(probe, timeout, message) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out: ${message}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/**
 * Opens every group of identical links and the folded page chrome in the popup's link list
 * (their rows are drawn when opened), so every link has its `li.link-row`.
 * @param {Popup} popup
 */
export async function expandLinks(popup) {
  for (let round = 0; round < 5; round++) {
    // The rows are drawn on the `toggle` event, a task of its own: keep what is still to draw
    // (closed, or opened already and not drawn yet) and wait for each of those to be filled
    // (`data-filled` is set as they are drawn), not merely for no filled one to be empty, which
    // holds before any is filled.
    const opened = await popup.eval(`(() => {
      const undrawn = Array.from(document.querySelectorAll('#link-list :is(li.link-fold, li.link-group):not([data-filled]) > details'));
      for (const d of undrawn) d.open = true;
      window.backlinkBotTestOpened = undrawn.map((d) => d.parentElement);
      return undrawn.length;
    })()`);
    if (!opened) return;
    await waitFor(() => popup.eval(`window.backlinkBotTestOpened.every((li) => li.hasAttribute('data-filled')) && !document.querySelector('#link-list :is(li.link-fold, li.link-group)[data-filled] > details[open] > ol:empty')`), 5000, 'the opened groups were not drawn');
  }
}

/**
 * Sets the user's profile as a user does: fills the options page's fields and saves.
 * @param {Harness} h
 * @param {{ myDomains?: string, brands?: string, competitors?: string, keywords?: string, topic?: string, languages?: string }} fields
 */
export async function fillProfile(h, fields) {
  const options = await h.context.newPage();
  await options.goto(`chrome-extension://${h.extensionId}/options.html`);
  await options.waitForSelector('body[data-state="ready"]');
  for (const [field, value] of Object.entries(fields)) await options.fill(`#field-${field}`, value ?? '');
  await options.click('#save');
  await options.waitForSelector('#save-status[data-result="saved"]');
  await options.close();
}

/**
 * Gives the extension host access to every http(s) site and webRequest in a profile directory,
 * the way Chromium keeps a user's grant: in `Default/Preferences` (granted and active
 * permissions), read at the next launch. Headless Chromium cannot answer the permission prompt,
 * so tests of *Check links* launch once, close, call this, and launch again.
 * @param {string} dir the user-data-dir @param {string} id the extension id
 */
export async function grantHostAccess(dir, id) {
  const file = join(dir, 'Default', 'Preferences');
  const prefs = JSON.parse(await readFile(file, 'utf8'));
  const settings = prefs.extensions.settings[id];
  for (const key of ['granted_permissions', 'active_permissions']) {
    settings[key] = settings[key] ?? {};
    settings[key].explicit_host = ['http://*/*', 'https://*/*'];
    settings[key].api = [...new Set([...(settings[key].api ?? []), 'webRequest'])];
  }
  await writeFile(file, JSON.stringify(prefs));
}

/** The bakery profile the popup tests and screenshots judge the fixtures with. */
export const BAKERY_PROFILE = {
  myDomains: 'https://www.crumb-and-crust.example/', brands: 'Crumb and Crust', competitors: 'rival-bakery.example',
  keywords: 'sourdough, bread baking, starter, baking', topic: 'Home sourdough bread baking guides', languages: 'en',
};

/**
 * Text elements whose contrast with what is behind them is under 4.5:1 (WCAG AA), in the
 * document it runs in (pass it to the page as source text: `(${contrastProblems})()`). Backgrounds are composited up the tree; hidden elements are skipped.
 */
export function contrastProblems() {
  /** @param {string} c */
  const parse = (c) => {
    const m = c.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const p = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
  };
  /** @param {{r: number, g: number, b: number}} c */
  const lum = (c) => {
    /** @param {number} v */
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
  };
  /** @param {{r: number, g: number, b: number}} under @param {{r: number, g: number, b: number, a: number}} top */
  const over = (under, top) => ({ r: top.r * top.a + under.r * (1 - top.a), g: top.g * top.a + under.g * (1 - top.a), b: top.b * top.a + under.b * (1 - top.a) });
  /** @param {Element} el */
  const background = (el) => {
    const layers = [];
    for (let e = /** @type {Element | null} */ (el); e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c && c.a > 0) { layers.push(c); if (c.a >= 1) break; }
    }
    let bg = { r: 255, g: 255, b: 255 };
    for (const l of layers.reverse()) bg = over(bg, l);
    return bg;
  };
  const problems = [];
  for (const el of Array.from(document.querySelectorAll('body *'))) {
    const own = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
    const box = el.getBoundingClientRect();
    if (!own || box.width === 0 || box.height === 0 || el.closest('[hidden], [disabled]')) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || Number(style.opacity) < 1) continue;
    const fgRaw = parse(style.color);
    if (!fgRaw) continue;
    const bg = background(el);
    const fg = over(bg, fgRaw);
    const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
    const ratio = (a + 0.05) / (b + 0.05);
    if (ratio < 4.5) problems.push(`${el.tagName.toLowerCase()}.${el.className} "${el.textContent?.trim().slice(0, 30)}" ${ratio.toFixed(2)}`);
  }
  return problems;
}
