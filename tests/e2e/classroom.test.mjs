// End-to-end: the classroom. The story is walked through step by step (buttons and arrow
// keys), each step changing the map; a step's link opens that step; the two-residents
// explainer draws 200 pairs whose tally lands near the index; presentation mode at 1920 × 1080.
// Run at "/" and "/atlas/" like the other files.

import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist } from './serve.mjs';
import { DIST, poll, waitMapDrawn, scenario, useBrowser, expectedIndexPercent, readCsvRow, rowCount } from './helpers.mjs';

useBrowser();

const pressed = (page, selector) => page.locator(`${selector}[aria-pressed=true]`).count();
const storyStep = (page) => page.locator('section.story').getAttribute('data-step').catch(() => null);
const storyText = (page) => page.locator('section.story').innerText();
const percentOf = (text, name) => Number(new RegExp(`${name}[^:]*: (\\d+)%`).exec(text)?.[1]);

/** What each step must show on the map (checked after the step opens). */
const STEPS = [
  ['Van een paar groepen naar heel veel', async (page) => {
    assert.equal(await pressed(page, 'button[data-lens="westers"]'), 1, 'step 1 shows the old lens');
  }],
  ['Oude blik, nieuwe blik in Den Haag', async (page) => {
    assert.equal(await pressed(page, 'button[data-mode="lensverschil"]'), 1, 'step 2 maps what the old lens hides');
    assert.match(await page.locator('aside.side-panel h2').first().innerText(), /Gravenhage/);
  }],
  ['Waar de meeste mensen wonen', async (page) => {
    assert.equal(await pressed(page, 'button[data-mode="diversiteit"]'), 1);
    assert.match(page.url(), /groups=fijn/, 'step 3 measures with the finest groups');
    const text = await storyText(page);
    const [, share, k, m] = /(\d+)% van alle inwoners.*Dat zijn (\d+) van de (\d+) gemeenten/s.exec(text) ?? [];
    assert.ok(Number(share) > 50 && Number(m) > 300 && Number(k) > 0 && Number(k) <= Number(m), text);
  }],
  ['De drie grote steden', async (page) => {
    assert.match(await page.locator('aside.side-panel h2').first().innerText(), /Amsterdam/);
    assert.match(await storyText(page), /Amsterdam: \d+% \(plaats \d van 34\d\)/);
  }],
  ['Den Haag van dichtbij', async (page) => {
    await poll('the wijken of Den Haag', () => rowCount(page, 'WK0518'), (n) => n === 44);
    const text = await storyText(page);
    assert.equal(percentOf(text, 'Schilders'), expectedIndexPercent('WK051829'), text);
    const z = readCsvRow('WK051810');
    assert.match(text, new RegExp(`In Zorgvliet heeft ${Math.round((100 * z.a_w_all) / z.a_inw)}% van de inwoners een westerse achtergrond`));
    assert.equal(percentOf(text, 'Zorgvliet'), expectedIndexPercent('WK051810'), text);
  }],
  ['Acht soorten gemeenten', async (page) => {
    assert.equal(await pressed(page, 'button[data-mode="typologie"]'), 1);
    const counts = (await page.locator('.typology-legend .legend-count').allInnerTexts()).map(Number);
    const told = [...(await storyText(page)).matchAll(/: (\d+) gemeenten/g)].map((m) => Number(m[1]));
    assert.equal(told.reduce((a, b) => a + b, 0), counts.reduce((a, b) => a + b, 0), 'the story counts what the legend counts');
  }],
  ['En jouw gemeente?', async (page) => {
    assert.equal(await pressed(page, 'button[data-mode="diversiteit"]'), 1);
  }],
];

