// @ts-check
// Bootstrap only: load the Wasm core and let Rust draw the Opportunities page.
import init, { startOpportunities } from './pkg/backlink_bot_pages.js';

init()
  .then(() => startOpportunities())
  .catch((/** @type {unknown} */ error) => {
    document.body.dataset.state = 'error';
    const app = document.getElementById('app');
    if (app) app.textContent = `Backlink Bot could not start: ${error instanceof Error ? error.message : String(error)}`;
  });
