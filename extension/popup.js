// @ts-check
// Bootstrap only: load the Wasm core and hand it the extraction popup-start.js began. All judging
// and drawing is Rust.
import init, { startPopup, testPanic } from './pkg/backlink_bot.js';

// The test copy of the extension (its manifest says so: tests/e2e/harness.mjs) lets tests panic
// the core on purpose; testPanic itself refuses in a shipped build.
if (/** @type {any} */ (chrome.runtime.getManifest()).test_hooks) /** @type {any} */ (window).backlinkBotTestPanic = testPanic;

/** @type {Promise<WebAssembly.Module | undefined>} */ ((/** @type {any} */ (window)).backlinkBotWasm ?? Promise.resolve(undefined))
  // The module popup-start.js compiled while the page was being read (else the glue fetches it).
  .then((module) => init(module ? { module_or_path: module } : undefined))
  .then(() => {
    const w = /** @type {any} */ (window);
    return startPopup(w.backlinkBotExtraction, w.backlinkBotDomainData, w.backlinkBotProfile, w.backlinkBotSuffixes);
  })
  .catch((/** @type {unknown} */ error) => {
    // The Wasm failed to load (a broken build): say so instead of a blank popup.
    document.body.dataset.state = 'error';
    const app = document.getElementById('app');
    if (app) app.textContent = `Backlink Bot could not start: ${error instanceof Error ? error.message : String(error)}`;
  });
