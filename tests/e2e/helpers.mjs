// Shared helpers of the end-to-end tests: paths, the browser, polling, map pixels, scenarios.
// Each *.test.mjs file calls useBrowser() once and defines scenarios with scenario().

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import path from 'node:path';

const require = createRequire(new URL('../../tools/package.json', import.meta.url));
const { chromium } = require('playwright-core');

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = process.env.ATLAS_DIST ? path.resolve(process.env.ATLAS_DIST) : path.join(REPO, 'dist');
export const DATA = process.env.ATLAS_DATA_DIR || path.join(REPO, '..', 'shared', 'data');
export const OUT = path.join(REPO, 'tests', 'e2e', 'output');
const CSV_FILE = 'cbs/kwb-2022-herkomst.csv';
export const CSV = path.join(DATA, CSV_FILE);

export const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
];
export const LOAD_TIMEOUT = 30_000; // first load includes a ~1.5 MB data bundle
export const STEP_TIMEOUT = 15_000;
export const TEST_TIMEOUT = 120_000;
export const DEN_HAAG = 'GM0518';
export const DEN_HAAG_NAME = "'s-Gravenhage";
export const SCHILDERSWIJK = 'WK051829';

// ---------------------------------------------------------------------------------------------
// Independent computation of the expected index from the CSV.

/**
 * The path of a file of the real data (`relative` inside DATA). A test that needs it fails here,
 * naming the path, when it is missing: it never passes without the data.
 */
export function dataFile(relative) {
  const file = path.join(DATA, relative);
  assert.ok(fs.existsSync(file), `the real data is needed at ${file} (set ATLAS_DATA_DIR to the data folder)`);
  return file;
}

let csvRowsCache;

/** Every row of the KWB CSV as an object by column name (read once). */
export function csvRows() {
  if (!csvRowsCache) {
    const text = fs.readFileSync(dataFile(CSV_FILE), 'utf8').replace(/^\uFEFF/, '');
    const [head, ...lines] = text.split(/\r?\n/).filter((l) => l.length > 0);
    const names = head.split(';');
    csvRowsCache = lines.map((l) => {
      const cells = splitCsvLine(l);
      return Object.fromEntries(names.map((h, i) => [h, cells[i]]));
    });
  }
  return csvRowsCache;
}

/** The cells of one `;`-separated line, with quoted cells unquoted (`"a ""b"" c"` is `a "b" c`). */
export function splitCsvLine(line) {
  const cells = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') { cell += '"'; i++; }
    else if (c === '"') quoted = !quoted;
    else if (c === ';' && !quoted) { cells.push(cell); cell = ''; }
    else cell += c;
  }
  cells.push(cell);
  return cells;
}

/** The CSV's rows whose code starts with prefix (the areas the ranking must list there). */
export const csvAreas = (prefix) => csvRows().filter((r) => r.gwb_code.startsWith(prefix));

export function readCsvRow(code) {
  const row = csvRows().find((r) => r.gwb_code === code);
  assert.ok(row, `${code} not found in ${CSV}`);
  return row;
}

export function expectedIndexPercent(code) {
  const r = readCsvRow(code);
  const n = (k) => {
    const v = Number(r[k]);
    assert.ok(Number.isFinite(v) && v >= 0, `${code}.${k} = ${r[k]} is not a count`);
    return v;
  };
  const dutch = n('a_inw') - n('a_w_all') - n('a_nw_all');
  const counts = [dutch, n('a_w_all'), n('a_marok'), n('a_antaru'), n('a_surina'), n('a_tur'), n('a_ov_nw')];
  const sum = counts.reduce((a, b) => a + b, 0);
  assert.ok(sum > 0, `${code} has no residents`);
  const index = 1 - counts.reduce((a, c) => a + (c / sum) ** 2, 0);
  return Math.round(index * 100);
}

// ---------------------------------------------------------------------------------------------
// Helpers

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Poll `get` until `ok(value)`; on timeout fail with the last value in the message. */
export async function poll(what, get, ok, timeout = STEP_TIMEOUT, interval = 100) {
  const end = Date.now() + timeout;
  let last;
  let lastErr;
  for (;;) {
    try {
      last = await get();
      lastErr = undefined;
      if (ok(last)) return last;
    } catch (e) {
      lastErr = e;
    }
    if (Date.now() > end) {
      const detail = lastErr ? `error: ${lastErr.message}` : `last value: ${JSON.stringify(last)}`;
      assert.fail(`timed out after ${timeout} ms waiting for ${what} (${detail})`);
    }
    await sleep(interval);
  }
}

/** The camera's metres per pixel as the URL's `view=x,y,m` states it (NaN when absent). */
export function urlMetresPerPixel(page) {
  const view = new URL(page.url()).searchParams.get('view');
  return view ? Number(view.split(',')[2]) : NaN;
}

export async function waitMapDrawn(page) {
  await page.waitForFunction(() => performance.getEntriesByName('map-drawn').length > 0, null, {
    timeout: LOAD_TIMEOUT,
  });
}

