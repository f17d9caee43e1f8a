// End-to-end: a table of the user's own. A fictional wide table (per-country groups, counts
// made up for three real gemeente codes) is loaded through the file input: preview, map,
// lens, typology; broken files from tests/malformed each give their message and leave the map
// as it was; "Terug naar CBS-gegevens" restores the CBS figures; a reloaded link says the
// table is gone. Run at "/" and "/atlas/" like the other files.

import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serveDist } from './serve.mjs';
import { DIST, REPO, poll, waitMapDrawn, waitRows, clickArea, mapPixelStats, scenario, useBrowser } from './helpers.mjs';

useBrowser();

const MALFORMED = path.join(REPO, 'tests', 'malformed');
// Fictional counts; the groups are countries the atlas must sort into families.
const OWN = [
  ['GM0518', "'s-Gravenhage", 1050, { Nederland: 500, Polen: 100, Duitsland: 100, Marokko: 200, 'Syrië': 100, Atlantis: 50 }],
  ['GM0363', 'Amsterdam', 850, { Nederland: 400, Polen: 100, Duitsland: 100, Marokko: 100, 'Syrië': 100, Atlantis: 50 }],
  ['GM0014', 'Groningen', 510, { Nederland: 450, Polen: 10, Duitsland: 20, Marokko: 10, 'Syrië': 10, Atlantis: 10 }],
];
const GROUPS = Object.keys(OWN[0][3]);
const csv = () => ['code;naam;inwoners;' + GROUPS.join(';'),
  ...OWN.map(([code, name, n, g]) => [code, name, n, ...GROUPS.map((k) => g[k])].join(';'))].join('\n') + '\n';
/** 1 − Σp² as a whole percentage. */
const index = (counts) => {
  const total = counts.reduce((a, b) => a + b, 0);
  return Math.round((1 - counts.reduce((a, c) => a + (c / total) ** 2, 0)) * 100);
};
// The old lens by the families the test knows (not the app's): Dutch, western, non-western
// (Atlantis, unknown to the app, is corrected to non-western in the preview).
const westernSplit = (g) => [g.Nederland, g.Polen + g.Duitsland, g.Marokko + g['Syrië'] + g.Atlantis];

// Four fictional wijken of a fictional gemeente (GM9990, a code CBS does not use), in a 2 × 2
// grid of squares near Apeldoorn, and a fifth square without a row in the table.
const AREAS = [
  ['WK999001', 'Oeverwijk', { Nederland: 300, Polen: 40, Duitsland: 30, Marokko: 60, 'Syrië': 40, Atlantis: 30 }],
  ['WK999002', 'Heuvelwijk', { Nederland: 500, Polen: 5, Duitsland: 20, Marokko: 5, 'Syrië': 0, Atlantis: 0 }],
  ['WK999003', 'Veldwijk', { Nederland: 200, Polen: 100, Duitsland: 10, Marokko: 100, 'Syrië': 80, Atlantis: 10 }],
  ['WK999004', 'Bosrand', { Nederland: 400, Polen: 20, Duitsland: 60, Marokko: 10, 'Syrië': 10, Atlantis: 0 }],
];
const areasCsv = () => ['code;naam;inwoners;' + GROUPS.join(';'),
  ...AREAS.map(([code, name, g]) => [code, name, Object.values(g).reduce((a, b) => a + b, 0), ...GROUPS.map((k) => g[k])].join(';'))].join('\n') + '\n';
const areasGeojson = () => {
  const square = (code, name, [w, s]) => ({ type: 'Feature', properties: { wijkcode: code, wijknaam: name, oppervlak: 4 },
    geometry: { type: 'Polygon', coordinates: [[[w, s], [w + 0.05, s], [w + 0.05, s + 0.03], [w, s + 0.03], [w, s]]] } });
  const corners = [[5.90, 52.20], [5.95, 52.20], [5.90, 52.23], [5.95, 52.23], [6.00, 52.20]];
  const names = [...AREAS.map(([code, name]) => [code, name]), ['WK999005', 'Nieuwland']];
  return JSON.stringify({ type: 'FeatureCollection', features: names.map(([c, n], i) => square(c, n, corners[i])) });
};

