// Trunk post_build hook: puts a strict Content-Security-Policy into the built index.html, with
// the hash of the one inline module script Trunk writes (it changes with every build). No
// 'unsafe-eval': 'wasm-unsafe-eval' lets the WebAssembly compile. Style attributes (bar
// widths, swatches) need 'unsafe-inline' for attributes only; no inline <style> or script
// runs otherwise. The app requests nothing from other origins, so everything is 'self'.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) throw new Error('csp.mjs: no TRUNK_STAGING_DIR and no directory given');
const file = path.join(dir, 'index.html');
let html = fs.readFileSync(file, 'utf8');
const inline = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (inline.length !== 1) throw new Error(`csp.mjs: expected one inline module script in ${file}, found ${inline.length}`);
const sha256 = (text) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const hash = sha256(inline[0]);
// The stylesheet is inlined (the first paint waits for no request): its <style> by hash.
const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => sha256(m[1]));
const policy = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${hash}`,
  ["style-src 'self'", ...styles].join(' '),
  "style-src-attr 'unsafe-inline'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n?/, '');
html = html.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n  <meta http-equiv="Content-Security-Policy" content="${policy}">`);
fs.writeFileSync(file, html);
console.log(`csp.mjs: policy written with script hash ${hash.slice(0, 20)}…, ${styles.length} style hash(es)`);

// The service worker learns the build's files (to cache on install) and its version (so a new
// build replaces the old cache).
const worker = path.join(dir, 'sw.js');
if (fs.existsSync(worker)) {
  const files = fs.readdirSync(dir).filter((f) => f !== 'sw.js' && fs.statSync(path.join(dir, f)).isFile()).sort();
  const version = crypto.createHash('sha256').update(html).update(files.join('\n')).digest('hex').slice(0, 16);
  const source = fs.readFileSync(worker, 'utf8')
    .replace("const VERSION = 'dev';", `const VERSION = '${version}';`)
    .replace('const FILES = [];', `const FILES = ${JSON.stringify(files)};`);
  fs.writeFileSync(worker, source);
  console.log(`csp.mjs: sw.js caches ${files.length} files, version ${version}`);
}
