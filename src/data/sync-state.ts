/**
 * Sync status for the shell (status bar, "last updated"). The sync itself (src/data/sync.ts,
 * with every record schema) loads lazily, off the first screen's critical path.
 */
import { createSignal } from 'solid-js';
import type { ApiError } from '../api/client';

export interface SyncState {
  running: boolean;
  error: ApiError | null;
  lastSyncedAt: string | null;
}

export const [syncState, setSyncState] = createSignal<SyncState>({ running: false, error: null, lastSyncedAt: null });

/** Starts a sync (loading the sync code on first use); concurrent calls share one run. */
export async function requestSync(): Promise<void> {
  const { syncNow } = await import('./sync');
  await syncNow();
}
