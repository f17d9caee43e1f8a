// End-to-end: finding your own place — everyday names with Enter, areas without shapes listed
// and explained, four levels side by side, a foldable legend, three screen sizes.

import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist } from './serve.mjs';
import { DIST, poll, waitMapDrawn, assertMapDrawn, waitRows, scenario, useBrowser, searchEnter, urlMetresPerPixel, csvAreas } from './helpers.mjs';

useBrowser();

const panelHeading = (page) => page.locator('aside.side-panel h2').first().innerText();

for (const [variant, prefix] of [['root', '/'], ['subpath', '/atlas/']]) {
  describe(`finding your place, app served at ${prefix}`, () => {
    let server;
    before(async () => { server = await serveDist(DIST, { prefix }); });
    after(async () => { await server?.close(); });
    const s = (name, body, opts = {}) => scenario(variant, () => server, name, body, opts);

    s('everyday names find the right area with Enter', async ({ page }) => {
      await waitMapDrawn(page);
      for (const [query, code, name] of [
        ['Den Haag', 'GM0518', "'s-Gravenhage"],
        ['den bosch', 'GM0796', "'s-Hertogenbosch"],
        ['Schilderswijk', 'WK051829', 'Schildersbuurt'],
        ['sudwest', 'GM1900', 'Súdwest-Fryslân'],
        ['Overvecht', 'WK034403', 'Overvecht'],
      ]) {
        const url = await searchEnter(page, query);
        assert.match(url, new RegExp(`area=${code}`), `"${query}" should open ${code}: ${url}`);
        await poll(`the panel on ${name}`, () => panelHeading(page), (t) => t.includes(name));
      }
    });

    s('a wijk found in the first seconds is fitted on the map once its shapes arrive', async ({ page }) => {
      await waitMapDrawn(page);
      // Before any wijk or buurt shape is loaded: the search asks for the rows, the pick for
      // the shapes; meanwhile the map shows the gemeente around the wijk.
      const url = await searchEnter(page, 'Schilderswijk');
      assert.match(url, /in=WK051829/, url);
      await waitRows(page, 'BU0518', (n) => n === csvAreas('BU051829').length, 'the three buurten of the Schildersbuurt (BU051829*)');
      await poll('the map fitted to the wijk, not to Den Haag', () => urlMetresPerPixel(page), (m) => m < 10);
      await assertMapDrawn(page, { minColours: 1 }); // its three buurten are all in the top class
      const note = await page.locator('aside.side-panel .area-figures .note').allInnerTexts();
      assert.ok(!note.some((t) => /geen grens/i.test(t)), `a wijk with a shape said it has none: ${note}`);
    });

    s('the wijken of the whole country can be chosen in the first seconds', async ({ page }) => {
      await waitMapDrawn(page);
      // Their rows are not loaded yet: the button asks for them instead of being greyed out.
      const button = page.locator('.level-switch button', { hasText: 'wijken' });
      assert.equal(await button.isDisabled(), false, 'the wijk level is greyed out while its rows load');
      await button.click();
      await poll('the wijk level in the link', () => page.url(), (u) => /level=wijk/.test(u));
      await poll('every wijk in the ranking', () => page.locator('table.ranking').getAttribute('data-rows'), (n) => Number(n) > 3000);
      await assertMapDrawn(page);
    });

    s('Enter before the wijken have loaded opens the first hit when they arrive', async ({ page }) => {
      // The rows of the wijken and buurten are held back until Enter has been pressed.
      let release;
      const released = new Promise((resolve) => { release = resolve; });
      await page.route('**/atlas-rijen.bin', async (route) => { await released; await route.continue(); });
      await waitMapDrawn(page);
      const input = page.locator('input#search');
      await input.fill('Overvecht');
      await poll('the loading note', () => page.locator('ul.search-results .rows-loading').count(), (n) => n === 1);
      await input.press('Enter');
      release();
      await poll('Overvecht opened once the wijken came', () => page.url(), (u) => /area=WK034403/.test(u));
      await poll('the panel on Overvecht', () => panelHeading(page), (t) => t.includes('Overvecht'));
    });

    s('a stadsdeel name lists its wijken', async ({ page }) => {
      await waitMapDrawn(page);
      await page.locator('input#search').pressSequentially('Amsterdam Noord', { delay: 20 });
      const hits = await poll('hits for Amsterdam Noord',
        () => page.locator('ul.search-results li[role="option"]').allInnerTexts(), (h) => h.length >= 5);
      assert.ok(hits.some((h) => /Volewijck/.test(h)), `Volewijck (in Amsterdam-Noord) among the hits: ${hits.join(' | ')}`);
      assert.ok(hits.slice(0, 5).every((h) => /wijk in Amsterdam/.test(h)), `the first hits are wijken of Amsterdam: ${hits.join(' | ')}`);
    });

    s('arrow keys move through the hits; the hit says its level and gemeente', async ({ page }) => {
      await waitMapDrawn(page);
      const input = page.locator('input#search');
      await input.pressSequentially('Transvaal', { delay: 20 });
      const first = page.locator('ul.search-results li[role="option"]').first();
      await poll('a first hit', () => first.count(), (n) => n === 1);
      const hits = await page.locator('ul.search-results li[role="option"]').allInnerTexts();
      assert.ok(hits.some((h) => /Transvaalkwartier/.test(h) && /wijk in 's-Gravenhage/.test(h)),
        `Den Haag's wijk among the hits, with its gemeente: ${hits.join(' | ')}`);
      await page.keyboard.press('ArrowDown');
      assert.equal(await input.getAttribute('aria-activedescendant'), 'hit-1');
      await page.keyboard.press('ArrowUp');
      assert.equal(await input.getAttribute('aria-activedescendant'), 'hit-0');
      await page.keyboard.press('Escape');
      await poll('Escape closes the list', () => page.locator('ul.search-results').count(), (n) => n === 0);
    });

    s('a gemeente whose wijken have no shapes opens its list and says why', async ({ page, shot }) => {
      await waitMapDrawn(page);
      await searchEnter(page, 'Goeree-Overflakkee');
      await waitRows(page, 'WK1924', (n) => n === 14, "Goeree-Overflakkee's 14 wijken in the list");
      const note = await poll('the note on the map', () => page.locator('.map-note').allInnerTexts(), (t) => t.length === 1);
      assert.match(note[0], /staan niet op de kaart/);
      assert.match(await page.locator('nav.breadcrumb').innerText(), /Goeree-Overflakkee/);
      const legend = await page.locator('.legend').innerText();
      assert.match(legend, /geen grens op de kaart\s*14/, `the legend counts the wijken without shape: ${legend}`);
      await shot('goeree-overflakkee-list');
      const footer = page.locator('footer.attribution details.join-report');
      await footer.locator('summary').first().click();
      await footer.locator('details.which summary').first().click();
      assert.match(await footer.innerText(), /Goeree-Overflakkee/, 'the footer names the gemeente left out');
    });

    s('a buurt panel compares four levels; the legend folds', async ({ page, shot }) => {
      await waitMapDrawn(page);
      await searchEnter(page, 'Schilderswijk');
      await waitRows(page, 'BU051829', (n) => n === csvAreas('BU051829').length, "the Schilderswijk's buurten");
      const buurt = page.locator('table.ranking tbody tr[data-code^="BU051829"]').first();
      await buurt.click();
      const heads = await poll('four columns in the composition table',
        () => page.locator('aside.side-panel table.composition-table thead th').allInnerTexts(), (h) => h.length === 5);
      assert.match(heads[2], /Schildersbuurt/);
      assert.match(heads[3], /'s-Gravenhage/);
      assert.match(heads[4], /Nederland/);
      const legend = page.locator('details.legend');
      assert.equal(await legend.evaluate((d) => d.open), true, 'the legend starts open on a wide map');
      await legend.locator('summary').click();
      assert.equal(await legend.evaluate((d) => d.open), false, 'the legend folds');
      await shot('buurt-four-levels-legend-folded');
    });

    for (const [w, h] of [[1366, 800], [1024, 768], [390, 844]]) {
      s(`Den Haag's wijken at ${w}×${h}`, async ({ page, shot }) => {
        await page.setViewportSize({ width: w, height: h });
        await waitMapDrawn(page);
        await searchEnter(page, 'Den Haag');
        await waitRows(page, 'WK0518', (n) => n === 44, "Den Haag's 44 wijken");
        await assertMapDrawn(page, { minColours: 3 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 1, `the page is ${overflow}px wider than the screen`);
        await shot(`den-haag-${w}x${h}`);
      });
    }
  });
}

describe('a long ranking renders the rows in view', () => {
  let server;
  before(async () => { server = await serveDist(DIST, { prefix: '/' }); });
  after(async () => { await server?.close(); });
  scenario('root', () => server, 'all buurten in one scrollable list, sorted at once', async ({ page, shot }) => {
    await waitMapDrawn(page);
    await poll('the buurt level to be available', () => page.locator('.level-switch button:has-text("buurten")').isDisabled(), (d) => !d);
    await page.locator('.level-switch button:has-text("buurten")').click();
    const table = page.locator('table.ranking');
    // Every buurt of the CSV is listed (14,317), ranked or not; ranked are those with 50 residents or more.
    const buurten = csvAreas('BU');
    const total = Number(await poll(`all ${buurten.length} buurten in the list`, () => table.getAttribute('data-rows'), (n) => Number(n) === buurten.length));
    const inDom = await page.locator('table.ranking tbody tr[data-code]').count();
    assert.ok(inDom > 10 && inDom < 200, `only the rows around the view are in the page: ${inDom} of ${total}`);
    // Scroll to the end: the last rows appear (areas without enough data are listed last).
    await page.locator('.ranking-scroll').evaluate((el) => { el.scrollTop = el.scrollHeight; });
    await poll('the last rows after scrolling', () => page.locator('table.ranking tbody tr.unranked').count(), (n) => n > 0);
    // Sorting by name keeps the window small and starts at the top of the order. (How long the
    // sort takes is measured by tests/e2e/bench.mjs, not asserted here.)
    await page.locator('.ranking-scroll').evaluate((el) => { el.scrollTop = 0; });
    await page.locator('table.ranking th button', { hasText: 'Naam' }).click();
    await poll('sorted by name', () => table.locator('th[aria-sort="ascending"]').count(), (n) => n === 1);
    const after = await page.locator('table.ranking tbody tr[data-code]').count();
    assert.ok(after < 200, `${after} rows in the page after sorting`);
    // The rows shown are the first of the ranked buurten in name order, computed from the CSV
    // (names compared in lower case, as the list sorts them).
    const byName = buurten.filter((r) => Number(r.a_inw) >= 50).map((r) => r.regio.toLowerCase()).sort();
    const shown = await poll('the first rows in name order', () => page.locator('table.ranking tbody tr[data-code]:not(.unranked)').evaluateAll((trs) =>
      trs.map((tr) => [...tr.cells[1].childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim())),
    (names) => names.length > 10 && names[0].toLowerCase() === byName[0]);
    assert.deepEqual(shown.map((n) => n.toLowerCase()), byName.slice(0, shown.length), 'the rows in the page are the first by name');
    await shot("buurten-list-sorted");
  });
});
