// @ts-check
// Bootstrap only: start reading the active tab at once, so the page runs the extractor while the
// Wasm core downloads and compiles, then hand both to the core. All judging and drawing is Rust.
import init, { startPopup } from './pkg/backlink_bot.js';

/**
 * Injects extract.js into the active tab; its result is the snapshot as a JSON string. Never
 * rejects: Chrome's error message is passed on for the core to explain to the user.
 * @returns {Promise<{ url?: string, result?: unknown, error?: string }>}
 */
async function extractActiveTab() {
  /** @type {string | undefined} */
  let url;
  try {
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    url = tab?.url;
    if (tab?.id === undefined) return { url, error: 'no active tab' };
    const [first] = await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['extract.js'] });
    return { url, result: first?.result };
  } catch (error) {
    return { url, error: error instanceof Error ? error.message : String(error) };
  }
}

const extraction = extractActiveTab();
init()
  .then(() => startPopup(extraction))
  .catch((/** @type {unknown} */ error) => {
    // The Wasm failed to load (a broken build): say so instead of a blank popup.
    document.body.dataset.state = 'error';
    const app = document.getElementById('app');
    if (app) app.textContent = `Backlink Bot could not start: ${error instanceof Error ? error.message : String(error)}`;
  });
