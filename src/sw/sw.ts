/// <reference lib="webworker" />
/**
 * The service worker only wires modules together (Elk's elk-sw.ts, Squoosh's sw/index.ts).
 * Updates wait for the page's `Reload` prompt, which posts SKIP_WAITING.
 */
import { OUTBOX_SYNC_TAG } from '../core/outbox';
import { RELEASE_HELD } from '../core/worker-protocol';
import { setUpCaching } from './caching';
import { handlePush, openNotification, releaseHeldNotifications } from './push';
import { replayOutbox } from './sync';

declare const self: ServiceWorkerGlobalScope;

/** Periodic Background Sync and `sync` events are chances to release what quiet hours held. */
interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
}

setUpCaching(self.__WB_MANIFEST);

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
  if (event.data?.type === RELEASE_HELD) event.waitUntil(releaseHeldNotifications());
});

self.addEventListener('push', (event) => event.waitUntil(handlePush(event.data)));

self.addEventListener('notificationclick', (event) => event.waitUntil(openNotification(event.notification)));

self.addEventListener('sync', ((event: SyncEvent) => {
  if (event.tag !== OUTBOX_SYNC_TAG) return;
  event.waitUntil(Promise.all([replayOutbox(), releaseHeldNotifications()]));
}) as EventListener);

self.addEventListener('periodicsync', ((event: SyncEvent) => {
  event.waitUntil(releaseHeldNotifications());
}) as EventListener);