/** Pixel statistics of canvas.map-canvas: share of non-background pixels, distinct fill colours. */
export async function mapPixelStats(page) {
  return page.evaluate(() => {
    const c = document.querySelector('div.map canvas.map-canvas');
    if (!c) return { error: 'no <canvas class="map-canvas"> inside <div class="map">' };
    if (!c.width || !c.height) return { error: `canvas is ${c.width}x${c.height}` };
    const ctx = c.getContext('2d');
    if (!ctx) return { error: 'canvas.map-canvas has no 2d context' };
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    const total = c.width * c.height;
    let painted = 0;
    const hist = new Map();
    for (let i = 0; i < d.length; i += 4) {
      const r = d[i], g = d[i + 1], b = d[i + 2], a = d[i + 3];
      if (a === 0) continue;
      if (r > 245 && g > 245 && b > 245) continue;
      painted++;
      const key = ((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4);
      hist.set(key, (hist.get(key) || 0) + 1);
    }
    // A fill colour must cover a real share of the painted area (not just anti-aliased edges).
    const fills = [...hist.entries()]
      .filter(([, n]) => n >= painted * 0.005)
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => ({ rgb: `#${k.toString(16).padStart(3, '0')}`, share: +(n / painted).toFixed(3) }));
    const rect = c.getBoundingClientRect();
    return {
      width: c.width, height: c.height, cssWidth: rect.width, cssHeight: rect.height,
      painted, fraction: painted / total, colours: fills.length, top: fills.slice(0, 10),
    };
  });
}

export async function assertMapDrawn(page, { minColours = 4 } = {}) {
  const s = await mapPixelStats(page);
  assert.ok(!s.error, s.error);
  assert.ok(s.cssWidth > 100 && s.cssHeight > 100, `map canvas is tiny on screen: ${JSON.stringify(s)}`);
  // The Netherlands is taller than wide: fitted into a landscape canvas (e.g. 878x542) the whole
  // country covers only ~19% of the pixels, so 20% would reject a correct map. A blank or
  // half-drawn map stays far below 10%.
  assert.ok(s.fraction > 0.1, `only ${(s.fraction * 100).toFixed(1)}% of map pixels painted: ${JSON.stringify(s)}`);
  assert.ok(s.colours >= minColours, `only ${s.colours} distinct fill colours on the map: ${JSON.stringify(s.top)}`);
  return s;
}

/**
 * window.__atlas.screenPoint(code), checked to be inside the viewport, stable (not mid-animation)
 * and on top of canvas.map-overlay (so a real mouse event reaches the map there).
 */
export async function screenPoint(page, code) {
  const get = () => page.evaluate((c) => {
    if (!window.__atlas || typeof window.__atlas.screenPoint !== 'function') return 'no window.__atlas.screenPoint';
    const p = window.__atlas.screenPoint(c);
    return p == null ? null : Array.from(p);
  }, code);
  let prev = null;
  const p = await poll(`screenPoint('${code}') to be a stable point`, async () => {
    const cur = await get();
    const stable = Array.isArray(cur) && Array.isArray(prev) && Math.hypot(cur[0] - prev[0], cur[1] - prev[1]) < 0.5;
    prev = cur;
    return { cur, stable };
  }, (v) => v.stable, STEP_TIMEOUT, 150);
  const [x, y] = p.cur;
  assert.ok(Number.isFinite(x) && Number.isFinite(y), `screenPoint('${code}') = ${JSON.stringify(p.cur)}`);
  const { width, height } = page.viewportSize();
  assert.ok(x >= 0 && x < width && y >= 0 && y < height, `screenPoint('${code}') = [${x}, ${y}] is outside the ${width}x${height} viewport`);
  const hit = await page.evaluate(([px, py]) => {
    const el = document.elementFromPoint(px, py);
    return el ? { overlay: el.matches('canvas.map-overlay'), el: el.outerHTML.slice(0, 120) } : { overlay: false, el: null };
  }, [x, y]);
  assert.ok(hit.overlay, `at screenPoint('${code}') = [${x}, ${y}] the top element is not canvas.map-overlay but ${hit.el}`);
  return [x, y];
}

export const rowsSel = (prefix) => `table.ranking tbody tr[data-code^="${prefix}"]`;

export async function waitRows(page, prefix, ok, what) {
  return poll(what, () => rowCount(page, prefix), ok);
}

/**
 * How many areas the ranking lists whose code starts with prefix: counted in the DOM, or, for
 * a windowed list (only the rows in view are rendered), the table's data-rows when every
 * rendered row carries the prefix.
 */
export async function rowCount(page, prefix) {
  return page.evaluate((p) => {
    const table = document.querySelector('table.ranking');
    if (!table) return 0;
    const rows = [...table.querySelectorAll('tbody tr[data-code]')];
    const matching = rows.filter((r) => r.dataset.code.startsWith(p)).length;
    const windowed = table.classList.contains('windowed') && matching > 0 && matching === rows.length;
    return windowed ? Number(table.dataset.rows) : matching;
  }, prefix);
}

