// End-to-end: the atlas by keyboard and for screen readers — Tab reaches the map, arrows move
// between bordering areas, Enter opens, Escape goes up, a live region says where the focus is;
// opening an area moves focus to its heading; the ranking is one tab stop; axe-core finds no
// serious or critical violation on any main view.

import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { serveDist } from './serve.mjs';
import { DIST, DEN_HAAG, DEN_HAAG_NAME, poll, waitMapDrawn, waitRows, scenario, useBrowser, searchEnter, screenPoint } from './helpers.mjs';

const require = createRequire(new URL('../../tools/package.json', import.meta.url));
const { AxeBuilder } = require('@axe-core/playwright');

useBrowser();

const live = (page) => page.locator('.map-live').innerText();
const active = (page) => page.evaluate(() => {
  const a = document.activeElement;
  return { tag: a?.tagName, id: a?.id, cls: a?.className, text: a?.innerText?.slice(0, 80), code: a?.dataset?.code, pos: a?.dataset?.pos };
});

/** The code of the ranking row named `name` (the live region names areas, rows carry codes). */
const codeOf = (page, name) => page.evaluate((n) => {
  const row = [...document.querySelectorAll('table.ranking tbody tr[data-code]')]
    .find((r) => r.cells[1]?.firstChild?.textContent.trim() === n);
  return row?.dataset.code;
}, name);

/** Presses a key on the map and waits for the live region to say something new. */
async function pressOnMap(page, key, what) {
  const before = await live(page);
  await page.keyboard.press(key);
  return poll(what, () => live(page), (t) => t !== before && t.length > 0);
}

