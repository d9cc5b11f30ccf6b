// Homeward's service worker: keeps the help page, the advisories and the offer check
// readable with no connection after one visit. Pages are fetched from the network
// first (so banners and updates show at once) and fall back to the copy kept here;
// fingerprinted assets come from the cache. The API is never cached.
const CACHE = 'homeward-__VERSION__'
const PRECACHE = __PRECACHE__

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  )
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('homeward-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  )
})

self.addEventListener('fetch', (event) => {
  const request = event.request
  const url = new URL(request.url)
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return
  if (url.pathname.startsWith('/staff/')) return
  if (url.pathname.startsWith('/_astro/')) {
    event.respondWith(caches.match(request).then((hit) => hit || fetch(request)))
    return
  }
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request).catch(() =>
        caches.match(request, { ignoreSearch: true }).then((hit) => hit || caches.match(`/${url.pathname.split('/')[1] || 'ko'}/help/`)),
      ),
    )
  }
})
