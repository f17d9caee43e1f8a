// End-to-end: the shell redraws only what changed. A hover re-renders the map view (tooltip,
// overlay) and nothing else; selecting an area next to the one selected redraws the overlay,
// not the map. Counted with window.__atlas.renderCounts() (automated browsers only).

import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist } from './serve.mjs';
import { DIST, DEN_HAAG, poll, waitMapDrawn, rowsSel, waitRows, screenPoint, scenario, useBrowser, sleep } from './helpers.mjs';

useBrowser();

const counts = (page) => page.evaluate(() => window.__atlas.renderCounts());
const tooltip = (page) => page.locator('.map .tooltip strong').first().innerText();

/** The codes and names of the first n rows of the ranking whose code starts with prefix. */
const rowAreas = (page, prefix, n) => page.$$eval(rowsSel(prefix), (trs, k) =>
  trs.slice(0, k).map((tr) => ({ code: tr.dataset.code, name: tr.cells[1].firstChild.textContent.trim() })), n);

for (const [variant, prefix] of [['root', '/'], ['subpath', '/atlas/']]) {
  describe(`the shell's redraws, app served at ${prefix}`, () => {
    let server;
    before(async () => { server = await serveDist(DIST, { prefix }); });
    after(async () => { await server?.close(); });
    const s = (name, body, opts = {}) => scenario(variant, () => server, name, body, opts);

    s('hovering areas on the map and rows in the ranking re-renders neither the ranking nor the map image', async ({ page }) => {
      await waitMapDrawn(page);
      await waitRows(page, 'WK0518', (n) => n === 44, "Den Haag's 44 wijken");
      await sleep(1500); // the remaining parts of the bundle arrive in the background
      const areas = await rowAreas(page, 'WK0518', 4);
      const before = await counts(page);
      assert.ok(before.map >= 1 && before.ranking >= 1 && before.canvas >= 1, `counted: ${JSON.stringify(before)}`);
      for (const area of areas) {
        const [x, y] = await screenPoint(page, area.code);
        await page.mouse.move(x, y, { steps: 3 });
        await poll(`the tooltip to name ${area.name}`, () => tooltip(page), (t) => t === area.name);
      }
      const afterMap = await counts(page);
      assert.ok(afterMap.map >= before.map + areas.length, `the map view re-rendered per hover: ${JSON.stringify([before, afterMap])}`);
      assert.equal(afterMap.ranking, before.ranking, 'hovering the map re-rendered the ranking');
      assert.equal(afterMap.canvas, before.canvas, 'hovering redrew the map image, not only the overlay');
      // Rows outline their area on the map, still without re-rendering the ranking.
      for (const area of areas.slice(0, 2)) await page.locator(rowsSel(area.code)).hover();
      await sleep(200);
      const afterRows = await counts(page);
      assert.ok(afterRows.map > afterMap.map, 'hovering a row told the map');
      assert.equal(afterRows.ranking, before.ranking, 'hovering a row re-rendered the ranking');
      assert.equal(afterRows.canvas, before.canvas, 'hovering a row redrew the map image');
    }, { query: `?in=${DEN_HAAG}` });

    s('the page runs under a strict Content-Security-Policy', async ({ page, problems }) => {
      await waitMapDrawn(page);
      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      assert.match(policy, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
      const directives = Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
      for (const token of ["'unsafe-eval'", "'unsafe-inline'"]) {
        assert.ok(!directives['script-src'].includes(token), `script-src allows ${token}`);
      }
      assert.ok(!directives['style-src'].includes("'unsafe-inline'"), 'style-src allows inline style elements');
      assert.deepEqual(directives['default-src'], ["'none'"]);
      // An inline script added by anyone (say, through a name in a file) does not run.
      const ran = await page.evaluate(() => new Promise((resolve) => {
        window.__injected = false;
        const script = document.createElement('script');
        script.textContent = 'window.__injected = true';
        document.body.append(script);
        setTimeout(() => resolve(window.__injected), 100);
      }));
      assert.equal(ran, false, 'an injected inline script ran');
      const blocked = await page.evaluate(() => window.__cspViolations.splice(0));
      assert.ok(blocked.some((v) => v.startsWith('script-src')), `the violation was reported: ${blocked}`);
      // The only console error is the browser's report of that blocked script.
      assert.ok(problems.consoleErrors.every((e) => /Content Security Policy/.test(e)), problems.consoleErrors.join('\n'));
    }, { allowConsoleErrors: true });

    s('selecting a neighbouring buurt redraws the outline, not the map', async ({ page }) => {
      await waitMapDrawn(page);
      await waitRows(page, 'BU0518', (n) => n >= 3, 'buurten of the Schilderswijk');
      await sleep(1500);
      const areas = (await rowAreas(page, 'BU0518', 8)).slice(0, 3);
      const heading = () => page.locator('aside.side-panel h2').first().innerText();
      const before = await counts(page);
      assert.ok(before.canvas >= 1, `counted: ${JSON.stringify(before)}`);
      for (const area of areas) {
        const [x, y] = await screenPoint(page, area.code);
        await page.mouse.click(x, y);
        await poll(`the side panel to show ${area.name}`, heading, (h) => h.includes(area.name));
        assert.match(page.url(), new RegExp(`area=${area.code}`), 'the URL names the selection');
      }
      const after = await counts(page);
      assert.equal(after.canvas, before.canvas, `a selection redrew the map image: ${JSON.stringify([before, after])}`);
      assert.ok(after.map > before.map, 'the map view re-rendered for the outline');
    }, { query: '?level=buurt&in=WK051829' });

    s('the first page leaves the wijken and buurten until asked; their arrival leaves the map image alone', async ({ page }) => {
      const fetched = [];
      page.on('request', (r) => fetched.push(new URL(r.url()).pathname.split('/').pop()));
      await waitMapDrawn(page);
      // The year and group choices list the further tables: they come soon after the first page.
      await poll('the further tables', () => page.locator('select#year option').count(), (n) => n > 1);
      await sleep(1000);
      assert.ok(!fetched.includes('atlas-rijen.bin'), `rows fetched unasked: ${fetched.join(' ')}`);
      assert.ok(!fetched.some((f) => /^atlas-(wijk|buurt)\.bin$/.test(f)), `shapes fetched unasked: ${fetched.join(' ')}`);
      const before = await counts(page);
      // Reaching the search box asks for the rows: a wijk is found, the map is not drawn again.
      await page.locator('input#search').focus();
      await poll('the rows asked for', () => fetched.includes('atlas-rijen.bin'), (asked) => asked);
      await page.locator('input#search').fill('Schilderswijk');
      const hits = () => page.locator('ul.search-results li[role="option"] .hit-meta').allInnerTexts();
      await poll('the Schilderswijk among the hits', hits, (t) => t.some((m) => /wijk/i.test(m)));
      assert.equal(await page.locator('ul.search-results .rows-loading').count(), 0, 'the loading note left with the rows');
      await sleep(300);
      const after = await counts(page);
      assert.equal(after.canvas, before.canvas, `the rows arriving redrew the map image: ${JSON.stringify([before, after])}`);
    });
  });
}
