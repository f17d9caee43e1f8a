// A tiny static file server for the built app, using only node's built-ins.
//
//   import { serveDist } from './serve.mjs';
//   const server = await serveDist('dist', { prefix: '/atlas/' });
//   // server.url === 'http://127.0.0.1:PORT/atlas/'
//   await server.close();
//
// CLI (manual use):  node tests/e2e/serve.mjs DIST [PORT] [PREFIX] [--gzip]
//
// Requests outside the prefix get 404; the bare prefix without its trailing slash
// ("/atlas") is redirected to "/atlas/". Directory paths serve their index.html.
// No SPA fallback: a missing file is a 404, so a broken asset path shows up in tests.
// With { gzip: true } responses are gzip-compressed when the browser accepts it, as a static
// host serves them (used by the Lighthouse audit; compressed once per file and kept).

import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.bin': 'application/octet-stream',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export function contentType(file) {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function normalisePrefix(prefix) {
  let p = prefix || '/';
  if (!p.startsWith('/')) p = '/' + p;
  if (!p.endsWith('/')) p += '/';
  return p;
}

/**
 * Serve `distDir` on 127.0.0.1 at `prefix`.
 * @returns {Promise<{url: string, port: number, prefix: string, close: () => Promise<void>}>}
 */
export async function serveDist(distDir, { prefix = '/', port = 0, log = false, gzip = false } = {}) {
  const compressed = new Map(); // file, time and size → gzip bytes
  const root = path.resolve(distDir);
  if (!fs.statSync(root).isDirectory()) throw new Error(`not a directory: ${root}`);
  const pre = normalisePrefix(prefix);

  const server = http.createServer((req, res) => {
    const send = (status, body, headers = {}) => {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
      if (log) console.log(`${status} ${req.method} ${req.url}`);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed\n', { allow: 'GET, HEAD' });

    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    } catch {
      return send(400, 'bad request\n');
    }
    if (pathname.includes('\0')) return send(400, 'bad request\n');

    if (pre !== '/' && pathname === pre.slice(0, -1)) {
      const q = req.url.indexOf('?');
      return send(301, 'moved\n', { location: pre + (q >= 0 ? req.url.slice(q) : '') });
    }
    if (!pathname.startsWith(pre)) return send(404, 'not found (outside prefix)\n');

    const rel = pathname.slice(pre.length);
    let file = path.resolve(root, '.' + path.posix.sep + rel);
    if (file !== root && !file.startsWith(root + path.sep)) return send(404, 'not found\n');

    let stat;
    try {
      stat = fs.statSync(file);
      if (stat.isDirectory()) {
        file = path.join(file, 'index.html');
        stat = fs.statSync(file);
      }
    } catch {
      return send(404, 'not found\n');
    }
    if (!stat.isFile()) return send(404, 'not found\n');

    if (log) console.log(`200 ${req.method} ${req.url}`);
    if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      const key = `${file}\0${stat.mtimeMs}\0${stat.size}`; // a rebuilt file is compressed again
      if (!compressed.has(key)) compressed.set(key, zlib.gzipSync(fs.readFileSync(file), { level: 9 }));
      const body = compressed.get(key);
      res.writeHead(200, {
        'content-type': contentType(file),
        'content-length': body.length,
        'content-encoding': 'gzip',
        'cache-control': 'no-store',
      });
      return res.end(req.method === 'HEAD' ? undefined : body);
    }
    res.writeHead(200, {
      'content-type': contentType(file),
      'content-length': stat.size,
      'cache-control': 'no-store',
    });
    if (req.method === 'HEAD') return res.end();
    fs.createReadStream(file).on('error', () => res.destroy()).pipe(res);
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = server.address().port;
  return {
    url: `http://127.0.0.1:${actualPort}${pre}`,
    port: actualPort,
    prefix: pre,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections?.();
      }),
  };
}

// CLI
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2).filter((a) => a !== '--gzip');
  const [dist, port = '8080', prefix = '/'] = args;
  if (!dist) {
    console.error('usage: node tests/e2e/serve.mjs DIST [PORT] [PREFIX]');
    process.exit(2);
  }
  const s = await serveDist(dist, { port: Number(port), prefix, log: true, gzip: process.argv.includes('--gzip') });
  console.log(`serving ${path.resolve(dist)} at ${s.url}  (Ctrl-C to stop)`);
  process.on('SIGINT', async () => {
    await s.close();
    process.exit(0);
  });
}
