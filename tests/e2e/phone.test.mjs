// End-to-end: the atlas on a phone (390 × 844) and a tablet (768 × 1024) with touch — the panel
// as a sheet over the map, a tap opens an area, one finger pans, two fingers pinch, the
// controls fit the width and every tap target is at least 24 px.

import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { serveDist } from './serve.mjs';
import { DIST, poll, waitMapDrawn, waitRows, scenario, useBrowser, screenPoint, urlMetresPerPixel } from './helpers.mjs';

const require = createRequire(new URL('../../tools/package.json', import.meta.url));
const { AxeBuilder } = require('@axe-core/playwright');

useBrowser();

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };
const TABLET = { viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };
const DEN_HAAG_WIJKEN = '?level=wijk&in=GM0518&area=GM0518';
const SCHILDERSWIJK = 'WK051829';

const box = (page, selector) => page.locator(selector).first().evaluate((e) => {
  const r = e.getBoundingClientRect();
  return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height, width: r.width, position: getComputedStyle(e).position };
});

const urlCentre = (page) => {
  const view = new URL(page.url()).searchParams.get('view');
  return view ? view.split(',').slice(0, 2).map(Number) : [NaN, NaN];
};

/** Touches the map with one or two fingers moving from `from` to `to` (lists of points). */
async function touchGesture(page, from, to, steps = 10) {
  const cdp = await page.context().newCDPSession(page);
  const points = (t) => from.map(([x, y], i) => ({ x: x + (to[i][0] - x) * t, y: y + (to[i][1] - y) * t, id: i }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(0) });
  for (let i = 1; i <= steps; i += 1) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(i / steps) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** Interactive elements on screen smaller than 24 × 24 CSS pixels. */
const smallTargets = (page) => page.evaluate(() => [...document.querySelectorAll('button, a[href], input, select, summary, [tabindex="0"]')]
  .filter((e) => e.offsetParent !== null && !e.closest('.visually-hidden'))
  .map((e) => ({ e, r: e.getBoundingClientRect() }))
  .filter(({ r }) => r.width > 0 && (r.width < 24 || r.height < 24))
  .map(({ e, r }) => `${e.tagName.toLowerCase()}.${e.className} "${(e.innerText || e.value || '').slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`));

async function pinchAndPan(page) {
  const map = await box(page, '.map');
  const [cx, cy] = [(map.left + map.right) / 2, map.top + map.height * 0.4];
  const before = urlMetresPerPixel(page);
  await touchGesture(page, [[cx - 30, cy], [cx + 30, cy]], [[cx - 110, cy], [cx + 110, cy]]);
  const zoomed = await poll('the map zoomed in by the pinch', () => urlMetresPerPixel(page), (m) => m < before * 0.6);
  const centre = urlCentre(page);
  await touchGesture(page, [[cx, cy]], [[cx + 120, cy + 60]]);
  const moved = await poll('the map panned by one finger', () => urlCentre(page), (c) => c[0] !== centre[0]);
  assert.ok(moved[0] < centre[0], `dragging right moves the view west: ${centre} → ${moved}`);
  assert.equal(urlMetresPerPixel(page), zoomed, 'panning keeps the zoom');
}

for (const [variant, prefix] of [['root', '/'], ['subpath', '/atlas/']]) {
  describe(`phone and tablet, app served at ${prefix}`, () => {
    let server;
    before(async () => { server = await serveDist(DIST, { prefix }); });
    after(async () => { await server?.close(); });
    const s = (name, body, opts = {}) => scenario(variant, () => server, name, body, opts);

    s('phone: the panel is a sheet over the map; a tap opens an area; the sheet unfolds', async ({ page, shot }) => {
      await waitMapDrawn(page);
      await waitRows(page, 'WK0518', (n) => n === 44, "Den Haag's wijken");
      const sheet = await box(page, 'aside.side-panel');
      const frame = await box(page, '.map-frame');
      assert.equal(sheet.position, 'fixed');
      assert.ok(sheet.top > 844 * 0.78 && Math.round(sheet.bottom) === 844, `a folded sheet at the bottom: ${JSON.stringify(sheet)}`);
      assert.ok(frame.height > 844 * 0.55 && frame.top < 160, `the map fills most of the screen: ${JSON.stringify(frame)}`);
      assert.match(await page.locator('aside.side-panel').innerText(), /'s-Gravenhage[\s\S]*\d+%/, 'the folded sheet names the area and its index');
      await shot('phone-den-haag');
      const [x, y] = await screenPoint(page, SCHILDERSWIJK);
      await page.touchscreen.tap(x, y);
      await poll('the tapped wijk opens', () => page.url(), (u) => u.includes(`area=${SCHILDERSWIJK}`));
      await poll('the sheet names it', () => page.locator('#area-heading').innerText(), (t) => /Schildersbuurt/.test(t));
      const handle = page.locator('aside.side-panel .sheet-handle');
      assert.equal(await handle.getAttribute('aria-expanded'), 'false');
      await handle.tap();
      await poll('the sheet unfolds', () => box(page, 'aside.side-panel'), (b) => b.height > 844 * 0.6);
      assert.equal(await handle.getAttribute('aria-expanded'), 'true');
      await page.locator('aside.side-panel .composition-table').scrollIntoViewIfNeeded();
      assert.ok(await page.locator('aside.side-panel .composition-table').isVisible(), 'the composition in the unfolded sheet');
      await shot('phone-sheet-open');
      await handle.tap();
      await poll('the sheet folds again', () => box(page, 'aside.side-panel'), (b) => b.height < 844 * 0.22);
    }, { query: DEN_HAAG_WIJKEN, context: PHONE });

    s('phone: the story from the menu opens in the unfolded sheet, with the map above it', async ({ page, shot }) => {
      await waitMapDrawn(page);
      await waitRows(page, 'GM', (n) => n > 300, 'the gemeenten');
      await page.locator('button.tools-toggle').tap();
      await page.locator('button.story-start').tap();
      await poll('the menu folds away', () => page.locator('.story-start').isVisible(), (v) => v === false);
      const title = page.locator('#story-title');
      await poll('the story title on screen', () => title.evaluate((t) => {
        const r = t.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      }).catch(() => false), (v) => v === true);
      const sheet = await box(page, 'aside.side-panel');
      assert.ok(sheet.top > 844 * 0.35, `the top of the map stays in view above the story: ${JSON.stringify(sheet)}`);
      await shot('phone-story');
      await page.locator('button.story-next').tap();
      await poll('step 2', () => page.url(), (u) => /verhaal=2/.test(u));
    }, { context: PHONE });

    s('phone: one finger pans, two fingers pinch', async ({ page }) => {
      await waitMapDrawn(page);
      await waitRows(page, 'WK0518', (n) => n === 44, "Den Haag's wijken");
      await pinchAndPan(page);
    }, { query: DEN_HAAG_WIJKEN, context: PHONE });

    s('phone: the controls fit the width, the header folds into a menu, tap targets are 24 px or more', async ({ page, shot }) => {
      await waitMapDrawn(page);
      await waitRows(page, 'GM', (n) => n > 300, 'the gemeenten');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 390, `nothing wider than the screen: ${width}px`);
      assert.equal(await page.locator('.story-start').isVisible(), false, 'the header buttons are folded away');
      const menu = page.locator('button.tools-toggle');
      await menu.tap();
      await poll('the menu shows the buttons', () => page.locator('.story-start').isVisible(), (v) => v === true);
      assert.equal(await menu.getAttribute('aria-expanded'), 'true');
      assert.deepEqual(await smallTargets(page), [], 'tap targets under 24 px');
      await shot('phone-menu');
      await menu.tap();
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      assert.deepEqual(await smallTargets(page), [], 'tap targets under 24 px further down');
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
      const serious = results.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
      assert.deepEqual(serious.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`), []);
    }, { context: PHONE });

    s('tablet: the panel follows the map; tap opens, pinch zooms', async ({ page, shot }) => {
      await waitMapDrawn(page);
      await waitRows(page, 'WK0518', (n) => n === 44, "Den Haag's wijken");
      const panel = await box(page, 'aside.side-panel');
      const frame = await box(page, '.map-frame');
      assert.notEqual(panel.position, 'fixed');
      assert.ok(panel.top >= frame.bottom - 1, 'the panel below the map');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 768, `nothing wider than the screen: ${width}px`);
      const [x, y] = await screenPoint(page, SCHILDERSWIJK);
      await page.touchscreen.tap(x, y);
      await poll('the tapped wijk opens', () => page.url(), (u) => u.includes(`area=${SCHILDERSWIJK}`));
      await pinchAndPan(page);
      assert.deepEqual(await smallTargets(page), [], 'tap targets under 24 px');
      await shot('tablet-den-haag');
    }, { query: DEN_HAAG_WIJKEN, context: TABLET });
  });
}
