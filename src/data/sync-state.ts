/**
 * Sync status for the shell (status bar, "last updated"). The sync itself (src/data/sync.ts,
 * with every record schema) loads lazily, off the first screen's critical path.
 */
import { createSignal } from 'solid-js';
import type { ApiError } from '../api/errors';

export interface SyncState {
  running: boolean;
  error: ApiError | null;
  lastSyncedAt: string | null;
}

export const [syncState, setSyncState] = createSignal<SyncState>({ running: false, error: null, lastSyncedAt: null });

/**
 * Sends the outbox, then syncs (loading that code on first use), so what the server answers
 * already includes the consumer's own changes. Concurrent calls share one run.
 */
export async function requestSync(): Promise<void> {
  const [{ flushOutbox }, { syncNow }] = await Promise.all([import('./outbox'), import('./sync')]);
  await flushOutbox().catch((error: unknown) => console.warn('Outbox flush failed', error));
  await syncNow();
}
