// End-to-end: the classroom. The story is walked through step by step (buttons and arrow
// keys), each step changing the map; a step's link opens that step; the two-residents
// explainer draws 200 pairs whose tally lands near the index; presentation mode at 1920 × 1080.
// Run at "/" and "/atlas/" like the other files.

import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist } from './serve.mjs';
import { DIST, OUT, poll, waitMapDrawn, scenario, useBrowser, expectedIndexPercent, readCsvRow, rowCount } from './helpers.mjs';

useBrowser();

const pressed = (page, selector) => page.locator(`${selector}[aria-pressed=true]`).count();
const storyStep = (page) => page.locator('section.story').getAttribute('data-step').catch(() => null);
const storyText = (page) => page.locator('section.story').innerText();
const percentOf = (text, name) => Number(new RegExp(`${name}[^:]*: (\\d+)%`).exec(text)?.[1]);

/** What each step must show on the map (checked after the step opens). */
const STEPS = [
  ['Van een paar groepen naar heel veel', async (page) => {
    assert.equal(await pressed(page, 'button[data-lens="westers"]'), 1, 'step 1 shows the old lens');
    // Doing what the step asks shows the number it gives.
    await page.locator('button[data-lens="alle"]').click();
    await poll('the number the step promised', async () => {
      const [, all] = /Met 18 groepen is die kans (\d+)%/.exec(await storyText(page)) ?? [];
      return [`${all}%`, await page.locator('.area-figures .big-number').first().innerText()];
    }, ([promised, shown]) => promised === shown);
  }],
  ['Oude blik, nieuwe blik in Den Haag', async (page) => {
    assert.equal(await pressed(page, 'button[data-mode="lensverschil"]'), 1, 'step 2 maps what the old lens hides');
    assert.match(await page.locator('.area-figures h2').innerText(), /Gravenhage/);
  }],
  ['Waar de meeste mensen wonen', async (page) => {
    assert.equal(await pressed(page, 'button[data-mode="diversiteit"]'), 1);
    assert.match(page.url(), /groups=fijn/, 'step 3 measures with the finest groups');
    const text = await storyText(page);
    const [, share, k, m] = /(\d+)% van alle inwoners.*Dat zijn (\d+) van de (\d+) gemeenten/s.exec(text) ?? [];
    assert.ok(Number(share) > 50 && Number(m) > 300 && Number(k) > 0 && Number(k) <= Number(m), text);
  }],
  ['De drie grote steden', async (page) => {
    assert.doesNotMatch(await storyText(page), /Klik op een stad/, 'no promise the 18-group map cannot keep');
    assert.match(await page.locator('.area-figures h2').innerText(), /Amsterdam/);
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
      await page.keyboard.press('Escape');
      await poll('the story to close', () => page.locator('section.story').count(), (n) => n === 0);
      await poll('the focus back on "Verhaal"', () => page.evaluate(() => document.activeElement?.className), (c) => c === 'story-start');
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

    s('compare areas of several levels side by side with the Netherlands', async ({ page, shot }) => {
      await waitMapDrawn(page);
      const compare = page.locator('section.compare');
      await poll('the comparison', () => compare.count(), (n) => n === 1);
      const heads = await compare.locator('.compare-lenses thead th[data-code]').evaluateAll((ths) => ths.map((t) => t.dataset.code));
      assert.deepEqual(heads, ['GM0518', 'GM0363', 'WK051829', 'NL00']);
      const cell = (lens, col) => compare.locator(`.compare-lenses tr[data-lens="${lens}"] td`).nth(col).innerText();
      assert.equal(await cell('alle', 2), `${expectedIndexPercent('WK051829')}%(7)`, 'the wijk under its 7 groups');
      assert.equal(await cell('westers', 0) !== await cell('alle', 0), true, 'the lenses differ for Den Haag');
      const sentence = await compare.locator('.compare-sentence').innerText();
      assert.match(sentence, /is het meest divers \(\d+%\), .* het minst \(\d+%\)\. Het grootste verschil in samenstelling: /);
      await shot('compare');
      await compare.getByRole('button', { name: 'Weghalen Amsterdam' }).click();
      await poll('Amsterdam out of the comparison', () => page.url(), (u) => /vergelijk=GM0518,WK051829(&|$)/.test(u));
      // The side panel's button adds the selected area.
      await compare.getByRole('button', { name: 'Vergelijking wissen' }).click();
      await poll('no comparison', () => compare.count(), (n) => n === 0);
      await page.locator('aside.side-panel button.compare-toggle').click();
      await poll('the selected area compared', () => page.url(), (u) => /vergelijk=GM0518(&|$)/.test(u));
      assert.match(await compare.innerText(), /Kies nog een gebied/);
      await page.locator('aside.side-panel button.compare-show').click();
      await poll('the comparison in view', () => page.locator('#compare-title').evaluate((e) => {
        const r = e.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      }), (v) => v === true);
    }, { query: '?level=gemeente&area=GM0518&vergelijk=GM0518,GM0363,WK051829' });

    s('one round of "Raad de index"', async ({ page, shot }) => {
      await waitMapDrawn(page);
      await page.getByRole('button', { name: 'Raad de index' }).click();
      const game = page.locator('section.game');
      await poll('the first round', () => game.locator('.game-status').innerText().catch(() => ''), (t) => /^Ronde 1 van 10 · 0 punten/.test(t));
      const code = await game.locator('.game-round').getAttribute('data-code');
      assert.doesNotMatch(await game.innerText(), new RegExp(`${expectedIndexPercent(code)}%`), 'the answer is not shown before the guess');
      await game.locator('input[type=range]').fill('30');
      await poll('the guess shown', () => game.locator('output').innerText(), (t) => t === '30%');
      await shot('game-round');
      await game.getByRole('button', { name: 'Raden' }).click();
      const reveal = await game.locator('.game-reveal').innerText();
      const actual = expectedIndexPercent(code);
      const off = Math.abs(30 - actual);
      const points = Math.max(0, 10 - Math.ceil(Math.max(0, off - 2) / 3));
      assert.match(reveal, new RegExp(`Jij schatte 30%; het is ${actual}%\\. Plaats \\d+ van 345 .* ${points} van de 10 punten`));
      await game.getByRole('button', { name: 'Volgende ronde' }).click();
      await poll('round 2', () => game.locator('.game-status').innerText(), (t) => t === `Ronde 2 van 10 · ${points} punten`);
      assert.ok(await page.evaluate(() => document.activeElement?.matches('.game input[type=range]')), 'the slider has the focus');
      for (let i = 0; i < 8; i++) {
        await page.keyboard.press('Tab');
        assert.ok(await page.evaluate(() => !!document.activeElement?.closest('.game')), 'Tab stays in the game');
      }
      await page.keyboard.press('Escape');
      await poll('the game to close on Escape', () => game.count(), (n) => n === 0);
    });

    s("a gemeente's worksheet, printed", async ({ page, shot }) => {
      await waitMapDrawn(page);
      await page.locator('aside.side-panel button.worksheet-open').click();
      const sheet = page.locator('section.worksheet');
      await poll('the worksheet', () => sheet.count(), (n) => n === 1);
      assert.match(page.url(), /werkblad=GM0518/);
      assert.equal(await sheet.locator('.worksheet-questions > li').count(), 5);
      await poll('the wijken of Den Haag on the map', () => rowCount(page, 'WK0518'), (n) => n === 44);
      const key = page.locator('section.worksheet-key');
      assert.equal(await key.count(), 0, 'the answer key is hidden at first (pupils may be watching)');
      await sheet.getByRole('button', { name: 'Antwoordblad tonen' }).click();
      await poll('the answer key', () => key.count(), (n) => n === 1);
      const answers = await key.locator('li').allInnerTexts();
      assert.equal(answers[0], `${expectedIndexPercent('GM0518')}%`);
      const wijkAnswer = /^(.*): (\d+)%$/.exec(answers[1]);
      assert.ok(wijkAnswer, answers[1]);
      // The most diverse wijk: the first of the ranking, sorted by index.
      const top = await page.locator('table.ranking tbody tr[data-code]').first().innerText();
      assert.ok(top.includes(wijkAnswer[1].replace(/^Wijk \d+ /, '')), `${top} vs ${answers[1]}`);
      await page.emulateMedia({ media: 'print' });
      await page.waitForTimeout(500);
      const hidden = await page.evaluate(() => ['aside.side-panel', '.worksheet-tools', 'header.top'].map((s) => {
        const e = document.querySelector(s);
        return e ? getComputedStyle(e).display : 'none';
      }));
      assert.deepEqual(hidden, ['none', 'none', 'none'], 'print shows only the worksheet, the map and the key');
      assert.equal(await key.evaluate((e) => getComputedStyle(e).breakBefore), 'page', 'the key on its own page');
      await page.setViewportSize({ width: 794, height: 1123 });
      await page.waitForTimeout(500);
      await page.screenshot({ path: `${OUT}/${variant}-worksheet-print.png`, fullPage: true });
      // The printed map: the shape it was drawn in, on the first page with the questions, every
      // wijk of Den Haag inside it.
      const printed = await page.evaluate(() => {
        const frame = document.querySelector('.map-frame').getBoundingClientRect();
        const canvas = document.querySelector('.map canvas');
        const top = document.querySelector('section.worksheet').getBoundingClientRect().top;
        return { frame: [frame.left, frame.top, frame.right, frame.bottom], top, canvas: canvas.width / canvas.height };
      });
      const [left, mapTop, right, bottom] = printed.frame;
      assert.ok(Math.abs((right - left) / (bottom - mapTop) / printed.canvas - 1) < 0.03, `stretched: ${JSON.stringify(printed)}`);
      assert.ok(bottom - printed.top < 1009, `the map leaves the first A4 page (267 mm = 1009 px): ${bottom - printed.top}`);
      const codes = await page.$$eval('table.ranking tbody tr[data-code^="WK0518"]', (trs) => trs.map((tr) => tr.dataset.code));
      assert.equal(codes.length, 44);
      for (const code of codes) {
        const [x, y] = await page.evaluate((c) => window.__atlas.screenPoint(c), code);
        assert.ok(x > left && x < right && y > mapTop && y < bottom, `${code} at ${x},${y} is off the printed map`);
      }
      // Printed on A4 (Chromium's own print layout): the questions with the map, then the key.
      const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
      assert.equal(pdf.match(/\/Type \/Page\b/g)?.length, 2, 'two A4 pages: the worksheet with its map, the key');
      await page.emulateMedia({ media: 'screen' });
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
