// @ts-check
// The popup race (issue 13): Backlink Bot against two reference popups built here as throwaway
// extensions under target/race/, on the same page, in one run:
//  - "empty": a popup that only sets data-state=ready (what Chromium itself costs: opening the
//    popup window and loading a document);
//  - "minimal JS": injects a function into the tab that reads every link's href, text and rel,
//    and lists 100 of them (the least a link tool must do).
// Each extension gets its own browser; runs go round-robin (empty, minimal, Backlink Bot, …) so
// the machine's load falls on all three alike. Time is click → ready, both ends on the epoch
// clock: the test's Date.now() just before Extensions.triggerAction, and the popup's
// performance.timeOrigin + the moment it set data-state=ready (no polling error).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, openPopup, ROOT, DIST } from './harness.mjs';

const RACE_DIR = join(ROOT, 'target/race');

/** The reference extensions' files. */
const REFERENCES = {
  empty: {
    'popup.js': "document.body.dataset.readyAt = String(performance.timeOrigin + performance.now());\ndocument.body.dataset.state = 'ready';\n",
  },
  minimal: {
    'popup.js': `const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
const [{ result }] = await chrome.scripting.executeScript({
  target: { tabId: tab.id },
  injectImmediately: true,
  func: () => Array.from(document.links, (a) => [a.href, a.textContent, a.rel]),
});
const list = document.getElementById('list');
for (const [href, text, rel] of result.slice(0, 100)) {
  const li = document.createElement('li');
  li.textContent = text + ' ' + href + ' ' + rel;
  list.append(li);
}
document.body.dataset.links = String(result.length);
document.body.dataset.readyAt = String(performance.timeOrigin + performance.now());
document.body.dataset.state = 'ready';
`,
  },
};

/** Writes target/race/<name>/ for each reference popup; returns their directories. */
export async function writeReferencePopups() {
  /** @type {Record<string, string>} */
  const dirs = {};
  for (const [name, files] of Object.entries(REFERENCES)) {
    const dir = join(RACE_DIR, name);
    await mkdir(dir, { recursive: true });
    // An empty service worker: the harness finds an extension's id through it.
    const manifest = { manifest_version: 3, name: `race-${name}`, version: '1.0', action: { default_popup: 'popup.html' }, permissions: ['activeTab', 'scripting'], background: { service_worker: 'background.js' } };
    await writeFile(join(dir, 'background.js'), '// (the harness finds the extension through its worker)\n');
    await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
    await writeFile(join(dir, 'popup.html'), '<!doctype html><meta charset="utf-8"><body data-state="loading"><ol id="list"></ol><script type="module" src="popup.js"></script></body>\n');
    for (const [file, text] of Object.entries(files)) await writeFile(join(dir, file), text);
    dirs[name] = dir;
  }
  return dirs;
}

/**
 * Races the three popups on each page; returns the medians per page.
 * @param {string} origin the test server's origin (serves /big/N.html)
 * @param {number[]} sizes link counts of the pages
 * @param {number} runs measured runs per popup (one more, first, is discarded: it compiles)
 * @param {string} [baseline] the dist/ of another build of Backlink Bot to race as well
 */
export async function race(origin, sizes, runs, baseline = '') {
  const dirs = await writeReferencePopups();
  const contenders = [
    { name: 'empty', h: await launch({ extensionDir: dirs.empty }) },
    { name: 'minimal', h: await launch({ extensionDir: dirs.minimal }) },
    { name: 'backlink-bot', h: await launch({ extensionDir: DIST }) },
  ];
  // An older build of Backlink Bot raced in the same run: a before/after on the same load.
  if (baseline) contenders.push({ name: 'baseline', h: await launch({ extensionDir: baseline }) });
  const results = [];
  try {
    for (const n of sizes) {
      const pages = await Promise.all(contenders.map(async (c) => {
        const page = await c.h.context.newPage();
        await page.goto(`${origin}/big/${n}.html`);
        return page;
      }));
      /** @type {Record<string, number[]>} */
      const times = Object.fromEntries(contenders.map((c) => [c.name, /** @type {number[]} */ ([])]));
      const readyMs = [];
      for (let i = 0; i <= runs; i++) {
        for (let k = 0; k < contenders.length; k++) {
          const c = contenders[(i + k) % contenders.length];
          const page = pages[contenders.indexOf(c)];
          const popup = await openPopup(c.h, page);
          const state = await popup.settled(60000);
          if (state !== 'ready') throw new Error(`${c.name} popup ${state} on ${n} links`);
          const d = await popup.eval(`({ readyAt: Number(document.body.dataset.readyAt ?? (performance.timeOrigin + Number(document.body.dataset.readyMs))), readyMs: Number(document.body.dataset.readyMs) })`);
          await popup.close();
          if (i === 0) continue;
          times[c.name].push(d.readyAt - popup.clickedAt);
          if (c.name === 'backlink-bot') readyMs.push(d.readyMs);
        }
      }
      for (const page of pages) await page.close();
      const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
      results.push({ n, empty: m.empty, minimal: m.minimal, bb: m['backlink-bot'], baseline: m.baseline, readyMs: median(readyMs) });
    }
  } finally {
    for (const c of contenders) await c.h.close();
  }
  return results;
}

/** @param {number[]} xs */
function median(xs) {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
}
