// Benchmarks of the built app (not a test). From the repo root:
//
//   node tests/e2e/bench.mjs
//
// env: ATLAS_DIST (default <repo>/dist), BENCH_RUNS (page loads per measurement, default 5).
// Prints a Markdown table and writes tests/e2e/output/bench.json.

import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { serveDist } from './serve.mjs';

const require = createRequire(new URL('../../tools/package.json', import.meta.url));
const { chromium } = require('playwright-core');

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const DIST = process.env.ATLAS_DIST ? path.resolve(process.env.ATLAS_DIST) : path.join(REPO, 'dist');
const OUT = path.join(REPO, 'tests', 'e2e', 'output');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
];
const LOAD_TIMEOUT = 60_000;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const fmt = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');

function findFiles(dir, pred) {
  return fs.readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => pred(f) && fs.statSync(path.join(dir, f)).isFile())
    .map((f) => path.join(dir, f));
}

async function openPage(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
  const errors = [];
  await context.route('**/*', (route) =>
    new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort('blockedbyclient'));
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: LOAD_TIMEOUT });
  await page.waitForFunction(() => performance.getEntriesByName('map-drawn').length > 0, null, { timeout: LOAD_TIMEOUT });
  return { context, page, errors };
}

async function timeToMap(browser, url) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const { context, page } = await openPage(browser, url);
    times.push(await page.evaluate(() => performance.getEntriesByName('map-drawn')[0].startTime));
    await context.close();
  }
  return { runs: times, median: median(times) };
}

async function panFrames(browser, url) {
  const { context, page } = await openPage(browser, url);
  try {
    const overlay = page.locator('canvas.map-overlay').first();
    const box = await overlay.boundingBox();
    if (!box) throw new Error('no canvas.map-overlay on screen');
    await sleep(500); // let the first frames settle

    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const metric = async (name) => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name)?.value ?? NaN;

    await page.evaluate(() => {
      const w = window;
      w.__bench = { frames: [], loaf: [], loafSupported: false, running: true };
      const tick = (t) => {
        if (!w.__bench.running) return;
        w.__bench.frames.push(t);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      try {
        if (PerformanceObserver.supportedEntryTypes?.includes('long-animation-frame')) {
          w.__bench.loafSupported = true;
          w.__bench.observer = new PerformanceObserver((list) => {
            for (const e of list.getEntries()) w.__bench.loaf.push({ duration: e.duration, script: e.scripts?.reduce((a, s) => a + s.duration, 0) ?? 0 });
          });
          w.__bench.observer.observe({ type: 'long-animation-frame', buffered: false });
        }
      } catch { /* not available */ }
    });

    const urlBefore = page.url();
    const script0 = await metric('ScriptDuration');
    const task0 = await metric('TaskDuration');
    const x0 = box.x + box.width * 0.45; // right of the open legend, which takes the top left
    const y0 = box.y + box.height * 0.5;
    const steps = 120;
    const dx = (box.width * 0.4) / steps;
    const dy = (box.height * 0.2) / steps;
    await page.mouse.move(x0, y0);
    await page.mouse.down();
    for (let i = 1; i <= steps; i++) {
      await page.mouse.move(x0 + i * dx, y0 + i * dy);
      await sleep(8); // ~120 Hz input, like a real mouse
    }
    await page.mouse.up();
    await sleep(300); // let the last frame land
    const script1 = await metric('ScriptDuration');
    const task1 = await metric('TaskDuration');

    const r = await page.evaluate(() => {
      const b = window.__bench;
      b.running = false;
      b.observer?.disconnect();
      return { frames: b.frames, loaf: b.loaf, loafSupported: b.loafSupported };
    });
    const intervals = r.frames.slice(1).map((t, i) => t - r.frames[i]);
    const frames = Math.max(1, intervals.length);
    return {
      urlBefore,
      urlAfter: page.url(), // the view= parameter should change if the drag panned the map
      frames: intervals.length,
      intervalMedianMs: median(intervals),
      intervalP95Ms: percentile(intervals, 95),
      intervalMaxMs: Math.max(...intervals),
      jsMsPerFrame: ((script1 - script0) * 1000) / frames, // CDP ScriptDuration is in seconds
      taskMsPerFrame: ((task1 - task0) * 1000) / frames,
      longAnimationFrames: r.loafSupported ? r.loaf.length : null,
      longAnimationFrameScriptMs: r.loafSupported ? r.loaf.reduce((a, e) => a + e.script, 0) : null,
    };
  } finally {
    await context.close();
  }
}

/**
 * JS time (CDP ScriptDuration, all scripts of the page) per hover over a new area and per
 * selection of a neighbouring area, with real mouse input at points inside the areas of the
 * first ranking rows. Also reports what re-rendered (window.__atlas.renderCounts()).
 */
