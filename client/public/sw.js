// Weave's service worker: keeps the app shell (the page and the script and style files it loaded)
// so a board can be reopened, or reloaded, without a connection. The board itself is kept in
// IndexedDB by the page (y-indexeddb); this file never touches the API or the sync socket.
//
// Files are cached as the page uses them (no precaching): a first visit on a slow connection
// downloads nothing extra. See docs/architecture.md ("Offline").

/** Bump to drop every cached file (for example after changing what is cached). */
const CACHE_NAME = 'weave-shell-v1'
/** The page: every route of the app is the same index.html. */
const SHELL_URL = '/'
/** Built files carry a content hash in their name, so a cached copy never goes stale. */
const ASSETS_PREFIX = '/assets/'
/** The server's own paths: always the network, never a cached answer. */
const NETWORK_ONLY = ['/api/', '/sync', '/healthz']

self.addEventListener('install', () => {
  // Nothing to precache: take over as soon as possible.
  void self.skipWaiting()
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith('weave-shell-') && name !== CACHE_NAME) await caches.delete(name)
      }
      await self.clients.claim()
    })(),
  )
})

// The page sends what it loaded before this worker was in control (see offline-shell.ts).
self.addEventListener('message', (event) => {
  const data = event.data
  if (!data || data.type !== 'weave:cache' || !Array.isArray(data.urls)) return
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE_NAME)
      for (const url of data.urls) {
        const path = typeof url === 'string' ? new URL(url, self.location.origin).pathname : ''
        if (path !== SHELL_URL && !path.startsWith(ASSETS_PREFIX)) continue
        if (await cache.match(path)) continue
        // Usually answered from the browser's HTTP cache (hashed files are immutable).
        await cache.add(path).catch(() => {})
      }
    })(),
  )
})

self.addEventListener('fetch', (event) => {
  const request = event.request
  if (request.method !== 'GET') return
  const url = new URL(request.url)
  if (url.origin !== self.location.origin) return
  if (NETWORK_ONLY.some((prefix) => url.pathname.startsWith(prefix))) return
  if (request.mode === 'navigate') event.respondWith(page(request))
  else if (url.pathname.startsWith(ASSETS_PREFIX)) event.respondWith(asset(request))
})

/** The network's page when it answers (kept for later), the kept one when it does not. */
async function page(request) {
  const cache = await caches.open(CACHE_NAME)
  try {
    const response = await fetch(request)
    const html = (response.headers.get('Content-Type') ?? '').includes('text/html')
    if (response.ok && html) await cache.put(SHELL_URL, response.clone())
    return response
  } catch (error) {
    const kept = await cache.match(SHELL_URL)
    if (kept) return kept
    throw error
  }
}

/** A kept copy of a hashed file, or the network's (then kept). */
async function asset(request) {
  const cache = await caches.open(CACHE_NAME)
  const kept = await cache.match(request)
  if (kept) return kept
  const response = await fetch(request)
  if (response.ok) await cache.put(request, response.clone())
  return response
}
