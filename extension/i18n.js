// @ts-check
// Fills the HTML shells' own words from chrome.i18n (_locales/<lang>/messages.json, chosen by
// the browser's language) and sets the document's language to the one the words are in.
// Deferred: it runs once the shell is parsed and before the page's module script draws the
// rest. Words only ever go in as text.
for (const el of document.querySelectorAll('[data-i18n]')) {
  const message = chrome.i18n.getMessage(/** @type {HTMLElement} */ (el).dataset.i18n ?? '');
  if (message) el.textContent = message;
}
document.documentElement.lang = chrome.i18n.getMessage('page_lang') || 'en';
