// Benchmark of own tables in the browser (not a test). From the repo root:
//
//   node tests/e2e/bench_own.mjs [sizes in MB, default 1,10,50,95] [--areas N]
//
// For each size, a fictional long table `code;groep;aantal` (18 countries per area) is chosen
// through "Eigen tabel laden"; printed: the time from choosing it to the preview, and the
// longest main-thread task meanwhile (a `longtask` observer reports tasks over 50 ms). With
// --areas N it also loads a table of N fictional buurten together with a GeoJSON of their
// squares, and times the preview and "Laden" until the map is drawn. Last, the ~20 MB file of
// the e2e test "a big file is read off the page" (own_table.test.mjs; one group per row, codes
// the map mostly does not know) is read the same way: that test no longer asserts the longest
// main-thread task, this row measures it. env: ATLAS_DIST.

import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serveDist } from './serve.mjs';

const require = createRequire(new URL('../../tools/package.json', import.meta.url));
const { chromium } = require('playwright-core');
const REPO = fileURLToPath(new URL('../../', import.meta.url));
const DIST = process.env.ATLAS_DIST ? path.resolve(process.env.ATLAS_DIST) : path.join(REPO, 'dist');
const SCRATCH = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-own-'));
const GROUPS = ['Nederland', 'Marokko', 'Turkije', 'Suriname', 'Curaçao', 'Polen', 'Duitsland', 'België', 'Indonesië',
  'Syrië', 'Eritrea', 'India', 'China', 'Verenigd Koninkrijk', 'Bulgarije', 'Roemenië', 'Spanje', 'overig'];

/** A long table of about `bytes`: three real gemeente codes (so it joins), then fictional buurten. */
function longTable(bytes) {
  const lines = ['code;groep;aantal'];
  let size = 20;
  let n = 0;
  for (const code of ['GM0518', 'GM0363', 'GM0014']) for (const g of GROUPS) lines.push(`${code};${g};${(n++ * 7) % 500}`);
  while (size < bytes) {
    const code = `BU${String(1 + (n % 9000)).padStart(4, '0')}${String(Math.floor(n / 9000) % 100).padStart(2, '0')}${String(Math.floor(n / 900000) % 100).padStart(2, '0')}`;
    for (const [i, g] of GROUPS.entries()) {
      const line = `${code};${g};${(n * 7 + i * 13) % 500}`;
      lines.push(line);
      size += line.length + 1;
    }
    n++;
  }
  return lines.join('\n') + '\n';
}

/** The e2e test's big file (own_table.test.mjs), row for row: 1,000,000 lines, about 20 MB. */
function testTable() {
  const rows = ['code;groep;aantal'];
  for (let n = 0; rows.length < 1_000_000; n++) rows.push(`BU${String(1000 + (n % 9000)).padStart(4, '0')}${String(n % 97).padStart(2, '0')}${String(n % 89).padStart(2, '0')};Polen;${n % 500}`);
  return rows.join('\n') + '\n';
}

/** N fictional buurten of GM9990 (wijk per 100) as a long table and a GeoJSON of 24-point rings. */
function ownAreas(count) {
  const code = (i) => `BU9990${String(Math.floor(i / 100)).padStart(2, '0')}${String(i % 100).padStart(2, '0')}`;
  const lines = ['code;groep;aantal'];
  const features = [];
  const side = Math.ceil(Math.sqrt(count));
  for (let i = 0; i < count; i++) {
    for (const [k, g] of GROUPS.entries()) lines.push(`${code(i)};${g};${(i * 11 + k * 17) % 300}`);
    const [x, y] = [5.5 + (i % side) * 0.004, 52.0 + Math.floor(i / side) * 0.0025];
    const ring = Array.from({ length: 24 }, (_, k) => {
      const a = (k / 24) * 2 * Math.PI;
      return [+(x + 0.002 + 0.002 * Math.cos(a)).toFixed(6), +(y + 0.00125 + 0.00125 * Math.sin(a)).toFixed(6)];
    });
    ring.push(ring[0]);
    features.push({ type: 'Feature', properties: { buurtcode: code(i), buurtnaam: `Buurt ${i + 1}` }, geometry: { type: 'Polygon', coordinates: [ring] } });
  }
  return { table: lines.join('\n') + '\n', shapes: JSON.stringify({ type: 'FeatureCollection', features }) };
}

