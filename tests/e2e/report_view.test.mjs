// End-to-end: the report's own view — 2022 wijken (Amsterdam's too), 18 origin groups, the old
// lens against the new one, earlier years. Run at "/" and at "/atlas/" like atlas.test.mjs.

import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serveDist } from './serve.mjs';
import {
  DIST, DEN_HAAG, DEN_HAAG_NAME, poll, waitMapDrawn, mapPixelStats, assertMapDrawn, rowsSel, waitRows,
  scenario, useBrowser, searchEnter, clickArea, dataFile, csvAreas,
} from './helpers.mjs';

useBrowser();

const AMSTERDAM = 'GM0363';
const TABLE_18 = 'cbs/cbs-84910-2022-gemeente-18-herkomstgroepen.csv';

/** 1 − Σp² over the 18 group columns of a gemeente in the 84910 CSV, as a whole percentage. */
function expected18Percent(code) {
  const file = dataFile(TABLE_18);
  const lines = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
  const head = lines[0].split(';');
  const line = lines.find((l) => l.startsWith(code + ';'));
  assert.ok(line, `${code} not found in ${file}`);
  const cells = line.split(';');
  const groups = head.slice(3).map((_, i) => Number(cells[3 + i]));
  assert.equal(groups.length, 18, 'the 84910 file has 18 group columns');
  const sum = groups.reduce((a, b) => a + b, 0);
  return { percent: Math.round((1 - groups.reduce((a, c) => a + (c / sum) ** 2, 0)) * 100), groups: groups.length };
}

/** The big number in the side panel, as an integer percentage. */
async function panelIndex(page) {
  const text = await page.locator('aside.side-panel .big-number').first().innerText();
  return Number(text.replace('%', '').trim());
}

/** The counts in the legend (one per class), to tell two maps apart without pixels. */
const legendCounts = (page) => page.locator('.legend .legend-count').allInnerTexts();

for (const [variant, prefix] of [['root', '/'], ['subpath', '/atlas/']]) {
  describe(`report view, app served at ${prefix}`, () => {
    let server;
    before(async () => { server = await serveDist(DIST, { prefix }); });
    after(async () => { await server?.close(); });
    const s = (name, body, opts = {}) => scenario(variant, () => server, name, body, opts);

    s('Amsterdam shows its 99 wijken and, inside a wijk, its buurten', async ({ page, shot }) => {
      await waitMapDrawn(page);
      await searchEnter(page, 'Amsterdam');
      await waitRows(page, 'WK0363', (n) => n === 99, '99 wijk rows of Amsterdam');
      await poll('legend counts adding up to 99 wijken',
        () => legendCounts(page), (c) => c.map(Number).reduce((a, b) => a + b, 0) === 99);
      await assertMapDrawn(page);
      await shot('amsterdam-wijken');
      await clickArea(page, 'WK036300'); // on the map (the list renders only the rows in view)
      const buurten = csvAreas('BU036300').length; // 5 in the CSV
      await waitRows(page, 'BU036300', (n) => n === buurten, `Burgwallen-Oude Zijde's ${buurten} buurten`);
      // The buurt shapes are fetched when the view asks for them.
      const coloured = (c) => c.map(Number).slice(0, -1).reduce((a, b) => a + b, 0);
      await poll('buurten coloured on the map', () => legendCounts(page), (c) => coloured(c) >= 4);
      await assertMapDrawn(page, { minColours: 2 });
      await shot('amsterdam-centrum-buurten');
    });

    s("18 groups change Den Haag's index and the panel lists all 18", async ({ page, shot }) => {
      await waitMapDrawn(page);
      await searchEnter(page, 'Den Haag');
      await poll('Den Haag in the panel', () => page.locator('aside.side-panel h2').first().innerText(),
        (t) => t.includes(DEN_HAAG_NAME));
      const seven = await panelIndex(page);
      await page.locator('select#groups').selectOption('fijn');
      const expected = expected18Percent(DEN_HAAG);
      const eighteen = await poll('the 18-group index in the panel', () => panelIndex(page), (v) => v === expected.percent);
      assert.notEqual(eighteen, seven, 'the index did not change with 18 groups');
      const rows = await page.locator('aside.side-panel table.composition-table tbody tr:not(.index-row)').count();
      assert.equal(rows, 18, 'the composition table lists every group');
      assert.match(await page.locator('aside.side-panel').innerText(), /CBS 84910/, 'the panel says which 18 groups');
      assert.match(page.url(), /groups=fijn/);
      await shot('den-haag-18-groepen');
      // Weesp is counted in Amsterdam in this table: the app says so next to the figure.
      await searchEnter(page, 'Weesp');
      await poll('a note that Weesp is missing from the 18-group table',
        () => page.locator('aside.side-panel').innerText(), (t) => /Weesp ontbreekt|geen cijfers/.test(t));
    });

    s('the lens switch changes the map; the old-vs-new mode colours what the old lens hides', async ({ page, shot }) => {
      await waitMapDrawn(page);
      await assertMapDrawn(page);
      const before = { legend: await legendCounts(page), pixels: (await mapPixelStats(page)).top };
      await page.locator('button[data-lens="westers"]').click();
      await poll('another legend after the lens switch', () => legendCounts(page),
        (c) => JSON.stringify(c) !== JSON.stringify(before.legend));
      const after = await poll('other map colours', async () => (await mapPixelStats(page)).top,
        (t) => JSON.stringify(t) !== JSON.stringify(before.pixels));
      assert.ok(after.length >= 2);
      assert.match(page.url(), /lens=westers/);
      await shot('lens-westers');
      await page.locator('button[data-mode="lensverschil"]').click();
      await poll('the lens-gap legend', () => page.locator('.legend h2').first().innerText(), (t) => /oude blik/.test(t));
      await assertMapDrawn(page, { minColours: 3 });
      await shot('lens-gap');
    });

    s('the year switch shows 2017, marked as approximate', async ({ page, shot }) => {
      await waitMapDrawn(page);
      const before = await legendCounts(page);
      await page.locator('select#year').selectOption('2017');
      await poll('year=2017 in the URL', () => page.url(), (u) => /year=2017/.test(u));
      await poll('the approximation note in the legend', () => page.locator('.legend').innerText(), (t) => /Benadering/.test(t));
      const after = await legendCounts(page);
      assert.notDeepEqual(after, before, 'the 2017 map should differ from 2022');
      const coloured = after.slice(0, -1).map(Number).reduce((a, b) => a + b, 0);
      assert.ok(coloured >= 340, `2017 figures on the 2022 gemeenten: ${after}`);
      await assertMapDrawn(page);
      await shot('year-2017');
      assert.equal(await page.locator('button[data-mode="verandering"]').isDisabled(), true,
        'no year before 2017 to compare with: the change mode cannot be chosen');
      // Back to 2022, the change since 2017 per gemeente.
      await page.locator('select#year').selectOption('2022');
      await page.locator('button[data-mode="verandering"]').click();
      await poll('the change legend', () => page.locator('.legend h2').first().innerText(), (t) => /2017–2022/.test(t));
      await assertMapDrawn(page, { minColours: 3 });
      await shot('change-since-2017');
    });
  });
}
