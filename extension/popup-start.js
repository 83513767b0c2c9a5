// @ts-check
// Starts reading the active tab (and loading the domain data) the moment the popup opens. A classic script runs as soon as it is
// parsed, while the module bootstrap (popup.js) must first download the Wasm glue it imports:
// this way the page extracts while the core loads.

/**
 * Injects extract.js into the active tab; its result is the snapshot as a JSON string. Never
 * rejects: Chrome's error message is passed on for the core to explain to the user. The tab id
 * is for the tab's toolbar badge.
 * @returns {Promise<{ url?: string, tabId?: number, result?: unknown, error?: string }>}
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
    const [first] = await chrome.scripting.executeScript({ target: { tabId }, files: ['extract.js'] });
    return { url, tabId, result: first?.result };
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

/** @type {any} */ (window).backlinkBotExtraction = extractActiveTab();
/** @type {any} */ (window).backlinkBotProfile = readProfile();
/** @type {any} */ (window).backlinkBotDomainData = fetchDomainData();
