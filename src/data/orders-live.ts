/**
 * Keeping an order or payment screen current (issue 5: new states appear without a reload).
 * While such a screen is open and the app is visible and online, a delta sync runs every few
 * seconds; an empty delta is one small request, and nothing runs in the background.
 */
import { type Accessor, createResource, onCleanup } from 'solid-js';
import { readMeta } from '../db/meta';
import { online } from './connectivity';
import { session } from './session';
import { requestSync, syncState } from './sync-state';

export const LIVE_POLL_MS = 5_000;

/** Syncs now if the last sync is older than the interval, then every `intervalMs` while mounted. */
export function useLiveUpdates(intervalMs = LIVE_POLL_MS): void {
  const due = () => {
    const last = syncState().lastSyncedAt;
    return !last || Date.now() - Date.parse(last) >= intervalMs - 250;
  };
  const tick = () => {
    if (!session() || !online() || document.visibilityState !== 'visible' || syncState().running) return;
    if (due()) void requestSync();
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  onCleanup(() => clearInterval(timer));
}

/** When this phone last heard from the server (also offline, from IndexedDB). */
export function useLastUpdated(): Accessor<string | null> {
  const [stored] = createResource(() => readMeta('lastSyncedAt').catch(() => undefined));
  return () => syncState().lastSyncedAt ?? stored() ?? null;
}
