#!/usr/bin/env node
// @ts-check
// Screenshots of the popup for the README (issue 12): light and dark, without and with a profile,
// on tests/fixtures/popup-ux.html served from 127.0.0.1. Writes docs/popup-*.png.
//   node tools/screenshots.mjs        (after ./build.sh)
import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { BAKERY_PROFILE, fillProfile, launch, openPopup, ROOT } from '../tests/e2e/harness.mjs';
import { startServer } from '../tests/e2e/server.mjs';


const server = await startServer({ root: join(ROOT, 'tests/fixtures') });
const h = await launch();
try {
  await mkdir(join(ROOT, 'docs'), { recursive: true });
  for (const withProfile of [false, true]) {
    if (withProfile) await fillProfile(h, BAKERY_PROFILE);
    const page = await h.context.newPage();
    await page.goto(`${server.origin}/popup-ux.html`);
    for (const scheme of ['light', 'dark']) {
      const popup = await openPopup(h, page);
      await popup.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: scheme }] });
      await popup.settled();
      // The save card is drawn just after the scores.
      await popup.eval(`new Promise(r => { const t = Date.now(); (function w() { document.querySelector('#save') || Date.now() - t > 3000 ? r(1) : setTimeout(w, 20); })(); })`);
      const { width, height } = await popup.eval('({ width: document.documentElement.scrollWidth, height: Math.min(600, document.documentElement.scrollHeight) })');
      const shot = await popup.send('Page.captureScreenshot', { format: 'png', clip: { x: 0, y: 0, width, height, scale: 1 }, captureBeyondViewport: true });
      const name = `popup-${withProfile ? 'profile' : 'no-profile'}-${scheme}.png`;
      await writeFile(join(ROOT, 'docs', name), Buffer.from(shot.data, 'base64'));
      console.log(`docs/${name} ${width}×${height}`);
      await popup.close();
    }
    await page.close();
  }
} finally {
  await h.close();
  await server.close();
}
