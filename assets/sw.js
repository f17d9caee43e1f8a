// The service worker: the atlas works offline after the first visit. It caches every file of
// the build on install (FILES and VERSION are written into dist/sw.js by scripts/csp.mjs), answers
// from the network first and falls back to the cache, and drops the caches of older builds.
// Scoped to the folder it is served from, so it works at / and under any sub-path.
const VERSION = 'dev';
const FILES = [];
const CACHE = `diversiteitsatlas-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(['./', ...FILES])).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('diversiteitsatlas-') && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    try {
      return await fetch(request);
    } catch (offline) {
      const cache = await caches.open(CACHE);
      // A page with any query (a link to a view) is the same page.
      const cached = request.mode === 'navigate' ? await cache.match('./') : await cache.match(request, { ignoreSearch: true });
      if (cached) return cached;
      throw offline;
    }
  })());
});
