// @ts-check
// Bootstrap only: load the Wasm core and the domain data's manifest, and let Rust draw the page.
import init, { startOptions, testPanic } from './pkg/backlink_bot_pages.js';

// The test copy of the extension (its manifest says so: tests/e2e/harness.mjs) lets tests panic
// the core on purpose; testPanic itself refuses in a shipped build.
if (/** @type {any} */ (chrome.runtime.getManifest()).test_hooks) /** @type {any} */ (window).backlinkBotTestPanic = testPanic;

const domainData = fetch('data/domain-intel.json').then((r) => (r.ok ? r.json() : undefined)).catch(() => undefined);

Promise.all([init(), domainData])
  .then(([, manifest]) => startOptions(chrome.runtime.getManifest().version, manifest))
  .catch((/** @type {unknown} */ error) => {
    document.body.dataset.state = 'error';
    const app = document.getElementById('app');
    if (app) app.textContent = `Backlink Bot could not start: ${error instanceof Error ? error.message : String(error)}`;
  });
