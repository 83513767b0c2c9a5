// @ts-check
// Bootstrap only: load the Wasm core and let it draw the options page.
import init, { startOptions } from './pkg/backlink_bot.js';

init()
  .then(() => startOptions(chrome.runtime.getManifest().version))
  .catch((/** @type {unknown} */ error) => {
    document.body.dataset.state = 'error';
    const app = document.getElementById('app');
    if (app) app.textContent = `Backlink Bot could not start: ${error instanceof Error ? error.message : String(error)}`;
  });
