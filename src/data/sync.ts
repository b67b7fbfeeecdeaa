/**
 * Delta sync: pulls what changed since the stored cursor, one IndexedDB transaction per page,
 * and tells live queries to re-read. Screens never wait for it: they show what is stored.
 */
import { ApiError, call } from '../api/client';
import { endpoints } from '../api/endpoints';
import { readMeta } from '../db/meta';
import { saveChanges } from '../db/records';
import { notifyDataChanged } from './changes';
import { setSyncState, syncState } from './sync-state';

let inFlight: Promise<void> | null = null;

/** Brings IndexedDB up to date with the backend; concurrent calls share one run. */
export function syncNow(): Promise<void> {
  inFlight ??= runSync().finally(() => {
    inFlight = null;
  });
  return inFlight;
}

async function runSync(): Promise<void> {
  const lastSyncedAt = (await readMeta('lastSyncedAt').catch(() => undefined)) ?? syncState().lastSyncedAt;
  setSyncState({ running: true, error: null, lastSyncedAt: lastSyncedAt ?? null });
  try {
    let cursor = (await readMeta('cursor')) ?? '';
    for (let page = 0; page < 1000; page++) {
      const changes = await call(endpoints.sync, { params: { cursor } });
      const syncedAt = new Date().toISOString();
      await saveChanges(changes, syncedAt);
      setSyncState((state) => ({ ...state, lastSyncedAt: syncedAt }));
      notifyDataChanged();
      if (!changes.hasMore || changes.cursor === cursor) break;
      cursor = changes.cursor;
    }
    setSyncState((state) => ({ ...state, running: false }));
  } catch (error) {
    const failure = error instanceof ApiError ? error : new ApiError('network', 'storage');
    if (!(error instanceof ApiError)) console.error('Sync failed', error);
    setSyncState((state) => ({ ...state, running: false, error: failure }));
  }
}
