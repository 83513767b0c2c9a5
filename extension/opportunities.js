// @ts-check
// Bootstrap only: load the Wasm core and let Rust draw the Opportunities page.
import init, { startOpportunities, testPanic } from './pkg/backlink_bot_pages.js';

// The test copy of the extension (its manifest says so: tests/e2e/harness.mjs) lets tests panic
// the core on purpose; testPanic itself refuses in a shipped build.
if (/** @type {any} */ (chrome.runtime.getManifest()).test_hooks) /** @type {any} */ (window).backlinkBotTestPanic = testPanic;

init()
  .then(() => startOpportunities())
  .catch((/** @type {unknown} */ error) => {
    document.body.dataset.state = 'error';
    const app = document.getElementById('app');
    if (app) app.textContent = `Backlink Bot could not start: ${error instanceof Error ? error.message : String(error)}`;
  });
