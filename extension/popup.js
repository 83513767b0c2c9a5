// @ts-check
// Bootstrap only: load the Wasm core and hand it the extraction popup-start.js began. All judging
// and drawing is Rust.
import init, { startPopup, testPanic, linkCheckPicks } from './pkg/backlink_bot.js';

// The test copy of the extension (its manifest says so: tests/e2e/harness.mjs) lets tests panic
// the core on purpose; testPanic itself refuses in a shipped build.
if (/** @type {any} */ (chrome.runtime.getManifest()).test_hooks) /** @type {any} */ (window).backlinkBotTestPanic = testPanic;

// *Check links* (issue 16): asks for host access in the click itself (Chrome prompts only on a
// user gesture); refused, the popup's own hidden notice is shown and nothing is fetched. Granted,
// the link checker's own module is loaded and checks the links the core picked, drawing itself.
document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('[data-action="check-links"]') : null;
  const slot = document.getElementById('link-checks');
  const denied = /** @type {HTMLElement | null} */ (document.querySelector('[data-check-denied]'));
  if (!(button instanceof HTMLButtonElement) || !slot || !denied) return;
  button.disabled = true;
  chrome.permissions.request({ origins: ['http://*/*', 'https://*/*'], permissions: ['webRequest'] })
    .then(async (granted) => {
      denied.hidden = granted;
      if (!granted) {
        slot.dataset.checkState = 'denied';
        return;
      }
      const extraction = await /** @type {any} */ (window).backlinkBotExtraction;
      const checker = await import('./pkg/backlink_bot_checks.js');
      await checker.default();
      await checker.runLinkChecks(extraction.result, linkCheckPicks() ?? '{"relevant":false,"picks":[]}', typeof extraction.tabId === 'number' ? extraction.tabId : undefined);
    })
    .catch((/** @type {unknown} */ error) => {
      slot.dataset.checkState = 'error';
      slot.textContent = chrome.i18n.getMessage('check_failed', [error instanceof Error ? error.message : String(error)]);
    })
    .finally(() => { button.disabled = false; });
});

/** @type {Promise<WebAssembly.Module | undefined>} */ ((/** @type {any} */ (window)).backlinkBotWasm ?? Promise.resolve(undefined))
  // The module popup-start.js compiled while the page was being read (else the glue fetches it).
  .then((module) => init(module ? { module_or_path: module } : undefined))
  .then(() => {
    const w = /** @type {any} */ (window);
    return startPopup(w.backlinkBotExtraction, w.backlinkBotDomainData, w.backlinkBotProfile, w.backlinkBotSuffixes);
  })
  .then(async () => {
    // Say up front that checking links needs host access, when it has not been given.
    const granted = await chrome.permissions.contains({ origins: ['http://*/*', 'https://*/*'] });
    const denied = /** @type {HTMLElement | null} */ (document.querySelector('[data-check-denied]'));
    if (denied) denied.hidden = granted;
  })
  .catch((/** @type {unknown} */ error) => {
    // The Wasm failed to load (a broken build): say so instead of a blank popup.
    document.body.dataset.state = 'error';
    const app = document.getElementById('app');
    if (app) app.textContent = `Backlink Bot could not start: ${error instanceof Error ? error.message : String(error)}`;
  });
