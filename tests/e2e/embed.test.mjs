// End-to-end: the map inside another site's page. A host page on another loopback origin
// embeds it in an <iframe> (sandboxed: scripts, same origin, popups): the map shows without the
// page around it, with its source and a link to the whole atlas; the host shows an area by
// postMessage and hears which area is selected; a second map whose URL names another host
// ignores the same message. "Insluiten" writes the snippet. At "/" and "/atlas/".

import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serveDist } from './serve.mjs';
import { DIST, poll, waitMapDrawn, scenario, useBrowser } from './helpers.mjs';

useBrowser();

/** A host page with two embedded maps: one listening to this host, one to another origin. */
function hostPage(app, hostOrigin) {
  const frame = (id, host) =>
    `<iframe id="${id}" src="${app}?level=gemeente&amp;embed=1&amp;host=${encodeURIComponent(host)}" width="700" height="520"
       sandbox="allow-scripts allow-same-origin allow-popups" title="Diversiteitsatlas"></iframe>`;
  return `<!doctype html><html lang="nl"><meta charset="utf-8"><title>Een gemeentesite</title>
    <h1>Onze gemeente</h1>${frame('atlas', hostOrigin)}${frame('other', 'http://127.0.0.1:9')}
    <script>window.heard = []; addEventListener('message', (e) => window.heard.push({ origin: e.origin, data: e.data }));</script>`;
}

for (const [variant, prefix] of [['root', '/'], ['subpath', '/atlas/']]) {
  describe(`embedding, app served at ${prefix}`, () => {
    let server;
    let host;
    before(async () => {
      server = await serveDist(DIST, { prefix });
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-host-'));
      host = await serveDist(dir, { prefix: '/' });
      fs.writeFileSync(path.join(dir, 'index.html'), hostPage(server.url, new URL(host.url).origin));
    });
    after(async () => { await server?.close(); await host?.close(); });
    const s = (name, body, opts = {}) => scenario(variant, () => server, name, body, opts);

    s('a host page on another origin embeds the map and steers it by message', async ({ page }) => {
      await page.goto(host.url);
      const frame = async (id) => (await page.waitForSelector(`#${id}`)).contentFrame();
      const [atlas, other] = [await frame('atlas'), await frame('other')];
      for (const frame of [atlas, other]) {
        await frame.waitForFunction(() => performance.getEntriesByName('page-drawn').length > 0, null, { timeout: 30_000 });
      }
      assert.equal(await atlas.locator('header.top').count(), 0, 'no page chrome');
      assert.equal(await atlas.locator('.legend').count(), 1, 'the legend');
      const link = atlas.locator('.embed-footer a');
      assert.equal(await link.getAttribute('target'), '_blank');
      assert.doesNotMatch(await link.getAttribute('href'), /embed=1/, 'the link opens the whole atlas');
      assert.match(await atlas.locator('.embed-footer').innerText(), /Bron: CBS/);
      const appOrigin = new URL(server.url).origin;
      await page.evaluate((origin) => {
        for (const id of ['atlas', 'other']) {
          document.getElementById(id).contentWindow.postMessage({ type: 'diversiteitsatlas:show', area: 'GM0518' }, origin);
        }
      }, appOrigin);
      await poll('the map listening to this host shows Den Haag', () => atlas.url(), (u) => /area=GM0518/.test(u));
      const heard = await poll('the host hears the selected area', () => page.evaluate(() => window.heard), (h) => h.some((m) => m.data?.code === 'GM0518'));
      const message = heard.find((m) => m.data?.code === 'GM0518');
      assert.equal(message.origin, appOrigin);
      assert.equal(message.data.type, 'diversiteitsatlas:selected');
      assert.equal(message.data.name, "'s-Gravenhage");
      assert.ok(message.data.index > 0.5 && message.data.index < 1, `index ${message.data.index}`);
      await page.waitForTimeout(800);
      assert.doesNotMatch(other.url(), /area=/, 'a map listening to another host ignores the message');
      await page.screenshot({ path: `tests/e2e/output/${variant}-embedded.png` });
    });

    s('"Insluiten" writes the snippet for the current view with its options', async ({ page }) => {
      await waitMapDrawn(page);
      await page.getByRole('button', { name: 'Insluiten' }).click();
      const dialog = page.locator('.embed-dialog');
      await poll('the dialog', () => dialog.count(), (n) => n === 1);
      const code = () => dialog.locator('textarea').inputValue();
      const snippet = await code();
      assert.match(snippet, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/(atlas\/)?\?level=wijk&amp;in=GM0518&amp;area=GM0518.*&amp;embed=1&amp;lang=nl"/, 'the view, embedded, in the language it was made in');
      assert.match(snippet, /height="480"/);
      await dialog.locator('input.embed-legend').uncheck();
      await dialog.locator('input.embed-panel').check();
      await dialog.locator('select.embed-height').selectOption('640');
      assert.match(await code(), /&amp;embed=1&amp;legenda=0&amp;paneel=1&amp;lang=nl" title="[^"]+" width="100%" height="640"/);
      await page.keyboard.press('Escape');
      await poll('the dialog to close', () => dialog.count(), (n) => n === 0);
    }, { query: '?level=wijk&in=GM0518&area=GM0518' });
  });
}
