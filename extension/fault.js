// @ts-check
// Loaded first by every extension page, before the Wasm: whatever goes wrong in the core, the
// page ends in a clear error state, never a stuck "Analysing…". The Rust panic hook calls
// `backlinkBotFault(message)` (src/web/fault.rs); a trap that runs no hook (out of memory) or a
// failed start reaches the window's error events below. Text only: a message may quote page text.
(() => {
  const w = /** @type {any} */ (window);

  /** @param {string} message */
  function fault(message) {
    if (w.backlinkBotFaulted) return;
    w.backlinkBotFaulted = true;
    const show = () => {
      const body = document.body;
      const wasLoading = body.dataset.state === 'loading';
      body.dataset.state = 'error';
      body.dataset.poisoned = 'true';
      const card = document.createElement('section');
      card.id = 'fault';
      card.className = 'card error fault';
      card.setAttribute('role', 'alert');
      card.dataset.error = 'internal';
      const title = document.createElement('h2');
      // In the user's language (_locales), English when the messages cannot be read.
      const say = (/** @type {string} */ key, /** @type {string[]} */ subs) => {
        try { return chrome.i18n.getMessage(key, subs); } catch { return ''; }
      };
      title.textContent = say('internal_error', []) || 'Internal error';
      const text = document.createElement('p');
      text.className = 'error-message';
      text.textContent = say('internal_error_text', [message]) ||
        `Backlink Bot hit an internal error on this page: ${message}; nothing was saved or changed. ` +
        'Reload the page (or click the icon again) to start over.';
      card.append(title, text);
      const app = document.getElementById('app');
      // A spinner would only contradict the error; finished content stays, greyed, for reading.
      if (app && wasLoading) app.textContent = '';
      (app ?? body).prepend(card);
    };
    if (document.body) show();
    else document.addEventListener('DOMContentLoaded', show, { once: true });
  }

  w.backlinkBotFault = fault;
  addEventListener('error', (event) => {
    if (event.error instanceof WebAssembly.RuntimeError) fault(event.error.message);
  });
  addEventListener('unhandledrejection', (event) => {
    if (event.reason instanceof WebAssembly.RuntimeError) fault(event.reason.message);
  });
})();
