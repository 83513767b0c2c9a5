// @ts-check
/**
 * Runs extension/extract.js on every fixture page in headless Chromium and writes
 * tests/fixtures/NAME.snapshot.json next to NAME.html: the PageSnapshot inputs of the Rust
 * integration tests. The server's random port is replaced by 8000 in every string, so the files
 * are stable across runs.
 *
 *   node tests/tools/snapshot-fixtures.mjs           # (re)write the snapshots
 *   node tests/tools/snapshot-fixtures.mjs --check   # exit 1 if any is stale or missing
 */

import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../e2e/server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const FIXTURES = path.join(ROOT, 'tests', 'fixtures');
const EXTRACTOR = path.join(ROOT, 'extension', 'extract.js');
const STABLE_HOST = '127.0.0.1:8000';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--headless=new'];

/**
 * The fixture pages a snapshot is kept for (generated big pages are benchmarks, not fixtures).
 * @returns {Promise<string[]>} file names, sorted
 */
export async function fixturePages() {
  const names = await readdir(FIXTURES);
  return names.filter((n) => n.endsWith('.html') && !n.startsWith('big')).sort();
}

/**
 * Every string in `value` with `from` replaced by `to`, recursively.
 * @param {unknown} value @param {string} from @param {string} to
 * @returns {unknown}
 */
function replaceInStrings(value, from, to) {
  if (typeof value === 'string') return value.split(from).join(to);
  if (Array.isArray(value)) return value.map((v) => replaceInStrings(v, from, to));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceInStrings(v, from, to)]));
  }
  return value;
}

/**
 * Snapshots every fixture. Writes the files, or with `check` only compares them.
 * @param {{ check?: boolean, executablePath?: string }} [options]
 * @returns {Promise<string[]>} the fixtures whose snapshot differed from the file on disk
 *   (missing counts as different); in write mode those are the files rewritten.
 */
export async function snapshotFixtures({ check = false, executablePath = '/usr/bin/chromium' } = {}) {
  const source = await readFile(EXTRACTOR, 'utf8');
  const pages = await fixturePages();
  const server = await startServer({ root: FIXTURES });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  /** @type {string[]} */
  const differing = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    for (const name of pages) {
      const page = await context.newPage();
      try {
        await page.goto(`${server.origin}/${name}`, { waitUntil: 'load' });
        const raw = JSON.parse(await page.evaluate(source));
        delete raw.timing; // when the extractor ran: differs every run, and the core ignores it
        const snapshot = replaceInStrings(raw, `127.0.0.1:${server.port}`, STABLE_HOST);
        const json = JSON.stringify(snapshot, null, 2) + '\n';
        const file = path.join(FIXTURES, name.replace(/\.html$/, '.snapshot.json'));
        const current = await readFile(file, 'utf8').catch(() => null);
        if (current === json) continue;
        differing.push(name);
        if (!check) await writeFile(file, json);
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return differing;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const check = process.argv.includes('--check');
  const differing = await snapshotFixtures({ check });
  if (check && differing.length > 0) {
    console.error(`stale snapshots (run node tests/tools/snapshot-fixtures.mjs): ${differing.join(', ')}`);
    process.exit(1);
  }
  console.log(check ? 'snapshots are current' : differing.length ? `wrote: ${differing.join(', ')}` : 'snapshots unchanged');
}
