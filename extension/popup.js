// @ts-check
// Bootstrap only: load the Wasm core and hand it the extraction popup-start.js began. All judging
// and drawing is Rust.
import init, { startPopup } from './pkg/backlink_bot.js';

init()
  .then(() => {
    const w = /** @type {any} */ (window);
    return startPopup(w.backlinkBotExtraction, w.backlinkBotDomainData, w.backlinkBotProfile);
  })
  .catch((/** @type {unknown} */ error) => {
    // The Wasm failed to load (a broken build): say so instead of a blank popup.
    document.body.dataset.state = 'error';
    const app = document.getElementById('app');
    if (app) app.textContent = `Backlink Bot could not start: ${error instanceof Error ? error.message : String(error)}`;
  });
