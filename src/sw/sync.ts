/// <reference lib="webworker" />
/**
 * The worker's network work, with the session the page stored: replaying the outbox
 * (Background Sync, PRODUCT.md "Service worker") and pulling changes when a push names a
 * business this device does not know yet. Open pages are told to re-read IndexedDB.
 */
import { configureClient } from '../api/client';
import { countWaiting, deliverDue, withOutboxLock } from '../core/outbox';
import { pullPages } from '../core/sync';
import { DATA_CHANGED } from '../core/worker-protocol';
import { readMeta } from '../db/meta';

declare const self: ServiceWorkerGlobalScope;

/** Uses the stored session for the worker's calls; false when nobody is signed in. */
async function useStoredSession(): Promise<boolean> {
  const session = await readMeta('session');
  configureClient({ getToken: () => session?.token ?? null });
  return session !== undefined;
}

/** Tells every open page that stored data changed. */
export async function tellPages(): Promise<void> {
  for (const client of await self.clients.matchAll({ type: 'window' })) client.postMessage({ type: DATA_CHANGED });
}

/**
 * Sends the outbox (same loop, same lock as the page). Rejects while changes still wait, so
 * the browser retries the sync later with its own backoff.
 */
export async function replayOutbox(): Promise<void> {
  if (!(await useStoredSession())) return;
  let changed = false;
  await withOutboxLock(() =>
    deliverDue(() => {
      changed = true;
    }),
  );
  if (changed) await tellPages();
  const waiting = await countWaiting();
  if (waiting > 0) throw new Error(`${waiting} change(s) still waiting to send`);
}

/** Pulls what changed since the stored cursor, as the page's sync does; false on failure. */
export async function pullChanges(): Promise<boolean> {
  try {
    if (!(await useStoredSession())) return false;
    await pullPages();
    await tellPages();
    return true;
  } catch (error) {
    console.warn('Worker sync failed', error);
    return false;
  }
}
