// End-to-end tests of the built app (dist/) in Debian's Chromium via playwright-core.
//
//   node --test tests/e2e/            (from the repo root)
//
// env: ATLAS_DIST (default <repo>/dist), ATLAS_DATA_DIR (default <repo>/../shared/data).
// Every scenario runs twice: app served at "/" and at the sub-path "/atlas/".
// Screenshots go to tests/e2e/output/<variant>-<name>.png.

import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serveDist } from './serve.mjs';
import {
  DIST, OUT, DEN_HAAG, DEN_HAAG_NAME, SCHILDERSWIJK, STEP_TIMEOUT, LOAD_TIMEOUT, expectedIndexPercent, sleep, poll,
  urlMetresPerPixel, waitMapDrawn, mapPixelStats, assertMapDrawn, screenPoint, rowsSel, waitRows, clickArea,
  drillIntoDenHaag, expectBreadcrumb, scenario, useBrowser, readCsvRow, csvAreas,
} from './helpers.mjs';

useBrowser();

// ---------------------------------------------------------------------------------------------
// Scenarios, served at "/" and at "/atlas/"

for (const [variant, prefix] of [['root', '/'], ['subpath', '/atlas/']]) {
  describe(`app served at ${prefix}`, () => {
    let server;
    let broken; // dist without atlas.bin
    let brokenDir;
    let brokenProblem;
    before(async () => {
      server = await serveDist(DIST, { prefix });
      brokenDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-nobundle-'));
      fs.cpSync(fs.realpathSync(DIST), brokenDir, { recursive: true, dereference: true });
      const bundles = fs.readdirSync(brokenDir, { recursive: true }).filter((f) => path.basename(String(f)) === 'atlas.bin');
      if (bundles.length === 0) brokenProblem = `dist has no atlas.bin (${DIST})`;
      for (const f of bundles) fs.rmSync(path.join(brokenDir, String(f)));
      broken = await serveDist(brokenDir, { prefix });
    });
    after(async () => {
      await server?.close();
      await broken?.close();
      if (brokenDir) fs.rmSync(brokenDir, { recursive: true, force: true });
    });
    const s = (name, body, opts = {}) =>
      scenario(variant, () => (opts.broken ? broken : server), name, body, opts);

    s('map is drawn, attribution shown', async ({ page, shot }) => {
      await waitMapDrawn(page);
      const stats = await assertMapDrawn(page);
      await shot('initial');
      const footer = page.locator('footer.attribution');
      assert.equal(await footer.count(), 1, 'expected one footer.attribution');
      // The boundary years of wijken and buurten appear once their shapes have loaded.
      const text = await poll('the boundary years in the footer', () => footer.innerText(), (t) => t.includes('2014'));
      for (const word of ['CBS', '2022', '2014']) {
        assert.ok(text.includes(word), `footer.attribution lacks "${word}": ${JSON.stringify(text)}`);
      }
      assert.ok(stats.colours >= 4);
    });

    s('hovering Den Haag shows a tooltip with its name and index', async ({ page, shot }) => {
      const pct = expectedIndexPercent(DEN_HAAG);
      await waitMapDrawn(page);
      const [x, y] = await screenPoint(page, DEN_HAAG);
      await page.mouse.move(x, y, { steps: 5 });
      const tip = page.locator('.tooltip');
      const text = await poll(`.tooltip containing "${DEN_HAAG_NAME}"`, async () => {
        if (!(await tip.first().isVisible())) return null;
        return tip.first().innerText();
      }, (t) => typeof t === 'string' && t.includes(DEN_HAAG_NAME));
      await shot('tooltip-den-haag');
      assert.match(text, /verschillende herkomst/, `tooltip has no "verschillende herkomst": ${JSON.stringify(text)}`);
      assert.match(text, /\d+\s?%/, `tooltip has no percentage: ${JSON.stringify(text)}`);
      assert.match(text, new RegExp(`(^|\\D)${pct}\\s?%`),
        `tooltip should show ${pct}% (1 − Σp² from the CSV): ${JSON.stringify(text)}`);
    });

    s('clicking Den Haag drills down to its wijken, then a wijk to its buurten', async ({ page, server, shot }) => {
      await waitMapDrawn(page);
      await drillIntoDenHaag(page, server);
      // side panel: the selected area and its composition next to the Netherlands
      const panel = page.locator('aside.side-panel');
      await poll(`aside.side-panel h2 with "${DEN_HAAG_NAME}"`,
        () => panel.locator('h2').first().innerText(), (t) => t.includes(DEN_HAAG_NAME));
      const bars = await panel.locator('.composition-bar').count();
      assert.ok(bars >= 2, `aside.side-panel has ${bars} .composition-bar (want ≥ 2: area and Nederland)`);
      await assertMapDrawn(page);
      await shot('den-haag-wijken');

      await clickArea(page, SCHILDERSWIJK);
      await waitRows(page, 'BU051829', (n) => n === csvAreas('BU051829').length, 'all buurt rows BU051829* of the CSV after clicking WK051829 on the map');
      await shot('schilderswijk-buurten');
    });

    s('reload restores the view; back returns to the previous view', async ({ page, server, shot }) => {
      await waitMapDrawn(page);
      await drillIntoDenHaag(page, server);
      const drilledUrl = page.url();

      await page.reload({ waitUntil: 'domcontentloaded', timeout: LOAD_TIMEOUT });
      await waitMapDrawn(page);
      assert.equal(page.url(), drilledUrl, 'reload changed the URL');
      await waitRows(page, 'WK0518', (n) => n === 44, '44 wijk rows after reload');
      await expectBreadcrumb(page);
      await assertMapDrawn(page);
      await shot('after-reload');

      // click the wijk row (its button/link if it has one)
      const row = page.locator(`table.ranking tbody tr[data-code="${SCHILDERSWIJK}"]`);
      assert.equal(await row.count(), 1, `no ranking row for ${SCHILDERSWIJK}`);
      const inner = row.locator('button, a');
      await ((await inner.count()) > 0 ? inner.first() : row).click();
      await waitRows(page, 'BU051829', (n) => n === csvAreas('BU051829').length, 'all buurt rows BU051829* of the CSV after clicking the WK051829 row');
      assert.notEqual(page.url(), drilledUrl, 'selecting a wijk did not change the URL (back cannot work)');

      await page.goBack({ timeout: STEP_TIMEOUT });
      await waitRows(page, 'WK0518', (n) => n === 44, '44 wijk rows after going back');
      await waitRows(page, 'BU051829', (n) => n === 0, 'no buurt rows after going back');
      assert.equal(page.url(), drilledUrl, 'back did not restore the previous URL');
      await expectBreadcrumb(page);
      await shot('after-back');
    });

    s('search for Urk selects it', async ({ page, shot }) => {
      await waitMapDrawn(page);
      const h2 = page.locator('aside.side-panel h2');
      const before = (await h2.count()) ? await h2.first().innerText() : '';
      assert.doesNotMatch(before, /\bUrk\b/, 'side panel shows Urk before searching');
      const input = page.locator('input#search[type="search"]');
      assert.equal(await input.count(), 1, 'no <input id="search" type="search">');
      await input.click();
      await input.pressSequentially('Urk', { delay: 50 });
      // Pick the result named exactly "Urk" (the gemeente; a button's text may carry a subtitle
      // such as "gemeente" on a second line), else the first whose text contains "Urk".
      const buttons = page.locator('ul.search-results li button');
      const findUrk = () => buttons.evaluateAll((bs) => {
        const lines = bs.map((b) => (b.innerText || b.textContent || '').trim());
        const exact = lines.findIndex((t) => t.split('\n')[0].trim() === 'Urk');
        return exact >= 0 ? exact : lines.findIndex((t) => t.includes('Urk'));
      });
      await poll('ul.search-results li button with "Urk"', findUrk, (i) => i >= 0);
      await sleep(300); // let a debounced result list settle
      const pick = await poll('ul.search-results li button with "Urk"', findUrk, (i) => i >= 0);
      await shot('search-urk');
      await buttons.nth(pick).click();
      await poll('aside.side-panel h2 with "Urk"', () => h2.first().innerText(), (t) => /\bUrk\b/.test(t));
      await assertMapDrawn(page, { minColours: 1 }); // zoomed to Urk: may be a single area
      await shot('urk-selected');
    });

    s('typology: switch, explain Urk, move the homogeneous threshold', async ({ page, shot }) => {
      await waitMapDrawn(page);
      // Okabe-Ito green (#009e73, horticulture) is no colour of the diversity palette.
      const greenPixels = () => page.evaluate(() => {
        const c = document.querySelector('canvas.map-canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 0; i < d.length; i += 4) {
          if (d[i + 3] > 200 && Math.abs(d[i] - 0x00) < 12 && Math.abs(d[i + 1] - 0x9e) < 12 && Math.abs(d[i + 2] - 0x73) < 12) n++;
        }
        return n;
      });
      assert.equal(await greenPixels(), 0, 'typology colours on the map before switching');
      await page.locator('.mode-switch button').filter({ hasText: 'typologie' }).click();
      const legend = page.locator('.typology-legend');
      await poll('.typology-legend', () => legend.count(), (n) => n === 1);
      await poll('typology colours on the map', greenPixels, (n) => n > 100);
      const homogeneousCount = async () =>
        Number(await legend.locator('li[data-type="homogeneous"] .legend-count').innerText());
      const before = await homogeneousCount();
      assert.ok(before > 0, `legend counts ${before} homogeneous gemeenten`);
      await shot('typology');

      const input = page.locator('input#search[type="search"]');
      await input.click();
      await input.pressSequentially('Urk', { delay: 50 });
      const buttons = page.locator('ul.search-results li button');
      const pick = await poll('search result "Urk"', () => buttons.evaluateAll((bs) =>
        bs.findIndex((b) => (b.innerText || '').split('\n')[0].trim() === 'Urk')), (i) => i >= 0);
      await buttons.nth(pick).click();
      const panel = page.locator('aside.typology-panel');
      await poll('typology panel explains Urk', () => panel.innerText(),
        (t) => /\bUrk\b/.test(t) && /homogeen/.test(t) && /aandeel Nederlandse achtergrond 9\d,\d% > 90,0%/.test(t));
      await shot('typology-urk');

      await page.locator('input#t-homogeneous-dutch').fill('85');
      await poll('legend count after moving the threshold to 85%', homogeneousCount, (n) => n > before);
      await poll('threshold in the URL', () => page.url(), (u) => u.includes('homogeneous-dutch:0.85'));
      await shot('typology-threshold-85');
    });

    s('wheel zoom moves the camera; Enter on a ranking row opens it', async ({ page, shot }) => {
      await waitMapDrawn(page);
      const metresPerPixel = async () => urlMetresPerPixel(page);
      const before = await poll('camera in the URL', metresPerPixel, (m) => Number.isFinite(m));
      const box = await page.locator('canvas.map-overlay').boundingBox();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.wheel(0, -400);
      const after = await poll('zoomed-in camera in the URL', metresPerPixel, (m) => m < before * 0.8);
      assert.ok(after < before, `metres per pixel ${before} → ${after}`);
      await assertMapDrawn(page, { minColours: 2 });
      await shot('wheel-zoomed');

      const first = page.locator('table.ranking tbody tr').first();
      const code = await first.getAttribute('data-code');
      const name = (await first.locator('td').nth(1).innerText()).trim();
      await first.focus();
      await page.keyboard.press('Enter');
      await poll(`breadcrumb or panel shows ${name}`, async () =>
        (await page.locator('nav.breadcrumb').innerText()) + ' ' + (await page.locator('aside.side-panel h2').first().innerText()),
        (t) => t.includes(name));
      await poll(`URL names ${code}`, () => page.url(), (u) => u.includes(code));
    });

    s('raising the disclosure threshold greys out small areas and keeps them unranked', async ({ page, shot }) => {
      await waitMapDrawn(page);
      const noData = async () => Number(await page.locator('.legend li').last().locator('.legend-count').innerText());
      // The list renders only the rows in view; the table says how many it ranks.
      const ranked = async () => Number(await page.locator('table.ranking').getAttribute('data-ranked'));
      const before = await noData();
      const rankedBefore = await poll('ranked rows', ranked, (n) => n > 0);
      const input = page.locator('input#threshold');
      assert.equal(await input.getAttribute('min'), '50', 'the threshold cannot go below 50');
      await input.fill('20000');
      await input.press('Enter');
      await input.blur();
      const after = await poll('more gemeenten without enough data', noData, (n) => n > before);
      const rankedAfter = await poll('fewer ranked rows', ranked, (n) => n < rankedBefore);
      assert.equal(rankedAfter + after, rankedBefore + before, 'every gemeente is either ranked or greyed out');
      await poll('threshold in the URL', () => page.url(), (u) => /[?&]min=5000\b/.test(u));
      await shot('threshold-5000');
    });

    s('a two-finger pinch zooms the map', async ({ page, shot }) => {
      await waitMapDrawn(page);
      const metresPerPixel = async () => urlMetresPerPixel(page);
      const before = await poll('camera in the URL', metresPerPixel, (m) => Number.isFinite(m));
      const box = await page.locator('canvas.map-overlay').boundingBox();
      const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
      const cdp = await page.context().newCDPSession(page);
      const touch = (type, spread) => cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [
          { x: cx - spread, y: cy, id: 1 },
          { x: cx + spread, y: cy, id: 2 },
        ],
      });
      await touch('touchStart', 40);
      for (let spread = 50; spread <= 160; spread += 10) {
        await touch('touchMove', spread);
        await sleep(16);
      }
      await touch('touchEnd', 0);
      const after = await poll('zoomed-in camera after the pinch', metresPerPixel, (m) => m < before * 0.6);
      assert.ok(after < before, `metres per pixel ${before} → ${after}`);
      // A pinch only zooms: no area was opened (a tap would have drilled down and zoomed too).
      const params = new URL(page.url()).searchParams;
      assert.ok(!params.has('area') && !params.has('in'), `the pinch opened an area: ${page.url()}`);
      await assertMapDrawn(page, { minColours: 2 });
      await shot('pinch-zoomed');
    });

    s('sorting the ranking by Index orders the rows', async ({ page, shot }) => {
      await waitMapDrawn(page);
      const button = page.locator('table.ranking thead button').filter({ hasText: 'Index' }).first();
      await poll('table.ranking thead button "Index"', () => button.count(), (n) => n === 1);
      const sortOf = () => button.evaluate((b) => b.closest('th')?.getAttribute('aria-sort') ?? null);
      for (let click = 1; click <= 2; click++) {
        const before = await sortOf();
        await button.click();
        // Wait for the click to land: the direction must change (the first click may find the
        // list already sorted by index, descending).
        const dir = await poll('aria-sort on the th of the Index button to change', sortOf,
          (v) => (v === 'ascending' || v === 'descending') && v !== before);
        await sleep(200);
        const raw = await page.locator('table.ranking tbody tr').evaluateAll(
          (rows) => rows.map((r) => r.getAttribute('data-index')));
        const values = raw.map((v) => (v == null || v.trim() === '' ? NaN : Number(v))).filter(Number.isFinite);
        assert.ok(values.length >= 2, `rows carry no numeric data-index: ${JSON.stringify(raw.slice(0, 10))}`);
        assert.ok(new Set(values).size >= 2, 'all data-index values are equal: sorting cannot be checked');
        for (let i = 1; i < values.length; i++) {
          const okPair = dir === 'ascending' ? values[i - 1] <= values[i] : values[i - 1] >= values[i];
          assert.ok(okPair, `click ${click}: aria-sort=${dir} but data-index[${i - 1}]=${values[i - 1]}, [${i}]=${values[i]}`);
        }
        await shot(`sorted-${click}-${dir}`);
      }
    });

    s('a missing data bundle shows a load error', async ({ page, shot }) => {
      assert.ok(!brokenProblem, brokenProblem);
      await poll('a visible .load-error with text', async () => {
        const el = page.locator('.load-error').first();
        if (!(await el.count()) || !(await el.isVisible())) return '';
        return (await el.innerText()).trim();
      }, (t) => t.length > 0, LOAD_TIMEOUT);
      await shot('load-error');
    }, { allowConsoleErrors: true, allowHttpErrors: true, broken: true });
  });
}
