/// <reference lib="webworker" />
/**
 * The service worker only wires modules together (Elk's elk-sw.ts, Squoosh's sw/index.ts).
 * Updates wait for the page's `Reload` prompt, which posts SKIP_WAITING.
 */
import { setUpCaching } from './caching';

declare const self: ServiceWorkerGlobalScope;

setUpCaching(self.__WB_MANIFEST);

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});
