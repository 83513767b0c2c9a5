// @ts-check
// Starts reading the active tab, loading the data and compiling the Wasm the moment the popup
// opens. A classic script runs as soon as it is parsed, while the module bootstrap (popup.js)
// must first download the Wasm glue it imports: this way the page extracts while the core
// compiles.

// How long the popup waits for the page to answer. A wedged page (a busy loop, an open alert())
// never runs the extractor; past this the popup says so and offers a Retry. Normal pages answer
// in well under a second, hostile ones (see BENCHMARKS.md) within about one.
const EXTRACTION_DEADLINE_MS = 8000;

/**
 * Injects extract.js into the active tab; its result is the snapshot as a JSON string. Never
 * rejects: Chrome's error message is passed on for the core to explain to the user, and a page
 * that does not answer in time gives `timedOut`. The tab id is for the tab's toolbar badge.
 * Injected immediately, not at document_idle: a page still streaming its HTML has its links on
 * screen long before it finishes loading, and the extractor reads what is there.
 * @returns {Promise<{ url?: string, tabId?: number, result?: unknown, error?: string, timedOut?: boolean, askedAt?: number, pageBeganAt?: number, pageDoneAt?: number, answeredAt?: number }>}
 */
async function extractActiveTab() {
  /** @type {string | undefined} */
  let url;
  /** @type {number | undefined} */
  let tabId;
  try {
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    url = tab?.url;
    tabId = tab?.id;
    if (tabId === undefined) return { url, error: 'no active tab' };
    const askedAt = performance.now();
    const injection = chrome.scripting.executeScript({ target: { tabId }, files: ['extract.js'], injectImmediately: true });
    /** @type {ReturnType<typeof setTimeout> | undefined} */
    let timer;
    const deadline = new Promise((resolve) => {
      timer = setTimeout(() => resolve(undefined), EXTRACTION_DEADLINE_MS);
    });
    const results = await Promise.race([injection, deadline]);
    clearTimeout(timer);
    if (results === undefined) {
      // The injection may still finish later: its result is then dropped.
      injection.catch(() => {});
      return { url, tabId, timedOut: true };
    }
    const [first] = /** @type {{ result?: unknown }[]} */ (results);
    const answeredAt = performance.now();
    const result = first?.result;
    // For the benchmark's timeline (popup clock): when the page was asked, when the extractor
    // began and finished (its JSON ends with them, on the epoch clock), when the answer arrived.
    const timing = typeof result === 'string' ? /"timing":\[(\d+),(\d+)\]\}$/.exec(result.slice(-64)) : null;
    const onPopupClock = (/** @type {string} */ t) => Number(t) - performance.timeOrigin;
    return { url, tabId, result, askedAt, pageBeganAt: timing ? onPopupClock(timing[1]) : undefined, pageDoneAt: timing ? onPopupClock(timing[2]) : undefined, answeredAt };
  } catch (error) {
    return { url, tabId, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Fetches the offline domain data (authority tiers, bad neighbourhoods). Never rejects.
 * @returns {Promise<{ bytes?: ArrayBuffer, error?: string }>}
 */
async function fetchDomainData() {
  try {
    const response = await fetch('data/domain-intel.bin');
    if (!response.ok) return { error: `HTTP ${response.status}` };
    return { bytes: await response.arrayBuffer() };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Fetches the Public Suffix List and the core's word tables (the popup's Wasm does not carry them:
 * Cargo feature `data-assets`). Never rejects.
 * @returns {Promise<{ text?: string, tables?: string, error?: string }>}
 */
async function fetchSuffixes() {
  try {
    const [text, tables] = await Promise.all(['data/public-suffix-list.dat', 'data/tables.txt'].map(async (file) => {
      // A missing file of the package rejects ("Failed to fetch"): name the file either way.
      const response = await fetch(file).catch((error) => { throw new Error(`${file}: ${error instanceof Error ? error.message : error}`); });
      if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
      return response.text();
    }));
    return { text, tables };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Reads the user's profile from storage. Never rejects.
 * @returns {Promise<{ profile?: unknown, error?: string }>}
 */
async function readProfile() {
  try {
    const { profile } = await chrome.storage.local.get('profile');
    return { profile };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Fetches and compiles the popup's Wasm now, beside the extraction, instead of after popup.js
 * and its glue module have loaded. Never rejects: undefined lets popup.js load it the usual way
 * (and report a real failure).
 * @returns {Promise<WebAssembly.Module | undefined>}
 */
async function compileWasm() {
  try {
    return await WebAssembly.compileStreaming(fetch('pkg/backlink_bot_bg.wasm'));
  } catch {
    return undefined;
  }
}

/** @type {any} */ (window).backlinkBotExtraction = extractActiveTab();
/** @type {any} */ (window).backlinkBotWasm = compileWasm();
// The popup's Retry button (after a page did not answer) injects again.
/** @type {any} */ (window).backlinkBotRetry = () => extractActiveTab();
/** @type {any} */ (window).backlinkBotProfile = readProfile();
/** @type {any} */ (window).backlinkBotDomainData = fetchDomainData();
/** @type {any} */ (window).backlinkBotSuffixes = fetchSuffixes();