async function interactionCost(browser, url, prefix, n) {
  const { context, page } = await openPage(browser, url);
  try {
    await page.waitForSelector(`table.ranking tbody tr[data-code^="${prefix}"]`, { timeout: LOAD_TIMEOUT });
    await sleep(2500); // the remaining parts of the bundle arrive in the background
    const codes = await page.$$eval(`table.ranking tbody tr[data-code^="${prefix}"]`, (trs, k) => trs.slice(0, k).map((t) => t.dataset.code), n);
    const points = [];
    for (const code of codes) {
      const p = await page.evaluate((c) => window.__atlas.screenPoint(c), code);
      if (p && p[0] > 0 && p[1] > 0 && p[0] < 1280 && p[1] < 800) points.push(Array.from(p));
    }
    if (points.length < 2) throw new Error(`only ${points.length} areas on screen`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const script = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration').value;
    const counts = () => page.evaluate(() => window.__atlas.renderCounts());
    const measure = async (act) => {
      const [s0, c0] = [await script(), await counts()];
      let events = 0;
      for (let round = 0; round < 3; round++) {
        for (const [x, y] of points) {
          await act(x, y);
          await sleep(40);
          events++;
        }
      }
      await sleep(200);
      const [s1, c1] = [await script(), await counts()];
      const delta = Object.fromEntries(Object.keys(c1).map((k) => [k, c1[k] - (c0[k] ?? 0)]));
      return { events, jsMsPerEvent: ((s1 - s0) * 1000) / events, renders: delta };
    };
    const hover = await measure((x, y) => page.mouse.move(x, y));
    const select = await measure((x, y) => page.mouse.click(x, y));
    return { areas: points.length, hover, select };
  } finally {
    await context.close();
  }
}

/**
 * Sorting the country's whole buurt list by name (the e2e test "all buurten in one scrollable
 * list, sorted at once" in find_your_place.test.mjs checks the order; this times it): from the
 * click on "Naam" until the header says ascending, per fresh page load.
 */
async function sortBuurtenByName(browser, url) {
  const times = [];
  let rows = NaN;
  for (let i = 0; i < RUNS; i++) {
    const { context, page } = await openPage(browser, url);
    try {
      const buurten = page.locator('.level-switch button:has-text("buurten")');
      await page.waitForFunction(() => {
        const b = [...document.querySelectorAll('.level-switch button')].find((x) => /buurten/i.test(x.textContent));
        return b && !b.disabled;
      }, null, { timeout: LOAD_TIMEOUT });
      await buurten.click();
      await page.waitForFunction(() => Number(document.querySelector('table.ranking')?.dataset.rows) > 12000, null, { timeout: LOAD_TIMEOUT });
      rows = Number(await page.locator('table.ranking').getAttribute('data-rows'));
      await page.locator('.ranking-scroll').evaluate((el) => { el.scrollTop = 0; });
      await sleep(500);
      const started = Date.now();
      await page.locator('table.ranking th button', { hasText: 'Naam' }).click();
      await page.waitForSelector('table.ranking th[aria-sort="ascending"]', { timeout: LOAD_TIMEOUT });
      times.push(Date.now() - started);
    } finally {
      await context.close();
    }
  }
  return { rows, runs: times, median: median(times) };
}

async function hitTest(browser, url, n, hook = 'benchHitTest') {
  const { context, page } = await openPage(browser, url);
  try {
    return await page.evaluate(([k, name]) => {
      const f = window.__atlas?.[name];
      if (typeof f !== 'function') return { error: `window.__atlas.${name} is not a function` };
      return { meanMs: Number(f(k)) };
    }, [n, hook]);
  } finally {
    await context.close();
  }
}

function sizes() {
  const out = {};
  const wasm = findFiles(DIST, (f) => f.endsWith('.wasm'));
  out.wasm = wasm.map((f) => {
    const buf = fs.readFileSync(f);
    return { file: path.relative(DIST, f), bytes: buf.length, gzip9: zlib.gzipSync(buf, { level: 9 }).length };
  });
  const bins = findFiles(DIST, (f) => f.endsWith('.bin'));
  out.bin = bins.map((f) => {
    const buf = fs.readFileSync(f);
    return { file: path.relative(DIST, f), bytes: buf.length, gzip9: zlib.gzipSync(buf, { level: 9 }).length };
  });
  return out;
}

async function main() {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) {
    console.error(`no built app at ${DIST}/index.html`);
    process.exit(1);
  }
  fs.mkdirSync(OUT, { recursive: true });
  const server = await serveDist(DIST, { prefix: '/' });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const results = { date: new Date().toISOString(), dist: DIST, runs: RUNS };
  const attempt = async (key, fn) => {
    process.stderr.write(`bench: ${key}…\n`);
    try {
      results[key] = await fn();
    } catch (e) {
      results[key] = { error: String(e?.message ?? e).split('\n')[0] };
    }
  };
  try {
    await attempt('loadDefault', () => timeToMap(browser, server.url));
    await attempt('loadBuurt', () => timeToMap(browser, server.url + '?level=buurt'));
    await attempt('panBuurt', () => panFrames(browser, server.url + '?level=buurt'));
    await attempt('interactionBuurt', () => interactionCost(browser, server.url + '?level=buurt&in=WK036394', 'BU036394', 12));
    await attempt('sortBuurten', () => sortBuurtenByName(browser, server.url));
    await attempt('hitTestBuurt', () => hitTest(browser, server.url + '?level=buurt', 10_000));
    await attempt('classify', () => hitTest(browser, server.url + '?mode=typologie', 200, 'benchClassify'));
    results.sizes = sizes();
  } finally {
    await browser.close();
    await server.close();
  }

  const rows = [];
  const row = (what, value) => rows.push(`| ${what} | ${value} |`);
  const err = (r) => (r?.error ? `error: ${r.error}` : null);
  const L = results.loadDefault, B = results.loadBuurt, P = results.panBuurt, H = results.hitTestBuurt;
  row(`time to map-drawn, default view (median of ${RUNS})`, err(L) ?? `${fmt(L.median, 0)} ms (runs: ${L.runs.map((x) => fmt(x, 0)).join(', ')})`);
  row(`time to map-drawn, ?level=buurt (median of ${RUNS})`, err(B) ?? `${fmt(B.median, 0)} ms (runs: ${B.runs.map((x) => fmt(x, 0)).join(', ')})`);
  if (err(P)) row('pan, all buurten', err(P));
  else {
    row('pan, all buurten: frame interval median / p95 / max', `${fmt(P.intervalMedianMs)} / ${fmt(P.intervalP95Ms)} / ${fmt(P.intervalMaxMs)} ms over ${P.frames} frames`);
    row('pan, all buurten: JS per frame (CDP ScriptDuration)', `${fmt(P.jsMsPerFrame, 2)} ms (all main-thread tasks: ${fmt(P.taskMsPerFrame, 2)} ms)`);
    row('pan, all buurten: URL after drag', P.urlAfter === P.urlBefore ? 'unchanged (did the map pan?)' : '`' + new URL(P.urlAfter).search + '`');
    row('pan, all buurten: long animation frames', P.longAnimationFrames == null ? 'n/a (no LoAF API)' : `${P.longAnimationFrames} (script ${fmt(P.longAnimationFrameScriptMs)} ms)`);
  }
  const I = results.interactionBuurt;
  if (err(I)) row('hover and selection, buurten of an Amsterdam wijk', err(I));
  else {
    const r = (x) => Object.entries(x.renders).map(([k, v]) => `${k} ${v}`).join(', ');
    row(`hover over a new buurt: JS per event (${I.hover.events} events)`, `**${fmt(I.hover.jsMsPerEvent, 2)} ms** (renders: ${r(I.hover)})`);
    row(`select a neighbouring buurt: JS per click (${I.select.events} clicks)`, `**${fmt(I.select.jsMsPerEvent, 2)} ms** (renders: ${r(I.select)})`);
  }
  const S = results.sortBuurten;
  row(`sort all buurten by name: click → sorted (median of ${RUNS})`, err(S) ?? `${fmt(S.median, 0)} ms for ${S.rows} rows (runs: ${S.runs.map((x) => fmt(x, 0)).join(', ')})`);
  row('hover hit-test, all buurten (benchHitTest(10000))', err(H) ?? `${fmt(H.meanMs * 1000, 2)} µs per query`);
  const C = results.classify;
  row('re-classify 345 gemeenten (benchClassify(200))', err(C) ?? `${fmt(C.meanMs, 3)} ms`);
  for (const w of results.sizes.wasm) row(`wasm size: ${w.file}`, `${(w.bytes / 1024).toFixed(0)} KiB raw, **${(w.gzip9 / 1024).toFixed(1)} KiB gzip -9**`);
  if (!results.sizes.wasm.length) row('wasm size', 'no .wasm in dist');
  for (const b of results.sizes.bin) row(`data bundle: ${b.file}`, `${(b.bytes / 1024).toFixed(0)} KiB raw, ${(b.gzip9 / 1024).toFixed(1)} KiB gzip -9`);

  console.log('| measurement | result |\n|---|---|\n' + rows.join('\n'));
  fs.writeFileSync(path.join(OUT, 'bench.json'), JSON.stringify(results, null, 2) + '\n');
  console.log(`\nwrote ${path.relative(process.cwd(), path.join(OUT, 'bench.json'))}`);
}

await main();
