// End-to-end: the atlas in English and in Dutch — `?lang=` sets the language, else the browser's;
// the switch changes it in place and the link keeps it; every main view is walked in English
// and must show no Dutch words (place names and the CBS's source titles aside), numbers
// written the English way; the same views in Dutch show no English sentences.

import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist } from './serve.mjs';
import { DIST, poll, waitMapDrawn, waitRows, scenario, useBrowser } from './helpers.mjs';

useBrowser();

// Words that only Dutch uses (checked as whole words, any case).
const DUTCH = ['het', 'een', 'niet', 'naar', 'zijn', 'wordt', 'inwoners', 'gemeenten', 'gemeente', 'herkomst',
  'groepen', 'kaart', 'laden', 'kies', 'tabel', 'verhaal', 'deze', 'alle', 'voor', 'ook', 'hoe', 'bij', 'uit',
  'meer', 'geen', 'wijken', 'buurten', 'ranglijst', 'klik', 'vergelijken', 'werkblad', 'blik', 'jaar', 'kans',
  'westers', 'achtergrond', 'drempel', 'typologie', 'insluiten', 'bron', 'tot', 'dan', 'heeft', 'worden'];
// Words that only English uses.
const ENGLISH = ['the', 'and', 'residents', 'municipality', 'municipalities', 'chance', 'neighbourhood', 'district',
  'ranking', 'origin', 'groups', 'load', 'story', 'compare', 'worksheet', 'which', 'with', 'lens', 'threshold'];

/** The page's visible text and its labels, without place names and source titles. */
const visibleWords = (page) => page.evaluate(() => {
  const skip = '[translate="no"], table.ranking tbody, .breadcrumb, .search-results, .bar-label, .attribution, '
    + '.compare thead, .compare-sentence strong, .type-lists .members, .tooltip strong, .worksheet h2, .worksheet-key h2, '
    + 'noscript, script, style, [lang]';
  const clone = document.body.cloneNode(true);
  clone.querySelectorAll(skip).forEach((e) => e.remove());
  const labels = [...document.querySelectorAll('[aria-label], [title], input[placeholder]')]
    .filter((e) => !e.closest('[translate="no"], body [lang]'))
    .map((e) => [e.getAttribute('aria-label'), e.getAttribute('title'), e.getAttribute('placeholder')].filter(Boolean).join(' '));
  // innerText of a detached clone is its textContent: hidden parts (closed dialogs) count too.
  return `${clone.textContent} ${labels.join(' ')} ${document.title}`;
});

const found = (text, words) => {
  const lower = ` ${text.toLowerCase().replace(/[^a-zà-ÿ']+/g, ' ')} `;
  return words.filter((w) => lower.includes(` ${w} `));
};

const VIEWS = [
  ['the country', ''],
  ["Den Haag's wijken", '&level=wijk&in=GM0518&area=GM0518'],
  ['a buurt', '&level=buurt&in=WK051829&area=BU05182900'],
  ['the typology with a gemeente', '&mode=typologie&area=GM0363'],
  ['the lens gap', '&mode=lensverschil&area=GM0518'],
  ['the change', '&mode=verandering&area=GM0518'],
  ['the 18 groups', '&groups=fijn&area=GM0518'],
  ['story step 1', '&verhaal=1'],
  ['story step 4', '&verhaal=4'],
  ['story step 6', '&verhaal=6'],
  ['story step 7', '&verhaal=7'],
  ['a comparison', '&vergelijk=GM0518,GM0363,WK051829'],
  ['a worksheet', '&werkblad=GM0518'],
  ['the embedded map with its panel', '&embed=1&paneel=1&in=GM0518&level=wijk&area=GM0518'],
];

for (const [variant, prefix] of [['root', '/'], ['subpath', '/atlas/']]) {
  describe(`English and Dutch, app served at ${prefix}`, () => {
    let server;
    before(async () => { server = await serveDist(DIST, { prefix }); });
    after(async () => { await server?.close(); });
    const s = (name, body, opts = {}) => scenario(variant, () => server, name, body, opts);

    for (const [view, query] of VIEWS) {
      s(`in English, no Dutch: ${view}`, async ({ page, shot }) => {
        await waitMapDrawn(page);
        await poll('the page in English', () => page.evaluate(() => document.documentElement.lang), (l) => l === 'en');
        await page.waitForTimeout(400);
        const dutch = found(await visibleWords(page), DUTCH);
        if (dutch.length) await shot(`english-${view.replace(/\W+/g, '-')}`);
        assert.deepEqual(dutch, [], `Dutch words in the English ${view}`);
      }, { query: `?lang=en${query}` });
    }

    s('in English, the dialogs and the game: no Dutch', async ({ page }) => {
      await waitMapDrawn(page);
      await page.locator('button.game-start').click();
      await poll('the game', () => page.locator('.game').count(), (n) => n === 1);
      assert.deepEqual(found(await visibleWords(page), DUTCH), [], 'Dutch words in the game');
      await page.keyboard.press('Escape');
      await page.locator('button.embed-start').click();
      await poll('the embed dialog', () => page.locator('.embed-dialog').count(), (n) => n === 1);
      assert.deepEqual(found(await visibleWords(page), DUTCH), [], 'Dutch words in the embed dialog');
    }, { query: '?lang=en&area=GM0518' });

    s('in English, a file that cannot be used says why in English, with its place', async ({ page }) => {
      await waitMapDrawn(page);
      await page.locator('.own-load input[type=file]').setInputFiles({
        name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from('code;groep;aantal\nGM0518;Polen;vijf\n'),
      });
      const alert = page.locator('.own-error[role=alertdialog]');
      await poll('the message', () => alert.count(), (n) => n === 1);
      const message = await alert.innerText();
      assert.match(message, /broken\.csv, line 2/, message);
      assert.deepEqual(found(message.replace(/vijf|Polen|groep|aantal/g, ''), DUTCH), [], `Dutch words in: ${message}`);
    }, { query: '?lang=en' });

    s('numbers are written the English way', async ({ page }) => {
      await waitMapDrawn(page);
      await poll('the panel', () => page.locator('#area-heading').count(), (n) => n === 1);
      const figures = await page.locator('.area-figures dl').innerText();
      assert.match(figures, /\b\d{1,3}(,\d{3})+\b/, `residents with thousands commas: ${figures}`);
      assert.match(figures, /\b\d\.\d\b/, `a decimal point: ${figures}`);
    }, { query: '?lang=en&area=GM0518' });

    s('the browser language decides without ?lang; the switch changes it and the link keeps it', async ({ page }) => {
      await waitMapDrawn(page);
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en', 'an English browser gets English');
      const english = await visibleWords(page);
      assert.ok(found(english, ENGLISH).length >= 5, 'English words on the page');
      await page.locator('button.language-switch').click();
      await poll('Dutch', () => page.evaluate(() => document.documentElement.lang), (l) => l === 'nl');
      await poll('the link names Dutch', () => page.url(), (u) => u.includes('lang=nl'));
      await waitRows(page, 'GM', (n) => n > 300, 'the gemeenten');
      const dutch = await visibleWords(page);
      assert.deepEqual(found(dutch, ENGLISH).filter((w) => !['story', 'load'].includes(w)), [], 'English words in Dutch');
      await page.reload();
      await waitMapDrawn(page);
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'nl', 'the reloaded link stays Dutch');
    }, { context: { locale: 'en-GB' } });

    s('a Dutch browser gets Dutch', async ({ page }) => {
      await waitMapDrawn(page);
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'nl');
      assert.match(await page.locator('button.language-switch').innerText(), /English/);
    }, { context: { locale: 'nl-NL' } });
  });
}
