// @ts-check
// Bootstrap only: load the Wasm core and let Rust draw the Backlinks page.
import init, { startBacklinks, testPanic } from './pkg/backlink_bot_backlinks.js';

if (/** @type {any} */ (chrome.runtime.getManifest()).test_hooks) /** @type {any} */ (window).backlinkBotTestPanic = testPanic;

init()
  .then(() => startBacklinks())
  .catch((/** @type {unknown} */ error) => {
    document.body.dataset.state = 'error';
    const app = document.getElementById('app');
    if (app) app.textContent = `Backlink Bot could not start: ${error instanceof Error ? error.message : String(error)}`;
  });
