/**
 * Delta sync: pulls what changed since the stored cursor, one IndexedDB transaction per page,
 * and tells live queries to re-read. Screens never wait for it: they show what is stored.
 */
import { ApiError, call } from '../api/client';
import { endpoints } from '../api/endpoints';
import type { SyncResponse } from '../api/schemas';
import { readMeta } from '../db/meta';
import { saveChanges } from '../db/records';
import { notifyDataChanged } from './changes';
import { setSyncState, syncState } from './sync-state';
import { measureSince } from './timing';

let inFlight: Promise<void> | null = null;

/**
 * Records per page, the backend's maximum: each page is one IndexedDB transaction, and fewer,
 * larger pages bring a 10,000-order history down in a few round trips (issue 5).
 */
export const SYNC_PAGE_SIZE = 1000;

/** Brings IndexedDB up to date with the backend; concurrent calls share one run. */
export function syncNow(): Promise<void> {
  inFlight ??= runSync().finally(() => {
    inFlight = null;
  });
  return inFlight;
}

const recordCount = (page: SyncResponse) =>
  page.businesses.length + page.consents.length + page.orders.length + page.payments.length + page.messages.length;

async function runSync(): Promise<void> {
  const lastSyncedAt = (await readMeta('lastSyncedAt').catch(() => undefined)) ?? syncState().lastSyncedAt;
  setSyncState({ running: true, error: null, lastSyncedAt: lastSyncedAt ?? null });
  try {
    let cursor = (await readMeta('cursor')) ?? '';
    for (let page = 0; page < 1000; page++) {
      const changes = await call(endpoints.sync, { params: { cursor, limit: String(SYNC_PAGE_SIZE) } });
      const syncedAt = new Date().toISOString();
      const started = performance.now();
      await saveChanges(changes, syncedAt);
      // User Timing for `npm run bench` (IndexedDB write of one page, in one transaction).
      measureSince('permiso:sync-save', started, { records: recordCount(changes) });
      setSyncState((state) => ({ ...state, lastSyncedAt: syncedAt }));
      // An empty page changes nothing: live queries need not re-read IndexedDB.
      if (recordCount(changes) > 0) notifyDataChanged();
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
