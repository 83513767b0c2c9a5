// @ts-check
// Bootstrap only: load the Wasm core and the domain data's manifest, and let Rust draw the page.
import init, { startOptions } from './pkg/backlink_bot_pages.js';

const domainData = fetch('data/domain-intel.json').then((r) => (r.ok ? r.json() : undefined)).catch(() => undefined);

Promise.all([init(), domainData])
  .then(([, manifest]) => startOptions(chrome.runtime.getManifest().version, manifest))
  .catch((/** @type {unknown} */ error) => {
    document.body.dataset.state = 'error';
    const app = document.getElementById('app');
    if (app) app.textContent = `Backlink Bot could not start: ${error instanceof Error ? error.message : String(error)}`;
  });