for (const [variant, prefix] of [['root', '/'], ['subpath', '/atlas/']]) {
  describe(`the classroom, app served at ${prefix}`, () => {
    let server;
    before(async () => { server = await serveDist(DIST, { prefix }); });
    after(async () => { await server?.close(); });
    const s = (name, body, opts = {}) => scenario(variant, () => server, name, body, opts);

    s('the story: every step sets the map and has its own link', async ({ page, shot }) => {
      await waitMapDrawn(page);
      await page.getByRole('button', { name: 'Verhaal', exact: true }).click();
      for (const [i, [title, check]] of STEPS.entries()) {
        await poll(`step ${i + 1}`, () => storyStep(page), (s) => s === String(i + 1));
        assert.equal(await page.locator('#story-title').innerText(), title);
        assert.match(page.url(), new RegExp(`verhaal=${i + 1}`));
        await poll(`step ${i + 1}'s map`, async () => { try { await check(page); return true; } catch (e) { return e.message; } }, (ok) => ok === true);
        if ([0, 4, 5].includes(i)) await shot(`story-step-${i + 1}`);
        // Alternate the button and the arrow key.
        if (i + 1 < STEPS.length) {
          if (i % 2) await page.keyboard.press('ArrowRight');
          else await page.locator('button.story-next').click();
        }
      }
      await page.keyboard.press('ArrowLeft');
      await poll('back to step 6', () => storyStep(page), (s) => s === '6');
      await page.getByRole('button', { name: 'Verhaal sluiten' }).click();
      await poll('the story to close', () => page.locator('section.story').count(), (n) => n === 0);
      assert.doesNotMatch(page.url(), /verhaal=/);
    });

    s("a step's link opens that step", async ({ page }) => {
      await waitMapDrawn(page);
      await poll('step 5 from the link', () => storyStep(page), (s) => s === '5');
      await poll('the wijken of Den Haag', () => rowCount(page, 'WK0518'), (n) => n === 44);
    }, { query: '?verhaal=5' });

    s('two residents drawn 200 times land near the index', async ({ page, shot }) => {
      await waitMapDrawn(page);
      const explainer = page.locator('section.two-residents');
      await poll('the explainer for Den Haag', () => explainer.count(), (n) => n === 1);
      const index = Number((await page.locator('aside.side-panel .big-number').first().innerText()).replace('%', ''));
      await explainer.getByRole('button', { name: '100 paren' }).click();
      await explainer.getByRole('button', { name: '100 paren' }).click();
      const tally = explainer.locator('.tally');
      await poll('200 draws', () => tally.getAttribute('data-draws'), (n) => n === '200');
      const different = Number(await tally.getAttribute('data-different'));
      // 200 pairs: the standard error is about 3.5 points; allow three of them.
      assert.ok(Math.abs(different / 2 - index) <= 11, `${different} of 200 differ; the index is ${index}%`);
      assert.equal(await explainer.locator('circle.dot').count(), 200);
      assert.match(await explainer.locator('.verdict').innerText(), /herkomst/);
      await shot('two-residents');
      // Running: pairs keep coming until "Pauze".
      await explainer.getByRole('button', { name: 'Start' }).click();
      await poll('more draws while running', async () => Number(await tally.getAttribute('data-draws')), (n) => n > 210);
      await explainer.getByRole('button', { name: 'Pauze' }).click();
      const paused = await tally.getAttribute('data-draws');
      await page.waitForTimeout(600);
      assert.equal(await tally.getAttribute('data-draws'), paused, 'no draws after Pauze');
      await explainer.getByRole('button', { name: 'Opnieuw' }).click();
      await poll('a fresh tally', () => tally.getAttribute('data-draws'), (n) => n === '0');
    }, { query: '?level=gemeente&area=GM0518' });

    s('presentation mode on a 1920 × 1080 projector', async ({ page, shot }) => {
      await page.setViewportSize({ width: 1920, height: 1080 });
      await waitMapDrawn(page);
      await poll('presentation mode', () => page.locator('.page.presenting').count(), (n) => n === 1);
      assert.equal(await page.locator('.presentation-toggle').getAttribute('aria-pressed'), 'true');
      const size = (selector) => page.locator(selector).first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
      assert.ok(await size('.story-text p') >= 22, `story text ${await size('.story-text p')} px`);
      assert.ok(await size('aside.side-panel') >= 20, 'panel text');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the page is ${overflow} px wider than the projector`);
      await shot('presentation-1920');
      await page.locator('.presentation-toggle').click();
      await poll('presentation off', () => page.locator('.page.presenting').count(), (n) => n === 0);
      assert.doesNotMatch(page.url(), /presentatie=1/);
    }, { query: '?verhaal=1&presentatie=1' });
  });
}