export async function clickArea(page, code) {
  const [x, y] = await screenPoint(page, code);
  await page.mouse.move(x, y, { steps: 4 });
  await page.mouse.click(x, y);
}

export async function drillIntoDenHaag(page, server) {
  await clickArea(page, DEN_HAAG);
  await waitRows(page, 'WK0518', (n) => n === 44, '44 wijk rows of Den Haag in table.ranking');
  await expectBreadcrumb(page);
  const url = new URL(page.url());
  assert.match(url.search, /GM0518/, `URL query does not contain GM0518: ${page.url()}`);
  assert.ok(url.pathname.startsWith(server.prefix), `URL left the app's path ${server.prefix}: ${page.url()}`);
}

export async function expectBreadcrumb(page) {
  await poll('nav.breadcrumb with "Nederland" and "\'s-Gravenhage"',
    () => page.locator('nav.breadcrumb').first().innerText(),
    (t) => t.includes('Nederland') && t.includes(DEN_HAAG_NAME));
}

// ---------------------------------------------------------------------------------------------
// Browser, per-test page with problem collection

let browser;

/** Registers the hooks that launch one Chromium for a test file and close it afterwards. */
export function useBrowser() {
  before(async () => {
  assert.ok(fs.existsSync(path.join(DIST, 'index.html')), `no built app: ${DIST}/index.html missing (run trunk build --release)`);
  // The expectations are the real data's (counts, names, indices computed from the CSV).
  dataFile(CSV_FILE);
  fs.mkdirSync(OUT, { recursive: true });
  for (const f of fs.readdirSync(OUT)) if (f.endsWith('-FAILED.png')) fs.rmSync(path.join(OUT, f)); // stale
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
});

  after(async () => {
    await browser?.close();
  });
}

export async function openApp(serverUrl, query = '', contextOptions = {}) {
  // A Dutch reader unless a scenario says otherwise (the atlas speaks the browser's language).
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL', ...contextOptions });
  const problems = { pageErrors: [], consoleErrors: [], blocked: [], httpErrors: [] };
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.hostname === '127.0.0.1') return route.continue();
    problems.blocked.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  context.setDefaultTimeout(5_000); // single locator actions; scenario steps poll longer
  const page = await context.newPage();
  // Every Content-Security-Policy violation is recorded; a scenario fails on any.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
  });
  page.on('pageerror', (e) => problems.pageErrors.push(String(e?.stack ?? e)));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const text = m.text();
    if (/integrity/i.test(text)) return; // Trunk's preload link: known, harmless (crbug 981419)
    const loc = m.location();
    problems.consoleErrors.push(`${text}${loc?.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.httpErrors.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(serverUrl + query, { waitUntil: 'domcontentloaded', timeout: LOAD_TIMEOUT });
  return { context, page, problems };
}

export function problemSummary(p) {
  const parts = Object.entries(p).filter(([, v]) => v.length).map(([k, v]) => `${k}: ${v.join(' | ')}`);
  return parts.length ? parts.join('\n  ') : 'none';
}

/**
 * One scenario on a fresh context. After the body: no request to other origins, no pageerror,
 * no console error, no HTTP error status (unless allowed). On failure a screenshot is saved
 * as <name>-FAILED.png and the page problems are appended to the error.
 */
export function scenario(variant, getServer, name, body, { allowConsoleErrors = false, allowHttpErrors = false, query = '', context: contextOptions = {} } = {}) {
  test(name, { timeout: TEST_TIMEOUT }, async () => {
    const server = getServer();
    const { context, page, problems } = await openApp(server.url, query, contextOptions);
    const shot = (n) => page.screenshot({ path: path.join(OUT, `${variant}-${n}.png`) });
    try {
      await body({ page, problems, server, shot });
      const violations = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
      assert.deepEqual(violations, [], 'Content-Security-Policy violations');
      assert.deepEqual(problems.blocked, [], 'the app requested other origins');
      assert.deepEqual(problems.pageErrors, [], 'uncaught page errors');
      if (!allowConsoleErrors) assert.deepEqual(problems.consoleErrors, [], 'console errors');
      if (!allowHttpErrors) assert.deepEqual(problems.httpErrors, [], 'HTTP error responses');
    } catch (e) {
      await shot(`${name.replace(/\W+/g, '-')}-FAILED`).catch(() => {});
      e.message += `\n  page problems: ${problemSummary(problems)}\n  url: ${page.url()}`;
      throw e;
    } finally {
      await context.close();
    }
  });
}

/** Types a query in the search box and presses Enter; returns the URL afterwards. */
export async function searchEnter(page, query) {
  const input = page.locator('input#search');
  await input.fill('');
  await input.pressSequentially(query, { delay: 20 });
  await poll(`hits for "${query}"`, () => page.locator('ul.search-results li[role="option"]').count(), (n) => n > 0);
  await page.keyboard.press('Enter');
  await poll('the list to close', () => page.locator('ul.search-results').count(), (n) => n === 0);
  return page.url();
}
