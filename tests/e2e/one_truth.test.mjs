// End-to-end: one truth on screen (issue 18). Every large figure carries its small print
// ("2022 · 7 groepen") and all views agree: the side panel's big number, the highlighted column
// of its lens table, the ranking's row for the open area, and the small print of panel, ranking
// and legend. Each mode (story, worksheet, 18 groups, change on wijken) is entered, used and
// left; leaving restores the view from before it (URL query, big number and small print).
// Expected indices come from the CSV files, not from the app. Run at "/" and "/atlas/".

import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serveDist } from './serve.mjs';
import {
  DIST, DATA, DEN_HAAG, poll, waitMapDrawn, scenario, useBrowser, expectedIndexPercent, rowCount, searchEnter,
} from './helpers.mjs';

useBrowser();

const UTRECHT = 'GM0344';
const FINE_CSV = path.join(DATA, 'cbs', 'cbs-84910-2022-gemeente-18-herkomstgroepen.csv');
const KWB_CSV = path.join(DATA, 'cbs', 'kwb-2022-herkomst.csv');

// ---------------------------------------------------------------------------------------------
// Independent expectations from the CSV files (never from the app under test).

const csvCodes = (file) => new Set(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).slice(1)
  .map((l) => l.split(';')[0]).filter(Boolean));
let kwbCodes;
let fineCodes;
const expected7 = new Map();
const expected18 = new Map();

/** The index of an area with the 7 KWB groups (2022), as "NN%"; null if the CSV lacks it. */
function expected7Percent(code) {
  kwbCodes ??= csvCodes(KWB_CSV);
  if (!kwbCodes.has(code)) return null;
  if (!expected7.has(code)) expected7.set(code, `${expectedIndexPercent(code)}%`);
  return expected7.get(code);
}

