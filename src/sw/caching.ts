/// <reference lib="webworker" />
import { ExpirationPlugin } from 'workbox-expiration';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  type PrecacheEntry,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';

/** URLs the app shell must never answer for: the API and the mock's scenario API. */
export const NAVIGATION_DENYLIST = [/^\/api\//, /^\/__mock\//];

/** Runtime cache names, bounded; sign-out deletes them (src/data/wipe.ts). */
export const IMAGE_CACHE = 'permiso-images';

export function setUpCaching(manifest: (string | PrecacheEntry)[]): void {
  precacheAndRoute(manifest);
  cleanupOutdatedCaches();
  // Every screen is a client-side route: navigations get the precached shell, even offline.
  registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: NAVIGATION_DENYLIST }));
  // Business logos and message images: same-origin only (no third-party requests), bounded.
  registerRoute(
    ({ request, url }) => request.destination === 'image' && url.origin === self.location.origin,
    new CacheFirst({
      cacheName: IMAGE_CACHE,
      plugins: [new ExpirationPlugin({ maxEntries: 80, maxAgeSeconds: 30 * 24 * 3600, purgeOnQuotaError: true })],
    }),
  );
}
