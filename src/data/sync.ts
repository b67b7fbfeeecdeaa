/**
 * Delta sync: pulls what changed since the stored cursor, one IndexedDB transaction per page,
 * and tells live queries to re-read. Screens never wait for it: they show what is stored.
 */
import { ApiError } from '../api/client';
import { pullPages, recordCount } from '../core/sync';
import { readMeta } from '../db/meta';
import { notifyDataChanged } from './changes';
import { setSyncState, syncState } from './sync-state';
import { measureSince } from './timing';

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
    await pullPages((page, startedSave) => {
      // User Timing for `npm run bench` (IndexedDB write of one page, in one transaction).
      measureSince('permiso:sync-save', startedSave, { records: recordCount(page) });
      setSyncState((state) => ({ ...state, lastSyncedAt: new Date().toISOString() }));
      // An empty page changes nothing: live queries need not re-read IndexedDB.
      if (recordCount(page) > 0) notifyDataChanged();
    });
    setSyncState((state) => ({ ...state, running: false }));
  } catch (error) {
    const failure = error instanceof ApiError ? error : new ApiError('network', 'storage');
    if (!(error instanceof ApiError)) console.error('Sync failed', error);
    setSyncState((state) => ({ ...state, running: false, error: failure }));
  }
}
