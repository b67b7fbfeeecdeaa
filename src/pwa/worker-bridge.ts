/**
 * The page's side of the worker's messages: when the app opens (and whenever data changes)
 * the worker may release what quiet hours held; when the worker changed stored data (its own
 * sync, or Background Sync sending the outbox), open screens re-read it.
 */

import { DATA_CHANGED, RELEASE_HELD } from '../core/worker-protocol';
import { notifyDataChanged } from '../data/changes';

export function listenToWorker(): void {
  navigator.serviceWorker?.addEventListener('message', (event) => {
    if (event.data?.type !== DATA_CHANGED) return;
    notifyDataChanged();
    void import('../data/outbox').then(({ refreshOutboxState }) => refreshOutboxState());
  });
}

/** Asks the worker to show, silently, the notifications whose quiet hours have ended. */
export async function releaseHeldNotifications(): Promise<void> {
  const registration = await navigator.serviceWorker?.getRegistration();
  registration?.active?.postMessage({ type: RELEASE_HELD });
}
