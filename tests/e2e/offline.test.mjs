// End-to-end: offline and installable. After a first visit the service worker has cached the
// build; with the network off, a reload (of a deep link too) still shows the map. The page has
// a web app manifest with an icon. At "/" and "/atlas/".

import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist } from './serve.mjs';
import { DIST, poll, waitMapDrawn, scenario, useBrowser, assertMapDrawn } from './helpers.mjs';

useBrowser();

for (const [variant, prefix] of [['root', '/'], ['subpath', '/atlas/']]) {
  describe(`offline, app served at ${prefix}`, () => {
    let server;
    before(async () => { server = await serveDist(DIST, { prefix }); });
    after(async () => { await server?.close(); });
    const s = (name, body, opts = {}) => scenario(variant, () => server, name, body, opts);

    s('after a first visit the map shows with the network off', async ({ page }) => {
      await waitMapDrawn(page);
      const scope = await poll('the service worker', () => page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return registration?.active ? registration.scope : null;
      }), (s) => s !== null, 30_000);
      assert.equal(new URL(scope).pathname, prefix, 'scoped to the folder the app is served from');
      await poll('the page under its control', () => page.evaluate(() => !!navigator.serviceWorker.controller), (c) => c === true);
      const manifest = await page.evaluate(async () => {
        const link = document.querySelector('link[rel=manifest]');
        return (await fetch(link.href)).json();
      });
      assert.equal(manifest.name, 'Diversiteitsatlas');
      assert.equal(manifest.icons[0].src, 'icon.svg');
      await page.context().setOffline(true);
      try {
        await page.goto(`${server.url}?level=wijk&in=GM0518`);
        await waitMapDrawn(page);
        await assertMapDrawn(page);
        await poll('the 44 wijken of Den Haag, offline', () => page.locator('table.ranking').getAttribute('data-rows'), (n) => n === '44');
      } finally {
        await page.context().setOffline(false);
      }
    }, { allowConsoleErrors: true });
  });
}