async function openPage(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('page-drawn').length > 0);
  await page.waitForFunction(() => !document.querySelector('.level-switch button:nth-of-type(2)')?.disabled, null, { timeout: 30000 });
  await page.waitForTimeout(1500);
  await page.evaluate(() => {
    window.__longtasks = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longtasks.push(e.duration); }).observe({ type: 'longtask' });
  });
  return page;
}

const longest = async (page) => Math.round(Math.max(0, ...(await page.evaluate(() => window.__longtasks))));

async function benchTable(browser, url, mb) {
  await benchFile(browser, url, `${mb} MB`, `lang-${mb}.csv`, longTable(mb * (1 << 20)));
}

async function benchFile(browser, url, label, name, content) {
  const file = path.join(SCRATCH, name);
  fs.writeFileSync(file, content);
  const page = await openPage(browser, url);
  const t0 = Date.now();
  await page.locator('.own-load input[type=file]').setInputFiles(file);
  await page.waitForSelector('.own-dialog[role=dialog], .own-error', { timeout: 180000 });
  const ms = Date.now() - t0;
  const answer = (await page.locator('.own-dialog[role=dialog], .own-error').first().innerText()).split('\n')
    .find((l) => /Buurten|niet op de kaart|MB/.test(l));
  console.log(`| ${label} | ${ms} ms | ${await longest(page)} ms | ${answer} |`);
  await page.close();
  fs.rmSync(file);
}

async function benchAreas(browser, url, count) {
  const { table, shapes } = ownAreas(count);
  const files = [path.join(SCRATCH, 'buurten.csv'), path.join(SCRATCH, 'buurten.geojson')];
  fs.writeFileSync(files[0], table);
  fs.writeFileSync(files[1], shapes);
  const page = await openPage(browser, url);
  const t0 = Date.now();
  await page.locator('.own-load input[type=file]').setInputFiles(files);
  await page.waitForSelector('.own-dialog[role=dialog], .own-error', { timeout: 180000 });
  const preview = Date.now() - t0;
  const t1 = Date.now();
  await page.locator('.own-dialog button.primary').click();
  await page.waitForFunction(() => document.querySelector('.own-badge') && document.querySelector('table.ranking'));
  await page.waitForTimeout(100);
  const applied = Date.now() - t1;
  const mb = ((table.length + shapes.length) / (1 << 20)).toFixed(1);
  console.log(`| ${count} own buurten with shapes (${mb} MB) | preview ${preview} ms, Laden → map ${applied} ms | ${await longest(page)} ms |`);
  await page.close();
}

const args = process.argv.slice(2);
const areasAt = args.indexOf('--areas');
const areas = areasAt >= 0 ? Number(args[areasAt + 1]) : 0;
const sizes = (args.find((a) => /^[\d,]+$/.test(a) && args.indexOf(a) !== areasAt + 1) ?? '1,10,50,95').split(',').map(Number);
const server = await serveDist(DIST, { prefix: '/' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
console.log('| file | chosen → preview | longest main-thread task | preview says |\n|---|---|---|---|');
for (const mb of sizes) await benchTable(browser, server.url, mb);
const test = testTable();
await benchFile(browser, server.url, `e2e test's file, ${(test.length / (1 << 20)).toFixed(1)} MB (own_table.test.mjs)`, 'groot.csv', test);
if (areas > 0) await benchAreas(browser, server.url, areas);
await browser.close();
await server.close();
fs.rmSync(SCRATCH, { recursive: true, force: true });