for (const [variant, prefix] of [['root', '/'], ['subpath', '/atlas/']]) {
  describe(`accessibility, app served at ${prefix}`, () => {
    let server;
    before(async () => { server = await serveDist(DIST, { prefix }); });
    after(async () => { await server?.close(); });
    const s = (name, body, opts = {}) => scenario(variant, () => server, name, body, opts);

    s('Tab reaches the map, which shows a focus ring and says how its keys work', async ({ page, shot }) => {
      await waitMapDrawn(page);
      let tabs = 0;
      const onMap = async () => String((await active(page)).cls).split(' ').includes('map');
      while (tabs < 40 && !(await onMap())) {
        await page.keyboard.press('Tab');
        tabs += 1;
      }
      assert.ok((await active(page)).cls.split(' ').includes('map'), `the map is reached by Tab (after ${tabs})`);
      const ring = await page.locator('.map').evaluate((m) => getComputedStyle(m).outlineStyle + ' ' + getComputedStyle(m).outlineWidth);
      assert.match(ring, /solid 3px/, `a visible focus ring on the map: ${ring}`);
      const described = await page.locator('.map').getAttribute('aria-describedby');
      assert.match(await page.locator(`#${described}`).innerText(), /Pijltjestoetsen.*Enter.*Escape/s);
      await shot('map-keyboard-focus');
    });

    s('arrows move between neighbouring areas; Enter opens, Escape goes up', async ({ page, shot }) => {
      await waitMapDrawn(page);
      await searchEnter(page, 'Den Haag');
      await waitRows(page, 'WK0518', (n) => n === 44, "Den Haag's 44 wijken");
      await page.locator('.map').focus();
      // Escape: from Den Haag's wijken up to all gemeenten, with Den Haag focused and selected.
      const up = await pressOnMap(page, 'Escape', 'the live region after Escape');
      assert.match(up, new RegExp(`^${DEN_HAAG_NAME}, gemeente`), up);
      await waitRows(page, 'GM', (n) => n > 300, 'the gemeenten again');
      assert.match(page.url(), /area=GM0518/);
      assert.doesNotMatch(page.url(), /in=GM0518/);
      assert.equal(await page.locator('.tooltip').isVisible(), true, 'the tooltip shows the focused area');
      // Right: a gemeente whose inside point lies east of Den Haag's.
      const [denHaagX] = await screenPoint(page, DEN_HAAG);
      const east = await pressOnMap(page, 'ArrowRight', 'the live region after ArrowRight');
      const eastName = east.split(',')[0];
      assert.notEqual(eastName, DEN_HAAG_NAME);
      assert.match(east, /gemeente · [\d.]+ inwoners\. (De kans|Hier)/, east);
      const eastCode = await codeOf(page, eastName);
      assert.ok(eastCode, `a ranking row for ${eastName}`);
      const [eastX] = await screenPoint(page, eastCode);
      assert.ok(eastX > denHaagX, `${eastName} (${eastX}) lies east of Den Haag (${denHaagX})`);
      await shot('map-keyboard-step');
      // Enter opens it: its wijken on the map, its name in the panel; focus stays on the map.
      await page.keyboard.press('Enter');
      await poll(`the URL on ${eastCode}`, () => page.url(), (u) => u.includes(`area=${eastCode}`));
      await poll('the panel heading', () => page.locator('#area-heading').innerText(), (t) => t === eastName);
      assert.ok((await active(page)).cls.split(' ').includes('map'), 'focus stays on the map');
      const wijk = await pressOnMap(page, 'ArrowDown', 'a wijk focused');
      assert.match(wijk, /, wijk · /, `a wijk of ${eastName}: ${wijk}`);
    });

    s('dialogs take the focus and give it back; Enter on the guess shows the answer', async ({ page }) => {
      await waitMapDrawn(page);
      await waitRows(page, 'GM', (n) => n > 300, 'the gemeenten');
      await page.locator('button.embed-start').focus();
      await page.keyboard.press('Enter');
      await poll('the focus in the embed dialog', () => page.evaluate(() => !!document.activeElement.closest('.embed-dialog')), (v) => v);
      await page.keyboard.press('Escape');
      await poll('the focus back on "Insluiten"', () => active(page), (a) => a.cls === 'embed-start');
      await page.locator('button.game-start').focus();
      await page.keyboard.press('Enter');
      const slider = page.locator('.game input[type=range]');
      await poll('the focus on the guess', () => page.evaluate(() => document.activeElement.type), (t) => t === 'range');
      const round = (await page.locator('.game-status').innerText()).split('·')[0];
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await poll('the answer shown', () => page.locator('.game-reveal').count(), (n) => n === 1);
      assert.equal((await page.locator('.game-status').innerText()).split('·')[0], round, 'still the same round');
      assert.equal(await slider.isDisabled(), true);
      await page.keyboard.press('Escape');
      await poll('the focus back on "Raad de index"', () => active(page), (a) => a.cls === 'game-start');
      await page.locator('button.language-switch').click();
      await poll('English', () => page.evaluate(() => document.documentElement.lang), (l) => l === 'en');
      await poll('the focus stays on the switch', () => active(page), (a) => a.cls === 'language-switch');
    });

    s('the live region says what Enter opened and when nothing lies that way', async ({ page }) => {
      await waitMapDrawn(page);
      await page.locator('.map').focus();
      const first = await pressOnMap(page, 'ArrowLeft', 'a first area');
      assert.match(first, /, gemeente · /);
      let said = first;
      for (let i = 0; i < 40 && !/Geen gebied verder naar links/.test(said); i += 1) {
        await page.keyboard.press('ArrowLeft');
        await page.waitForTimeout(30);
        said = await live(page);
      }
      assert.match(said, /Geen gebied verder naar links/, 'the west coast is reached and said');
      await page.keyboard.press('ArrowRight');
      const name = (await poll('an area again', () => live(page), (t) => /, gemeente · /.test(t))).split(',')[0];
      await page.keyboard.press('Enter');
      await poll('the opening said', () => live(page), (t) => t.startsWith(`${name} geopend`) || t.startsWith(`${name} gekozen`));
    });

    s('a button past the map leads to the map as a table', async ({ page }) => {
      await waitMapDrawn(page);
      await waitRows(page, 'GM', (n) => n > 300, 'the gemeenten');
      const skip = page.locator('button.skip-to-table');
      assert.equal(await skip.evaluate((b) => b.getBoundingClientRect().right < 0), true, 'off screen until reached');
      await skip.focus();
      assert.equal(await skip.evaluate((b) => b.getBoundingClientRect().left >= 0), true, 'on screen when focused');
      await page.keyboard.press('Enter');
      await poll('the first row of the table focused', () => active(page), (a) => a.tag === 'TR' && a.pos === '0');
      const label = await page.locator('table.ranking').evaluate((t) => document.getElementById(t.getAttribute('aria-labelledby'))?.innerText);
      assert.match(label, /Ranglijst: gemeenten/);
    });

    s('opening an area from the ranking moves focus to its heading', async ({ page }) => {
      await waitMapDrawn(page);
      await waitRows(page, 'GM', (n) => n > 300, 'the gemeenten');
      const row = page.locator(`table.ranking tbody tr[data-code="${DEN_HAAG}"]`);
      await poll('Den Haag in the list', () => row.count(), (n) => n === 1, 30_000).catch(async () => {
        await page.locator('.ranking th button', { hasText: 'Naam' }).click();
        await poll('Den Haag in the list sorted by name', () => row.count(), (n) => n === 1);
      });
      await row.focus();
      await page.keyboard.press('Enter');
      await poll('focus on the heading', () => active(page), (a) => a.id === 'area-heading' && a.text.includes(DEN_HAAG_NAME));
      const inView = await page.locator('#area-heading').evaluate((h) => {
        const r = h.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      });
      assert.ok(inView, 'the heading is scrolled into view');
    });

    s('the ranking is one tab stop with arrow keys inside', async ({ page, shot }) => {
      await waitMapDrawn(page);
      await waitRows(page, 'GM', (n) => n > 300, 'the gemeenten');
      const stops = await page.locator('table.ranking tbody tr[tabindex="0"]').count();
      assert.equal(stops, 1, 'one row is a tab stop');
      await page.locator('table.ranking tbody tr[tabindex="0"]').focus();
      const first = await active(page);
      assert.equal(first.pos, '0');
      await page.keyboard.press('ArrowDown');
      await poll('the second row focused', () => active(page), (a) => a.pos === '1' && a.code !== first.code);
      const total = Number(await page.locator('table.ranking').getAttribute('data-rows'));
      await page.keyboard.press('End');
      await poll('the last row focused', () => active(page), (a) => a.pos === String(total - 1));
      const last = await active(page);
      await poll('the focused row shows its area on the map', () => page.locator('.tooltip').innerText(), (t) => t.length > 0);
      await shot('ranking-keyboard-end');
      await page.keyboard.press('Home');
      await poll('the first row again', () => active(page), (a) => a.pos === '0');
      assert.notEqual(last.code, first.code);
      await page.keyboard.press('Tab');
      const after = await active(page);
      assert.notEqual(after.tag, 'TR', `Tab leaves the list: ${JSON.stringify(after)}`);
      assert.equal(await page.locator('table.ranking tbody tr[tabindex="0"]').count(), 1);
    });

    for (const [view, query] of [
      ['the country', ''],
      ["Den Haag's wijken", '?level=wijk&in=GM0518&area=GM0518'],
      ['the typology', '?mode=typologie&area=GM0363'],
      ['a story step', '?verhaal=2'],
      ['a comparison', '?vergelijk=GM0518,GM0363'],
      ['the embedded map', '?embed=1&in=GM0518&level=wijk'],
    ]) {
      s(`axe finds no serious or critical violation: ${view}`, async ({ page }) => {
        await waitMapDrawn(page);
        await poll('the panel', () => page.locator('aside.side-panel, .embed-footer').count(), (n) => n > 0);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
        const serious = results.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
        const describe = (v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}×: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`;
        assert.deepEqual(serious.map(describe), [], 'serious or critical violations');
        const other = results.violations.filter((v) => !serious.includes(v));
        assert.deepEqual(other.map(describe), [], 'moderate or minor violations');
      }, { query });
    }
  });
}
