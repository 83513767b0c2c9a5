// @ts-check
// Drives the built extension (dist/) in real headless Chromium: loads it, opens pages, clicks the
// toolbar icon through CDP (`Extensions.triggerAction`, which grants activeTab like a real click)
// and reads the action popup over raw CDP (Playwright does not expose it as a Page).
import { chromium } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = join(ROOT, 'dist');

/**
 * @typedef {{ context: import('playwright-core').BrowserContext,
 *   browser: import('playwright-core').Browser,
 *   cdp: import('playwright-core').CDPSession,
 *   worker: import('playwright-core').Worker,
 *   extensionId: string, userDataDir: string, close: () => Promise<void> }} Harness
 */

/**
 * Launches Chromium with the extension loaded into a user-data-dir (fresh unless given).
 * @param {{ userDataDir?: string }} [options]
 * @returns {Promise<Harness>}
 */
export async function launch(options = {}) {
  const fresh = !options.userDataDir;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'backlink-bot-e2e-')));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    // Playwright disables extensions by default; the flags below load ours and only ours.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-quic',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      `--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`,
      '--enable-unsafe-extension-debugging',
    ],
  });
  const browser = context.browser();
  if (!browser) throw new Error('no browser handle for the persistent context');
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 15000 });
  const extensionId = new URL(worker.url()).host;
  const cdp = await browser.newBrowserCDPSession();
  return {
    context, browser, cdp, worker, extensionId, userDataDir,
    async close() {
      await context.close();
      if (fresh) await rm(userDataDir, { recursive: true, force: true });
    },
  };
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
  const tab = targetInfos.find((t) => t.type === 'tab' && t.url === url);
  if (!tab) throw new Error(`no tab target for ${url}`);
  const popupUrl = `chrome-extension://${h.extensionId}/popup.html`;
  const earlier = new Set(targetInfos.filter((t) => t.url === popupUrl).map((t) => t.targetId));
  // Close a popup left from a previous click so we attach to the new one.
  if (!options.keepOthers) for (const id of earlier) await h.cdp.send('Target.closeTarget', { targetId: id });
  const clicked = Date.now();
  await h.cdp.send('Extensions.triggerAction', { id: h.extensionId, targetId: tab.targetId });
  const popupTarget = await waitFor(async () => {
    const { targetInfos: now } = await h.cdp.send('Target.getTargets', { filter: [{}] });
    return now.find((t) => t.url === popupUrl && t.type === 'page' && !earlier.has(t.targetId));
  }, 10000, 'the popup did not open');
  const { sessionId } = await h.cdp.send('Target.attachToTarget', { targetId: popupTarget.targetId, flatten: false });
  return new Popup(h.cdp, sessionId, popupTarget.targetId, clicked);
}

/** The action popup, reached over CDP. */
export class Popup {
  /**
   * @param {import('playwright-core').CDPSession} cdp
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
   * Evaluates an expression in the popup and returns its JSON value.
   * @param {string | Function} expression a JS expression, or a function called with no arguments
   */
  async eval(expression) {
    const source = typeof expression === 'function' ? `(${expression})()` : expression;
    /** @type {any} */
    const result = await this.cdp.send(/** @type {any} */ ('Target.sendMessageToTarget'), {
      sessionId: this.sessionId,
      message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params: { expression: source, returnByValue: true, awaitPromise: true } }),
    }).then(() => this.#reply(1));
    if (result.exceptionDetails) throw new Error(`popup eval failed: ${JSON.stringify(result.exceptionDetails)}`);
    return result.result.value;
  }

  /** @param {number} id */
  #reply(id) {
    return new Promise((resolvePromise) => {
      /** @param {any} event */
      const onMessage = (event) => {
        if (event.sessionId !== this.sessionId) return;
        const message = JSON.parse(event.message);
        if (message.id !== id) return;
        this.cdp.off(/** @type {any} */ ('Target.receivedMessageFromTarget'), onMessage);
        resolvePromise(message.result);
      };
      this.cdp.on(/** @type {any} */ ('Target.receivedMessageFromTarget'), onMessage);
    });
  }

  /** Waits until the popup leaves the loading state; returns `ready` or `error`. */
  async settled(timeout = 15000) {
    return waitFor(async () => {
      const state = await this.eval('document.body && document.body.dataset.state');
      return state && state !== 'loading' ? state : undefined;
    }, timeout, 'the popup stayed in the loading state');
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