const legendCounts = async (page, selector = '.legend') =>
  (await page.locator(`${selector} .legend-count`).allInnerTexts()).map(Number);
const panelIndex = async (page) => Number((await page.locator('aside.side-panel .big-number').first().innerText()).replace('%', ''));

async function chooseFile(page, name, buffer) {
  await page.locator('.own-load input[type=file]').setInputFiles({ name, mimeType: 'text/csv', buffer });
}

for (const [variant, prefix] of [['root', '/'], ['subpath', '/atlas/']]) {
  describe(`an own table, app served at ${prefix}`, () => {
    let server;
    before(async () => { server = await serveDist(DIST, { prefix }); });
    after(async () => { await server?.close(); });
    const s = (name, body, opts = {}) => scenario(variant, () => server, name, body, opts);

    s('a wide table of countries: preview, map, lens, typology, broken files, and back to CBS', async ({ page, shot }) => {
      await waitMapDrawn(page);
      // Chosen at once: the file waits for the rows of the wijken and buurten it is read against.
      const cbsCounts = await legendCounts(page);
      await chooseFile(page, 'eigen-fictief.csv', Buffer.from(csv()));
      const dialog = page.locator('.own-dialog[role=dialog]');
      await poll('the preview', () => dialog.count(), (n) => n === 1);
      await poll('the focus on "Laden"', () => page.evaluate(() => document.activeElement?.textContent), (t) => t === 'Laden');
      const preview = await dialog.innerText();
      assert.match(preview, /breed: één kolom per groep/);
      assert.match(preview, /puntkomma/);
      assert.match(preview, /Gemeenten: 3 in het bestand, 3 daarvan op de kaart/);
      const families = () => page.$$eval('.own-groups tr', (rows) =>
        Object.fromEntries(rows.map((r) => [r.cells[0].innerText.trim(), r.querySelector('select').selectedOptions[0].text])));
      const guessed = await families();
      assert.equal(guessed['Syrië'], 'niet-westers');
      assert.match(guessed.Duitsland, /^westers, buurland/);
      assert.match(guessed.Atlantis, /^onbekend/);
      await page.locator('.own-groups select').nth(GROUPS.indexOf('Atlantis')).selectOption({ label: 'niet-westers' });
      await poll('the corrected family', async () => (await families()).Atlantis, (f) => f === 'niet-westers');
      await shot('own-preview');
      await dialog.getByRole('button', { name: 'Laden' }).click();
      await poll('the own-table badge', () => page.locator('.own-badge').count(), (n) => n === 1);
      assert.match(await page.locator('.own-badge').innerText(), /Eigen tabel: eigen-fictief\.csv.*niet gedeeld/s);
      assert.match(page.url(), /eigen=1/);
      assert.match(await page.locator('footer.attribution p').first().innerText(), /eigen tabel eigen-fictief\.csv, alleen in deze browser/);
      const ownCounts = await legendCounts(page);
      assert.equal(ownCounts.slice(0, -2).reduce((a, b) => a + b, 0), 3, `three gemeenten coloured: ${ownCounts}`);

      // Den Haag's index from the file, under all groups and under the old lens.
      await page.locator('table.ranking tbody tr[data-code="GM0518"]').click();
      await poll("Den Haag's index from the file", () => panelIndex(page), (v) => v === index(Object.values(OWN[0][3])));
      await page.locator('button[data-lens="westers"]').click();
      await poll('the old lens on the own groups', () => panelIndex(page), (v) => v === index(westernSplit(OWN[0][3])));
      await shot('own-map-lens');

      // The typology classifies the gemeenten of the file.
      await page.locator('.mode-switch button', { hasText: 'typologie' }).click();
      const types = await poll('the typology legend', () => legendCounts(page, '.typology-legend'), (c) => c.length > 0);
      assert.equal(types.reduce((a, b) => a + b, 0), 345, `every gemeente in the typology legend: ${types}`);
      await page.locator('.mode-switch button', { hasText: 'diversiteit' }).click();

      // Broken files: a message each, and the map keeps the own table.
      const before = await legendCounts(page);
      const broken = [['letters-in-count.csv', /regel 3.*'4o' is geen aantal/s], ['picture.png', /afbeelding/],
        ['unclosed-quote.csv', /regel 3.*nergens sluit/s], ['empty.csv', /leeg/],
        ['long-several-years.csv', /meerdere jaren/], ['huge-code.csv', /is geen CBS-gebiedscode/]];
      for (const [file, says] of broken) {
        await chooseFile(page, file, fs.readFileSync(path.join(MALFORMED, file)));
        const alert = page.locator('.own-error[role=alertdialog]');
        await poll(`the message for ${file}`, () => alert.count(), (n) => n === 1);
        const message = await alert.innerText();
        assert.match(message, says, `${file}: ${message}`);
        assert.ok(message.length < 1000, `${file}: the message is ${message.length} characters`);
        assert.match(message, /dezelfde gegevens/);
        if (file === 'letters-in-count.csv') await shot('own-broken-file');
        await alert.getByRole('button', { name: 'Sluiten' }).click();
        assert.deepEqual(await legendCounts(page), before, `${file} changed the map`);
        assert.equal(await page.locator('.own-badge').count(), 1, `${file} dropped the own table`);
      }

      await page.getByRole('button', { name: 'Terug naar CBS-gegevens' }).click();
      await poll('the badge to go', () => page.locator('.own-badge').count(), (n) => n === 0);
      await page.locator('button[data-lens="alle"]').click();
      await poll('the CBS legend again', () => legendCounts(page), (c) => JSON.stringify(c) === JSON.stringify(cbsCounts));
      assert.doesNotMatch(page.url(), /eigen=1/);
    });

    s('own areas: a table and a GeoJSON of fictional wijken dropped together', async ({ page, shot }) => {
      await waitMapDrawn(page);
      const cbsCounts = await legendCounts(page);
      // Dragging files over the page says where to drop them.
      const transfer = await page.evaluateHandle(([table, shapes]) => {
        const dt = new DataTransfer();
        dt.items.add(new File([table], 'wijken-fictief.csv', { type: 'text/csv' }));
        dt.items.add(new File([shapes], 'wijken-fictief.geojson', { type: 'application/geo+json' }));
        return dt;
      }, [areasCsv(), areasGeojson()]);
      await page.dispatchEvent('.page', 'dragover', { dataTransfer: transfer });
      await poll('the drop hint', () => page.locator('.drop-hint').count(), (n) => n === 1);
      await shot('own-drop-hint');
      await page.dispatchEvent('.page', 'drop', { dataTransfer: transfer });
      await poll('the drop hint to go', () => page.locator('.drop-hint').count(), (n) => n === 0);
      const dialog = page.locator('.own-dialog[role=dialog]');
      await poll('the preview', () => dialog.count(), (n) => n === 1);
      const preview = await dialog.innerText();
      assert.match(preview, /Wijken: 4 in het bestand, 4 daarvan op de kaart/);
      assert.match(preview, /wijken-fictief\.geojson: 5 vormen \(GeoJSON\), 5 getekend/);
      assert.equal(await page.locator('#own-shape-code').inputValue(), 'wijkcode', 'the code property guessed');
      assert.equal(await page.locator('#own-shape-name').inputValue(), 'wijknaam', 'the name property guessed');
      await shot('own-areas-preview');
      // Tab stays inside the dialog.
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Tab');
        assert.ok(await page.evaluate(() => !!document.activeElement?.closest('.own-dialog')), `Tab ${i + 1} left the dialog`);
      }
      // A property without codes is refused, and the preview comes back as it was.
      await page.locator('#own-shape-code').selectOption('wijknaam');
      const alert = page.locator('.own-error[role=alertdialog]');
      await poll('the message about the property', () => alert.count(), (n) => n === 1);
      assert.match(await alert.innerText(), /de eigenschap 'wijknaam' heeft geen CBS-gebiedscodes/);
      await alert.getByRole('button', { name: 'Sluiten' }).click();
      await poll('the preview again', () => dialog.count(), (n) => n === 1);
      assert.equal(await page.locator('#own-shape-code').inputValue(), 'wijkcode');
      await dialog.getByRole('button', { name: 'Laden' }).click();
      await poll('the own-table badge', () => page.locator('.own-badge').count(), (n) => n === 1);
      assert.match(await page.locator('.own-badge').innerText(), /wijken-fictief\.csv en wijken-fictief\.geojson/);

      // The map draws the own wijken (their gemeente opened), hit-tested like any other.
      await waitRows(page, 'WK9990', (n) => n === 5, 'five own wijken in the ranking');
      await clickArea(page, 'WK999001');
      await poll('Oeverwijk in the panel', () => page.locator('aside.side-panel').innerText(), (t) => /Oeverwijk/.test(t));
      await poll("Oeverwijk's index from the file", () => panelIndex(page), (v) => v === index(Object.values(AREAS[0][2])));
      await page.locator('button[data-lens="westers"]').click();
      // Atlantis keeps the family "onbekend" here: the old lens keeps it apart.
      const g = AREAS[0][2];
      const oldLens = [g.Nederland, g.Polen + g.Duitsland, g.Marokko + g['Syrië'], g.Atlantis];
      await poll('the old lens on the own wijk', () => panelIndex(page), (v) => v === index(oldLens));
      await page.locator('button[data-lens="alle"]').click();
      assert.match(await page.locator('footer.attribution p').first().innerText(), /Gebieden: eigen bestand wijken-fictief\.geojson/);
      const pixels = await mapPixelStats(page);
      assert.ok(pixels.colours >= 4 && pixels.fraction > 0.2, `the own wijken fill the map in several colours: ${JSON.stringify(pixels)}`);
      await shot('own-areas-map');

      // The typology cannot classify the own gemeente (Nieuwland has no figures, so the gemeente
      // is not summed from its wijken), and says why.
      await page.locator('.mode-switch button', { hasText: 'typologie' }).click();
      const types = await poll('the typology legend', () => legendCounts(page, '.typology-legend'), (c) => c.length > 0);
      assert.equal(types.reduce((a, b) => a + b, 0), 1, `one gemeente: ${types}`);
      assert.equal(await page.locator('.typology-legend li[data-type=geen] .legend-count').innerText(), '1');
      assert.match(await page.locator('.own-typology-note').innerText(), /0 van de 1 gemeenten.*zodra al haar wijken erin staan/s);
      await page.locator('.mode-switch button', { hasText: 'diversiteit' }).click();

      await page.getByRole('button', { name: 'Terug naar CBS-gegevens' }).click();
      await poll('the badge to go', () => page.locator('.own-badge').count(), (n) => n === 0);
      // GM9990 is no CBS gemeente: back at the whole country, not at whatever area had its id.
      assert.doesNotMatch(page.url(), /in=/);
      await page.locator('button[data-lens="alle"]').click();
      await poll('the CBS legend again', () => legendCounts(page), (c) => JSON.stringify(c) === JSON.stringify(cbsCounts));
    });

    s('own shapes for part of an open city: no sum for the city, and back to the same city', async ({ page }) => {
      await waitMapDrawn(page);
      await poll('the 44 wijken of Den Haag', () => page.locator('table.ranking').getAttribute('data-rows'), (n) => n === '44');
      const wijken = ['WK051801', 'WK051802', 'WK051803'];
      const table = ['code;naam;inwoners;Nederland;Polen;Marokko', ...wijken.map((c, i) => `${c};;${300 + i};200;${50 + i};50`)].join('\n');
      const square = (code, w) => ({ type: 'Feature', properties: { code }, geometry: { type: 'Polygon',
        coordinates: [[[w, 52.05], [w + 0.01, 52.05], [w + 0.01, 52.06], [w, 52.06], [w, 52.05]]] } });
      const shapes = JSON.stringify({ type: 'FeatureCollection', features: [square(wijken[0], 4.28), square(wijken[1], 4.29)] });
      await page.locator('.own-load input[type=file]').setInputFiles([
        { name: 'deel.csv', mimeType: 'text/csv', buffer: Buffer.from(table) },
        { name: 'deel.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(shapes) },
      ]);
      const dialog = page.locator('.own-dialog[role=dialog]');
      await poll('the preview', () => dialog.count(), (n) => n === 1);
      assert.match(await dialog.innerText(), /Niet opgeteld.*'s-Gravenhage \(3 van de 44 wijken\)/s);
      await dialog.locator('button.primary').click();
      await poll('the own-table badge', () => page.locator('.own-badge').count(), (n) => n === 1);
      assert.match(page.url(), /in=GM0518/, 'the open city stays open');
      await page.locator('.breadcrumb button', { hasText: 'Gravenhage' }).click().catch(() => {});
      await page.getByRole('button', { name: 'Terug naar CBS-gegevens' }).click();
      await poll('the badge to go', () => page.locator('.own-badge').count(), (n) => n === 0);
      assert.match(page.url(), /in=GM0518/, 'back at the same city');
      await poll('the 44 wijken of Den Haag again', () => page.locator('table.ranking').getAttribute('data-rows'), (n) => n === '44');
    }, { query: '?level=wijk&in=GM0518&area=GM0518' });

    s('a big file is read off the page, and reading it can be cancelled', async ({ page }) => {
      await waitMapDrawn(page);
      // About 20 MB of fictional rows: the reader works in a worker, so the page still answers
      // (the cancel button works while it reads). bench_own.mjs reads the same file for its timings.
      const rows = ['code;groep;aantal'];
      for (let n = 0; rows.length < 1_000_000; n++) rows.push(`BU${String(1000 + (n % 9000)).padStart(4, '0')}${String(n % 97).padStart(2, '0')}${String(n % 89).padStart(2, '0')};Polen;${n % 500}`);
      // Given as a file path: a buffer this large would be decoded on the page by the harness.
      const big = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-')), 'groot.csv');
      fs.writeFileSync(big, rows.join('\n') + '\n');
      await page.locator('.own-load input[type=file]').setInputFiles(big);
      const reading = page.locator('.own-reading[role=status]');
      await poll('the reading status', () => reading.count(), (n) => n === 1);
      assert.match(await reading.innerText(), /Bestand lezen: groot\.csv/);
      await reading.getByRole('button', { name: 'Annuleren' }).click();
      await poll('the reading status to go', () => reading.count(), (n) => n === 0);
      await page.waitForTimeout(1500);
      assert.equal(await page.locator('.own-dialog').count(), 0, 'a cancelled read still showed something');
      // Read it again to the end: the answer comes. (The longest main-thread task while reading
      // this file is measured by tests/e2e/bench_own.mjs, not asserted here.)
      await page.locator('.own-load input[type=file]').setInputFiles(big);
      const answer = page.locator('.own-dialog[role=dialog], .own-error');
      await poll('the answer for the big file', () => answer.count(), (n) => n === 1, 60_000);
    });

    s('without a worker a file is refused with a message, and the map keeps its data', async ({ page }) => {
      await page.addInitScript(() => { window.Worker = function NoWorker() { throw new Error('no workers here'); }; });
      await page.reload();
      await waitMapDrawn(page);
      await waitRows(page, 'GM', (n) => n > 300, 'the gemeenten');
      await chooseFile(page, 'eigen.csv', Buffer.from(csv()));
      const alert = page.locator('.own-error[role=alertdialog]');
      await poll('the message', () => alert.count(), (n) => n === 1);
      assert.match(await alert.innerText(), /eigen\.csv: deze browser kan geen bestanden in de achtergrond lezen/);
      assert.equal(await page.locator('.own-badge').count(), 0, 'no own table on the map');
      await page.keyboard.press('Escape');
      await waitRows(page, 'GM', (n) => n > 300, 'the CBS gemeenten still listed');
    });

    s('a file of areas the map does not know is refused, and a reloaded own-table link says the table is gone', async ({ page }) => {
      await waitMapDrawn(page);
      await poll('the note about the own table', () => page.locator('.own-note').innerText(), (t) => /nergens bewaard/.test(t));
      await chooseFile(page, 'elders.csv', Buffer.from('code;groep;aantal\nGM9999;Polen;5\nGM9999;Nederland;50\n'));
      const alert = page.locator('.own-error[role=alertdialog]');
      await poll('the message', () => alert.count(), (n) => n === 1);
      assert.match(await alert.innerText(), /geen van de 1 gebieden staat op de kaart \(eerste codes: GM9999\)/);
      assert.equal(await page.locator('.own-badge').count(), 0);
      // The message has the focus, so Escape closes it.
      await page.keyboard.press('Escape');
      await poll('the message to close on Escape', () => alert.count(), (n) => n === 0);
    }, { query: '?eigen=1' });
  });
}
