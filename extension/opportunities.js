// @ts-check
// Bootstrap only: load the Wasm core and let Rust draw the Opportunities page.
import init, { startOpportunities, testPanic, selectedUrls } from './pkg/backlink_bot_pages.js';

// The test copy of the extension (its manifest says so: tests/e2e/harness.mjs) lets tests panic
// the core on purpose; testPanic itself refuses in a shipped build.
if (/** @type {any} */ (chrome.runtime.getManifest()).test_hooks) /** @type {any} */ (window).backlinkBotTestPanic = testPanic;

// *Check won links* (issue 16): asks for host access in the click itself (Chrome prompts only on
// a user gesture); allowed, loads the link checker's own module, which re-reads every page marked
// won (or the selected ones), records what it finds on each record and draws a summary.
document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('#check-won') : null;
  const slot = document.getElementById('won-checks');
  if (!(button instanceof HTMLButtonElement) || !slot) return;
  button.disabled = true;
  chrome.permissions.request({ origins: ['http://*/*', 'https://*/*'], permissions: ['webRequest'] })
    .then(async (granted) => {
      if (!granted) {
        slot.dataset.checkState = 'denied';
        slot.textContent = chrome.i18n.getMessage('check_needs_permission');
        return;
      }
      const checker = await import('./pkg/backlink_bot_checks.js');
      await checker.default();
      // Rows selected: only those (won) pages; none: every won page.
      await checker.checkWonLinks(selectedUrls());
    })
    .catch((/** @type {unknown} */ error) => {
      slot.dataset.checkState = 'error';
      slot.textContent = chrome.i18n.getMessage('check_failed', [error instanceof Error ? error.message : String(error)]);
    })
    .finally(() => { button.disabled = false; });
});

init()
  .then(() => startOpportunities())
  .catch((/** @type {unknown} */ error) => {
    document.body.dataset.state = 'error';
    const app = document.getElementById('app');
    if (app) app.textContent = `Backlink Bot could not start: ${error instanceof Error ? error.message : String(error)}`;
  });