/** The index of a gemeente with the 18 groups of CBS table 84910 (2022), as "NN%"; null if absent. */
function expected18Percent(code) {
  fineCodes ??= csvCodes(FINE_CSV);
  if (!fineCodes.has(code)) return null;
  if (!expected18.has(code)) {
    const lines = fs.readFileSync(FINE_CSV, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
    const head = lines[0].split(';');
    const cells = lines.find((l) => l.startsWith(code + ';')).split(';');
    const counts = head.map((h, i) => [h, Number(cells[i])]).slice(3).map(([, n]) => n);
    assert.equal(counts.length, 18, `${FINE_CSV} has ${counts.length} group columns`);
    const sum = counts.reduce((a, b) => a + b, 0);
    const index = 1 - counts.reduce((a, c) => a + (c / sum) ** 2, 0);
    expected18.set(code, `${Math.round(index * 100)}%`);
  }
  return expected18.get(code);
}

// ---------------------------------------------------------------------------------------------
// Reading the page

/** "74%" → 74, "74,3%" → 74.3, "74.3%" → 74.3; NaN when not a percentage. */
function parsePercent(text) {
  const m = /^(-?\d+(?:[.,]\d+)?)\s*%$/.exec(String(text ?? '').replace(/\u00a0/g, ' ').trim());
  return m ? Number(m[1].replace(',', '.')) : NaN;
}

/** What the figures of the page say now: panel, lens table, controls, ranking and legend. */
function snapshot(page) {
  return page.evaluate(() => {
    const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
    const aside = document.querySelector('aside.side-panel');
    const big = aside?.querySelector('p.big-number') ?? null;
    const next = big?.nextElementSibling ?? null;
    const kicker = norm(aside?.querySelector('.area-figures .kicker')?.textContent);
    const code = /\b(NL\d\d|GM\d{4}|WK\d{6}|BU\d{8})\b/.exec(kicker)?.[1] ?? null;
    const lensTable = aside?.querySelector('table.lens-table') ?? null;
    const ranking = document.querySelector('table.ranking');
    const rankingBasis = ranking?.closest('section')?.querySelector('.figure-basis') ?? null;
    const legendBasis = document.querySelector('.legend .figure-basis');
    const row = ranking && code ? ranking.querySelector(`tbody tr[data-code="${code}"]`) : null;
    const nums = row ? [...row.querySelectorAll('td.num')] : [];
    return {
      panel: !!aside,
      shown: !!big,
      code,
      big: big ? norm(big.textContent) : null,
      basis: next && next.matches('.figure-basis') ? norm(next.textContent) : null,
      afterBig: next ? `${next.tagName.toLowerCase()}.${[...next.classList].join('.')}` : null,
      current: lensTable ? [...lensTable.querySelectorAll('td.current')].map((td) => ({ lens: td.dataset.lens ?? null, text: norm(td.textContent) })) : [],
      currentHeads: lensTable ? [...lensTable.querySelectorAll('th.current')].map((th) => th.dataset.lens ?? null) : [],
      lensTable: !!lensTable,
      pressedLens: [...document.querySelectorAll('.lens-switch button[aria-pressed="true"]')].map((b) => b.dataset.lens),
      mode: document.querySelector('.mode-switch button[aria-pressed="true"]')?.dataset.mode ?? null,
      groups: document.querySelector('select#groups')?.value ?? null,
      ranking: !!ranking,
      rankingBasis: rankingBasis ? norm(rankingBasis.textContent) : null,
      legend: !!document.querySelector('.legend'),
      legendBasis: legendBasis ? norm(legendBasis.textContent) : null,
      rankingRow: row ? { value: nums.length ? norm(nums[nums.length - 1].textContent) : null, unranked: row.classList.contains('unranked') } : null,
    };
  });
}

const GROUPS_WORD = { nl: 'groepen', en: 'groups' };

/**
 * The disagreements on the page (an empty list when everything agrees), with the snapshot.
 * opts: lang ('nl'), requirePanel (the big number must be shown), groups (the small print must
 * name that many groups), expectBig (the big number must be this), requireRow (the ranking must
 * list the panel's area, already rendered).
 */
async function disagreements(page, { lang = 'nl', requirePanel = true, groups = null, expectBig = null, requireRow = false } = {}) {
  const s = await snapshot(page);
  const problems = [];
  if (!s.shown) {
    if (requirePanel) problems.push('no aside.side-panel p.big-number');
    return { problems, s };
  }
  const word = GROUPS_WORD[lang];
  if (s.basis == null) problems.push(`no p.figure-basis right after p.big-number (after it: ${s.afterBig})`);
  else {
    if (!/\b20\d\d\b/.test(s.basis)) problems.push(`the panel's small print names no year: "${s.basis}"`);
    if (!new RegExp(`\\d+ ${word}`).test(s.basis)) problems.push(`the panel's small print names no "N ${word}": "${s.basis}"`);
    if (groups != null && !s.basis.includes(`${groups} ${word}`)) problems.push(`the panel's small print lacks "${groups} ${word}": "${s.basis}"`);
    if (lang === 'en' && /groepen/.test(s.basis)) problems.push(`Dutch in the English small print: "${s.basis}"`);
  }
  if (expectBig != null && s.big !== expectBig) problems.push(`p.big-number is "${s.big}", the CSV gives ${expectBig}`);
  if (!s.lensTable) problems.push('no table.lens-table in the side panel');
  else if (s.current.length !== 1) problems.push(`table.lens-table has ${s.current.length} td.current (want 1)`);
  else {
    const cur = s.current[0];
    if (cur.text !== s.big) problems.push(`td.current[data-lens=${cur.lens}] says "${cur.text}", p.big-number "${s.big}"`);
    if (s.currentHeads.length !== 1) problems.push(`table.lens-table has ${s.currentHeads.length} th.current (want 1)`);
    else if (s.currentHeads[0] != null && s.currentHeads[0] !== cur.lens) problems.push(`th.current is ${s.currentHeads[0]}, td.current ${cur.lens}`);
    if (s.pressedLens.length === 1 && s.pressedLens[0] !== cur.lens) {
      problems.push(`the pressed lens button is ${s.pressedLens[0]}, the highlighted lens column ${cur.lens}`);
    }
    // Independent: the figure of the small print's table, recomputed from the CSV.
    if (s.basis && /\b2022\b/.test(s.basis) && !/westers|western/i.test(s.basis) && s.code) {
      const want = s.basis.includes(`7 ${word}`) && ['alle', 'klassiek'].includes(cur.lens) ? expected7Percent(s.code)
        : s.basis.includes(`18 ${word}`) && cur.lens === 'alle' ? expected18Percent(s.code) : null;
      if (want != null && s.big !== want) problems.push(`${s.code} under "${s.basis}" is ${want} by the CSV; p.big-number says "${s.big}"`);
    }
  }
  // The ranking and the legend colour the index only in the diversity mode.
  if (s.mode === 'diversiteit' || s.mode === null) {
    if (s.ranking && s.rankingBasis !== s.basis) problems.push(`the ranking's small print "${s.rankingBasis}" ≠ the panel's "${s.basis}"`);
    if (s.legend && s.legendBasis !== s.basis) problems.push(`the legend's small print "${s.legendBasis}" ≠ the panel's "${s.basis}"`);
    if (s.rankingRow) {
      const shown = parsePercent(s.rankingRow.value);
      const big = parsePercent(s.big);
      if (s.rankingRow.unranked) problems.push(`the ranking lists ${s.code} without an index`);
      else if (!(Math.abs(shown - big) <= 0.5 + 1e-9)) problems.push(`the ranking's ${s.code} shows "${s.rankingRow.value}", p.big-number "${s.big}"`);
    } else if (requireRow) problems.push(`the ranking has no rendered row ${s.code}`);
  }
  return { problems, s };
}

/** Polls until the page agrees (see `disagreements`); fails with the last disagreements. */
async function agree(page, what, opts = {}) {
  const { s } = await poll(`${what}: figures that agree`, () => disagreements(page, opts), (r) => r.problems.length === 0);
  return s;
}

/** Scrolls a windowed ranking until the row of `code` is rendered (a whole list has it already). */
async function scrollRankingTo(page, code) {
  const state = () => page.evaluate((c) => {
    const table = document.querySelector('table.ranking');
    if (!table) return { table: false };
    const scroller = table.closest('.ranking-scroll') ?? table.parentElement;
    const box = scroller.getBoundingClientRect();
    const rows = [...table.querySelectorAll('tbody tr[data-code]')];
    const inView = rows.some((r) => { const b = r.getBoundingClientRect(); return b.bottom > box.top && b.top < box.bottom; });
    return {
      table: true, found: !!table.querySelector(`tbody tr[data-code="${c}"]`), windowed: table.classList.contains('windowed'),
      top: scroller.scrollTop, height: scroller.clientHeight, total: scroller.scrollHeight, inView,
    };
  }, code);
  let st = await poll('table.ranking', state, (v) => v.table);
  if (st.found || !st.windowed) return st.found;
  for (let top = 0; top < st.total; top += Math.max(64, st.height * 0.8)) {
    await page.evaluate((t) => {
      const scroller = document.querySelector('table.ranking').closest('.ranking-scroll') ?? document.querySelector('table.ranking').parentElement;
      scroller.scrollTop = t;
      scroller.dispatchEvent(new Event('scroll'));
    }, top);
    st = await poll('the rows in view rendered', state, (v) => v.found || v.inView);
    if (st.found) return true;
  }
  return false;
}

/** The URL's query once it has stopped changing (a camera may still be settling). */
async function settledSearch(page) {
  let prev = null;
  let same = 0;
  const v = await poll('the URL to settle', async () => {
    const cur = new URL(page.url()).search;
    same = cur === prev ? same + 1 : 0;
    prev = cur;
    return { cur, same };
  }, (x) => x.same >= 4, 15_000, 250);
  return v.cur;
}

/** Waits until no part of the data is loading and the URL has settled; returns the query. */
async function settled(page) {
  await poll('nothing loading (no .load-status)', () => page.locator('.load-status').count(), (n) => n === 0, 30_000);
  return settledSearch(page);
}

/** URL query, big number and small print: what leaving a mode must give back. */
async function viewNow(page) {
  const search = await settled(page);
  const s = await snapshot(page);
  return { search, big: s.big, basis: s.basis, groups: s.groups };
}

async function expectRestored(page, before, what) {
  await poll(`${what}: the URL query as before (${before.search})`, () => new URL(page.url()).search, (q) => q === before.search);
  const after = await viewNow(page);
  assert.deepEqual(after, before, `${what}: the view is not the one from before (groups: the value select#groups shows)`);
}

const panelCode = async (page) => (await snapshot(page)).code;

// ---------------------------------------------------------------------------------------------
// Scenarios

for (const [variant, prefix] of [['root', '/'], ['subpath', '/atlas/']]) {
  describe(`one truth on screen, app served at ${prefix}`, () => {
    let server;
    before(async () => { server = await serveDist(DIST, { prefix }); });
    after(async () => { await server?.close(); });
    const s = (name, body, opts = {}) => scenario(variant, () => server, name, body, opts);

    s('the default screen: the headline is the highlighted lens column, with its small print', async ({ page, shot }) => {
      await waitMapDrawn(page);
      await poll('the country in the side panel', () => panelCode(page), (c) => c === 'NL00');
      const v = await agree(page, 'the Netherlands', { groups: 7, expectBig: expected7Percent('NL00') });
      assert.match(v.basis, /\b2022\b/);
      assert.match(v.basis, /\b7 groepen\b/);
      assert.equal(v.groups, 'kwb', 'the default groups are the 7 of the KWB');
      assert.equal(v.legendBasis, v.basis, "the legend's small print");
      assert.equal(v.rankingBasis, v.basis, "the ranking's small print");
      await shot('one-truth-default');
    });

    s('story, then Utrecht\'s worksheet: each leaves the view as it found it', async ({ page, shot }) => {
      await waitMapDrawn(page);
      await poll('Den Haag in the side panel', () => panelCode(page), (c) => c === DEN_HAAG);
      assert.ok(await scrollRankingTo(page, DEN_HAAG), 'the ranking of the gemeenten lists Den Haag');
      await agree(page, 'Den Haag before the story', { groups: 7, expectBig: expected7Percent(DEN_HAAG), requireRow: true });
      const beforeStory = await viewNow(page);
      await shot('one-truth-before-story');

      // (a) The story, step by step.
      await page.locator('.story-start').click();
      const steps = [];
      for (let i = 1; i <= 12; i++) {
        const step = await poll(`story step ${i}`, () => page.locator('section.story').getAttribute('data-step').catch(() => null), (x) => x === String(i));
        steps.push(step);
        await settled(page); // the step's view has arrived (its parts loaded, the camera still)
        const basis = await poll(`.story .figure-basis in step ${i}`,
          () => page.locator('.story .figure-basis').first().textContent({ timeout: 1000 }).then((t) => t.replace(/\s+/g, ' ').trim()),
          (t) => /\b20\d\d\b/.test(t) && /\d+ groepen/.test(t));
        assert.ok(basis.length > 0);
        await agree(page, `story step ${i} (${basis})`, { requirePanel: false });
        await shot(`one-truth-story-step-${i}`);
        if ((await page.locator('.story-next').count()) === 0) break;
        await page.locator('.story-next').click();
      }
      assert.ok(steps.length >= 2, `the story has ${steps.length} steps`);
      await page.locator('.story-close').click();
      await poll('the story to close', () => page.locator('section.story').count(), (n) => n === 0);
      await expectRestored(page, beforeStory, 'after the story');
      await agree(page, 'Den Haag after the story', { groups: 7, expectBig: expected7Percent(DEN_HAAG) });
      await shot('one-truth-after-story');

      // (b) Utrecht and its worksheet (the scenario of issue 18).
      await searchEnter(page, UTRECHT);
      await poll('Utrecht in the side panel', () => panelCode(page), (c) => c === UTRECHT);
      await agree(page, 'Utrecht after the story', { groups: 7, expectBig: expected7Percent(UTRECHT) });
      const beforeSheet = await viewNow(page);
      await page.locator('aside.side-panel button.worksheet-open').click();
      const sheet = page.locator('section.worksheet');
      await poll('the worksheet', () => sheet.count(), (n) => n === 1);
      await poll("Utrecht's wijken on the worksheet's map", () => rowCount(page, 'WK0344'), (n) => n > 5);
      const sheetBasis = await poll('.worksheet .figure-basis',
        () => sheet.locator('.figure-basis').first().textContent({ timeout: 1000 }).then((t) => t.replace(/\s+/g, ' ').trim()),
        (t) => t.length > 0);
      assert.match(sheetBasis, /\b7 groepen\b/, 'the worksheet uses the 7 groups');
      assert.match(sheetBasis, /\b2022\b/, 'the worksheet uses the count year');
      await page.locator('.worksheet-key-toggle').click();
      const key = page.locator('.worksheet-key');
      const keyText = await poll('the answer key', () => key.first().innerText({ timeout: 1000 }), (t) => t.trim().length > 0);
      assert.doesNotMatch(keyText, /niet in deze tabel/, 'the answer key');
      assert.doesNotMatch(keyText, /\b0 van de 0\b/, 'the answer key');
      assert.ok(keyText.includes(expected7Percent(UTRECHT)), `the answer key does not give Utrecht's ${expected7Percent(UTRECHT)}: ${keyText}`);
      await key.first().scrollIntoViewIfNeeded();
      await shot('one-truth-worksheet-utrecht');
      await page.locator('.worksheet-close').click();
      await poll('the worksheet to close', () => sheet.count(), (n) => n === 0);
      await expectRestored(page, beforeSheet, 'after the worksheet');
      await agree(page, 'Utrecht after the worksheet', { groups: 7, expectBig: expected7Percent(UTRECHT) });
      await shot('one-truth-after-worksheet');
    }, { query: '?level=gemeente&area=GM0518' });

    s('18 groups on Den Haag agree everywhere and survive the worksheet', async ({ page, shot }) => {
      await waitMapDrawn(page);
      await poll('Den Haag in the side panel', () => panelCode(page), (c) => c === DEN_HAAG);
      await agree(page, 'Den Haag with 7 groups', { groups: 7, expectBig: expected7Percent(DEN_HAAG) });
      await page.locator('select#groups').selectOption('fijn');
      await poll('18 groups in the URL', () => page.url(), (u) => /[?&]groups=fijn\b/.test(u));
      assert.ok(await scrollRankingTo(page, DEN_HAAG), 'the ranking of the gemeenten lists Den Haag');
      const v = await agree(page, 'Den Haag with 18 groups', { groups: 18, expectBig: expected18Percent(DEN_HAAG), requireRow: true });
      assert.match(v.basis, /\b18 groepen\b/);
      const beforeSheet = await viewNow(page);
      assert.equal(beforeSheet.groups, 'fijn');
      await shot('one-truth-18-groups');

      await page.locator('aside.side-panel button.worksheet-open').click();
      const sheet = page.locator('section.worksheet');
      await poll('the worksheet', () => sheet.count(), (n) => n === 1);
      await poll("Den Haag's wijken on the worksheet's map", () => rowCount(page, 'WK0518'), (n) => n > 5);
      const sheetBasis = await poll('.worksheet .figure-basis',
        () => sheet.locator('.figure-basis').first().textContent({ timeout: 1000 }).then((t) => t.replace(/\s+/g, ' ').trim()),
        (t) => t.length > 0);
      assert.match(sheetBasis, /\b7 groepen\b/, 'the worksheet uses the 7 groups even when 18 are chosen');
      await shot('one-truth-18-groups-worksheet');
      await page.locator('.worksheet-close').click();
      await poll('the worksheet to close', () => sheet.count(), (n) => n === 0);
      await expectRestored(page, beforeSheet, 'after the worksheet');
      assert.equal(await page.locator('select#groups').inputValue(), 'fijn', 'the 18 groups are chosen again');
      await agree(page, 'Den Haag with 18 groups after the worksheet', { groups: 18, expectBig: expected18Percent(DEN_HAAG) });
      await shot('one-truth-18-groups-after-worksheet');
    }, { query: '?level=gemeente&area=GM0518' });

    s('change on wijken starts at a year that has wijk figures', async ({ page, shot }) => {
      await waitMapDrawn(page);
      const since = page.locator('select#since');
      const options = await poll('select#since with its years', () => since.locator('option').evaluateAll(
        (os) => os.map((o) => ({ value: o.value, disabled: o.disabled, selected: o.selected }))), (os) => os.length > 0);
      const offered = options.filter((o) => !o.disabled).map((o) => o.value);
      assert.deepEqual(offered, ['2021'], `select#since offers ${JSON.stringify(options)} at wijk level`);
      assert.equal(await since.inputValue(), '2021', 'the change mode starts at 2021 on wijken');
      const ranked = await poll('ranked wijken of Den Haag (not all "no data")', () => page.evaluate(() =>
        document.querySelectorAll('table.ranking tbody tr[data-code^="WK0518"]:not(.unranked)').length), (n) => n > 0);
      assert.ok(ranked > 0);
      await agree(page, 'Den Haag in the change mode', { groups: 7, expectBig: expected7Percent(DEN_HAAG) });
      // The years without wijk figures cannot be chosen for the wijk map either (2017 and 2020
      // are per gemeente only, whole percentages); 2021 and 2022 can.
      const years = await poll('the year choice with every year', () => page.locator('select#year option').evaluateAll(
        (os) => os.map((o) => [o.value, o.disabled])), (os) => os.length >= 4);
      assert.deepEqual(Object.fromEntries(years), { 2022: false, 2021: false, 2020: true, 2017: true });
      // The change's small print names both years, in the legend and above the ranking.
      for (const where of ['.legend', '.ranking-section']) {
        const basis = (await page.locator(`${where} .figure-basis`).first().textContent()).trim();
        assert.equal(basis, '2021–2022 · 7 groepen', `${where}: ${basis}`);
      }
      await shot('one-truth-change-wijken');
    }, { query: '?level=wijk&in=GM0518&mode=verandering' });

    s('the comparison and the game show the view\'s figures and leave it as they found it', async ({ page, shot }) => {
      await waitMapDrawn(page);
      await poll('Den Haag in the side panel', () => panelCode(page), (c) => c === DEN_HAAG);
      const panel = await agree(page, 'Den Haag', { groups: 7, expectBig: expected7Percent(DEN_HAAG) });
      const before = await viewNow(page);
      // The comparison: its small print is the panel's, and its row of the view's lens ("alle")
      // gives Den Haag the panel's number.
      await page.locator('aside.side-panel button.compare-toggle').click();
      const compare = page.locator('section.compare');
      await poll('the comparison', () => compare.count(), (n) => n === 1);
      assert.equal((await compare.locator('.figure-basis').textContent()).trim(), panel.basis);
      const cell = await compare.locator('tr[data-lens="alle"] td').first().textContent();
      assert.equal(cell.replace(/\(\d+\)$/, '').trim(), panel.big, "Den Haag's column of the view's lens is the headline");
      await shot('one-truth-compare');
      await page.locator('button.compare-clear').click();
      await poll('the comparison to close', () => compare.count(), (n) => n === 0);
      await expectRestored(page, before, 'after the comparison');
      // The game: rounds drawn from the map's areas, with the same small print; closing it
      // changes nothing.
      await page.locator('button.game-start').click();
      const game = page.locator('.game');
      await poll('the game', () => game.count(), (n) => n === 1);
      assert.equal((await game.locator('.figure-basis').textContent()).trim(), panel.basis);
      await shot('one-truth-game');
      await page.locator('.game-close').click();
      await poll('the game to close', () => game.count(), (n) => n === 0);
      await expectRestored(page, before, 'after the game');
    }, { query: '?level=gemeente&area=GM0518' });

    s('in English the small print says "7 groups" and the figures agree', async ({ page, shot }) => {
      await waitMapDrawn(page);
      await poll('Den Haag in the side panel', () => panelCode(page), (c) => c === DEN_HAAG);
      assert.ok(await scrollRankingTo(page, DEN_HAAG), 'the ranking of the gemeenten lists Den Haag');
      const v = await agree(page, 'Den Haag in English', { lang: 'en', groups: 7, expectBig: expected7Percent(DEN_HAAG), requireRow: true });
      assert.match(v.basis, /\b2022\b/);
      assert.match(v.basis, /\b7 groups\b/);
      await shot('one-truth-english');
    }, { query: '?lang=en&level=gemeente&area=GM0518' });
  });
}
