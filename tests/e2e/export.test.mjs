// End-to-end: taking the data away. The ranking of Den Haag's wijken downloads as a CSV for
// spreadsheets (BOM, ";", one row per area of the ranking, the index as shown), made in the
// browser. Run at "/" and "/atlas/" like the other files.

import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serveDist } from './serve.mjs';
import { DIST, OUT, poll, waitMapDrawn, scenario, useBrowser, readCsvRow } from './helpers.mjs';

useBrowser();

for (const [variant, prefix] of [['root', '/'], ['subpath', '/atlas/']]) {
  describe(`export, app served at ${prefix}`, () => {
    let server;
    before(async () => { server = await serveDist(DIST, { prefix }); });
    after(async () => { await server?.close(); });
    const s = (name, body, opts = {}) => scenario(variant, () => server, name, body, opts);

    s("the ranking of Den Haag's wijken as a spreadsheet CSV", async ({ page }) => {
      await waitMapDrawn(page);
      await poll('the 44 wijken', () => page.locator('table.ranking').getAttribute('data-rows'), (n) => n === '44');
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button.ranking-csv').click()]);
      // The name says place, level, what is ranked, year and groups.
      assert.equal(download.suggestedFilename(), 'diversiteitsatlas-s-gravenhage-wijken-diversiteit-2022-7-groepen.csv');
      const bytes = fs.readFileSync(await download.path());
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a byte-order mark for spreadsheets');
      const lines = bytes.subarray(3).toString('utf8').trim().split(/\r?\n/);
      assert.equal(lines[0], 'rang;code;naam;inwoners;index (%);opmerking;jaar en groepen');
      assert.equal(lines.length - 1, 44, 'one line per area of the ranking');
      assert.ok(lines.slice(1).every((l) => l.endsWith(';2022 · 7 groepen')), `every row says its year and groups: ${lines[1]}`);
      const row = lines.find((l) => l.includes(';WK051829;')).split(';');
      const r = readCsvRow('WK051829');
      const groups = [r.a_inw - r.a_w_all - r.a_nw_all, r.a_w_all, r.a_marok, r.a_antaru, r.a_surina, r.a_tur, r.a_ov_nw].map(Number);
      const total = groups.reduce((a, b) => a + b, 0);
      const index = (1 - groups.reduce((a, g) => a + (g / total) ** 2, 0)) * 100;
      assert.equal(row[4], index.toFixed(1).replace('.', ','), 'the index with a decimal comma');
      assert.equal(row[3], String(Number(r.a_inw)));
      const shown = await page.locator('table.ranking tr[data-code="WK051829"] td').first().innerText();
      assert.equal(row[0], shown.trim(), 'the rank as on screen');
      const first = lines[1].split(';');
      assert.equal(first[0], '1', 'the ranked rows first, in their order');
    }, { query: '?level=wijk&in=GM0518' });

    s('an English reader gets a comma-separated CSV with decimal points', async ({ page }) => {
      await waitMapDrawn(page);
      await poll('the 44 wijken', () => page.locator('table.ranking').getAttribute('data-rows'), (n) => n === '44');
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button.ranking-csv').click()]);
      const lines = fs.readFileSync(await download.path()).subarray(3).toString('utf8').trim().split(/\r?\n/);
      assert.equal(lines[0], 'rank,code,name,residents,index (%),note,year and groups');
      const row = lines.find((l) => l.includes(',WK051829,')).split(',');
      const shown = await page.locator('table.ranking tr[data-code="WK051829"] td').nth(3).innerText();
      assert.match(row[4], /^\d+\.\d$/, `the index with a decimal point: ${row[4]}`);
      assert.ok(Math.abs(Number(row[4]) - parseInt(shown, 10)) <= 0.5, `the index as on screen: ${row[4]} vs ${shown}`);
    }, { query: '?level=wijk&in=GM0518', context: { locale: 'en-GB' } });

    s("the map of Den Haag's wijken as a PNG with title, legend and source", async ({ page }) => {
      await waitMapDrawn(page);
      await poll('the 44 wijken', () => page.locator('table.ranking').getAttribute('data-rows'), (n) => n === '44');
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button.map-png').click()]);
      assert.equal(download.suggestedFilename(), 'diversiteitsatlas-s-gravenhage-wijken-diversiteit-2022-7-groepen.png');
      const png = fs.readFileSync(await download.path());
      assert.deepEqual([...png.subarray(1, 4)], [...Buffer.from('PNG')]);
      const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
      const map = await page.locator('div.map').evaluate((e) => [e.clientWidth, e.clientHeight]);
      assert.equal(width, map[0] * 2, 'twice the map width');
      assert.equal(height, (map[1] + 84) * 2, 'twice the map with room for title and source');
      fs.writeFileSync(`${OUT}/${variant}-export.png`, png);
      // The image, read back in the page: dark title text, the legend's top class colour, and a
      // source line at the bottom.
      const seen = await page.evaluate(async (url) => {
        const img = new Image();
        img.src = url;
        await img.decode();
        const c = document.createElement('canvas');
        [c.width, c.height] = [img.width, img.height];
        const ctx = c.getContext('2d');
        ctx.drawImage(img, 0, 0);
        const dark = (x, y, w, h) => {
          const d = ctx.getImageData(x, y, w, h).data;
          let n = 0;
          for (let i = 0; i < d.length; i += 4) if (d[i] < 90 && d[i + 1] < 90 && d[i + 2] < 90) n++;
          return n;
        };
        // The first swatch: 12 + 8 px in, 44 + 12 + 8 + 16 + 2 px down, 14 × 11 px; its middle.
        const legendSwatch = [...ctx.getImageData(2 * 27, 2 * 87, 1, 1).data].slice(0, 3);
        return { title: dark(0, 0, img.width, 2 * 44), source: dark(0, img.height - 2 * 40, img.width, 2 * 40), legendSwatch };
      }, `data:image/png;base64,${png.toString('base64')}`);
      assert.ok(seen.title > 200, `title text: ${seen.title} dark pixels`);
      assert.ok(seen.source > 100, `source line: ${seen.source} dark pixels`);
      assert.deepEqual(seen.legendSwatch, [0x0c, 0x2c, 0x84], 'the top class of the legend, #0c2c84');

      // The same view as SVG: vector paths per colour, "no data" hatched, the frame as text.
      const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.locator('button.map-svg').click()]);
      assert.equal(svgDownload.suggestedFilename(), 'diversiteitsatlas-s-gravenhage-wijken-diversiteit-2022-7-groepen.svg');
      const svg = fs.readFileSync(await svgDownload.path(), 'utf8');
      assert.match(svg, new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" width="${map[0]}" height="${map[1] + 84}"`));
      assert.match(svg, /<text[^>]*>Diversiteitsindex: 's-Gravenhage, wijken \(2022 · 7 groepen\)<\/text>/);
      assert.ok(svg.match(/<path fill="#[0-9a-f]{6}"/g).length >= 4, 'a path per class on the map');
      assert.match(svg, /<path fill="url\(#hatch-map\)"/, 'Oostduinen has no figures');
      assert.match(svg, /Bron: CBS/);
      // Den Haag's wijken are drawn with CBS boundaries only: no other publisher is credited.
      assert.doesNotMatch(svg, /Gemeente Amsterdam/, 'only the sources this view uses');
      const rendered = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        return doc.querySelector('parsererror') ? 'broken' : doc.documentElement.nodeName;
      }, svg);
      assert.equal(rendered, 'svg', 'well-formed XML');
    }, { query: '?level=wijk&in=GM0518' });
  });
}
