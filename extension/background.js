// @ts-check
// The service worker. Listeners are registered at top level (MV3 workers are started on demand
// and stopped when idle); nothing is kept in globals.

chrome.runtime.onInstalled.addListener(() => {
  // The badge shows scores and "saved" marks; one colour for all of them.
  chrome.action.setBadgeBackgroundColor({ color: '#1f6feb' });
});
