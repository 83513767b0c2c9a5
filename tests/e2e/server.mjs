// @ts-check
/**
 * A tiny static HTTP server for tests: 127.0.0.1 only, an ephemeral port, files under `root`
 * (no path traversal), optional extra headers per path (e.g. a strict CSP on one page), and
 * `/big/N.html`, a generated N-link page for benchmarks, and the hostile pages of
 * tests/fixtures/generate-hostile.mjs under `/hostile/` (nested anchors, content-visibility
 * sections, a response that never ends, a page holding its thread until released, an alert).
 *
 *   const server = await startServer({ root: 'tests/fixtures', headers: { '/csp.html': { 'Content-Security-Policy': "script-src 'none'" } } });
 *   await page.goto(`${server.origin}/blog-editorial.html`);
 *   await server.close();
 */

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { bigPageHtml } from '../fixtures/generate-big.mjs';
import { nestedAnchorsHtml, contentVisibilityHtml, streamingHead, busyHtml, alertHtml, MAX_HOSTILE_N } from '../fixtures/generate-hostile.mjs';

/** @type {Record<string, string>} */
const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.bin': 'application/octet-stream',
};

const MAX_BIG_LINKS = 100000;

/**
 * @param {{ root: string, headers?: Record<string, Record<string, string>> }} options
 *   `headers` maps a URL path (e.g. "/csp.html") to extra response headers for it.
 * @returns {Promise<{ port: number, origin: string, close: () => Promise<void> }>}
 */
export async function startServer({ root, headers = {} }) {
  const base = path.resolve(root);
  /** Busy pages (by id) the test released. */
  const released = new Set();

  const server = createServer(async (req, res) => {
    /** @param {number} status @param {string | Buffer} body @param {string} type */
    const send = (status, body, type) => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...(headers[pathname] || {}) });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    let pathname = '/';
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed', 'text/plain');
      const raw = new URL(req.url || '/', 'http://127.0.0.1').pathname;
      try {
        pathname = decodeURIComponent(raw);
      } catch {
        return send(400, 'bad request', 'text/plain');
      }
      if (pathname.includes('\0')) return send(400, 'bad request', 'text/plain');

      const big = /^\/big\/(\d{1,6})\.html$/.exec(pathname);
      if (big) {
        const n = Number(big[1]);
        if (n > MAX_BIG_LINKS) return send(400, 'too many links', 'text/plain');
        return send(200, bigPageHtml(n), CONTENT_TYPES['.html']);
      }
      if (pathname.startsWith('/hostile/')) {
        const query = new URL(req.url || '/', 'http://127.0.0.1').searchParams;
        const n = Math.min(Number(query.get('n')) || 0, MAX_HOSTILE_N);
        const id = query.get('id') || '';
        switch (pathname) {
          case '/hostile/nested-anchors.html': return send(200, nestedAnchorsHtml(n || 1500), CONTENT_TYPES['.html']);
          case '/hostile/content-visibility.html': return send(200, contentVisibilityHtml(n || 8000), CONTENT_TYPES['.html']);
          case '/hostile/busy.html': return send(200, busyHtml(id), CONTENT_TYPES['.html']);
          case '/hostile/alert.html': return send(200, alertHtml(), CONTENT_TYPES['.html']);
          case '/hostile/release':
            released.add(id);
            return send(200, 'released', 'text/plain');
          case '/hostile/busy-state':
            // Answered a little later: the page's loop of synchronous requests stays light.
            await new Promise((r) => setTimeout(r, 50));
            return send(200, released.has(id) ? 'free' : 'busy', 'text/plain');
          case '/hostile/streaming.html':
            // Links first, then the response stays open (ended only by close()).
            res.writeHead(200, { 'Content-Type': CONTENT_TYPES['.html'], 'Cache-Control': 'no-store' });
            res.write(streamingHead());
            return;
          default: // static hostile pages: tests/fixtures/hostile/ under `root`
        }
      }

      // Resolve under the root and refuse anything that escapes it ("..", absolute paths).
      let file = path.resolve(base, '.' + path.posix.normalize(pathname));
      if (file !== base && !file.startsWith(base + path.sep)) return send(403, 'forbidden', 'text/plain');
      const info = await stat(file).catch(() => null);
      if (info && info.isDirectory()) file = path.join(file, 'index.html');
      const body = await readFile(file).catch(() => null);
      if (!body) return send(404, 'not found', 'text/plain');
      send(200, body, CONTENT_TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream');
    } catch (err) {
      if (!res.headersSent) send(500, String(err), 'text/plain');
      else res.destroy();
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no TCP address');
  const port = address.port;

  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
