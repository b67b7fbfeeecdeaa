/**
 * Keeping an order or payment screen current (issue 5: new states appear without a reload).
 * While such a screen is open and the app is visible and online, a delta sync runs every few
 * seconds (less often while the server keeps failing); an empty delta is one small request,
 * and nothing runs in the background.
 */
import { type Accessor, createResource, onCleanup } from 'solid-js';
import { readMeta } from '../db/meta';
import { online } from './connectivity';
import { requestSync } from './request-sync';
import { session } from './session';
import { syncState } from './sync-state';

export const LIVE_POLL_MS = 5_000;
/** The longest wait between polls while the server keeps failing. */
export const MAX_POLL_BACKOFF_MS = 60_000;

/**
 * The wait before the next poll after `failures` failed syncs in a row: the interval, then
 * doubling (5 s → 10 → 20 → 40 → 60 s), so a server that is down is not hit every 5 s.
 */
export function pollDelay(failures: number, intervalMs = LIVE_POLL_MS): number {
  return failures === 0 ? intervalMs : Math.min(intervalMs * 2 ** failures, MAX_POLL_BACKOFF_MS);
}

/**
 * Syncs now if the last sync is older than the interval, then every `intervalMs` while
 * mounted — backing off after each failed sync, and back to the interval after one succeeds.
 */
export function useLiveUpdates(intervalMs = LIVE_POLL_MS): void {
  let failures = 0;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const due = () => {
    const last = syncState().lastSyncedAt;
    return !last || Date.now() - Date.parse(last) >= intervalMs - 250;
  };
  const tick = async () => {
    if (session() && online() && document.visibilityState === 'visible' && !syncState().running && due()) {
      try {
        await requestSync();
        failures = syncState().error ? failures + 1 : 0;
      } catch {
        failures += 1;
      }
    }
    if (!stopped) timer = setTimeout(() => void tick(), pollDelay(failures, intervalMs));
  };
  void tick();
  onCleanup(() => {
    stopped = true;
    clearTimeout(timer);
  });
}

/** When this phone last heard from the server (also offline, from IndexedDB). */
export function useLastUpdated(): Accessor<string | null> {
  const [stored] = createResource(() => readMeta('lastSyncedAt').catch(() => undefined));
  return () => syncState().lastSyncedAt ?? stored() ?? null;
}
