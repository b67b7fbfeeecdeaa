/**
 * Sync status for the shell (status bar, "last updated"). The sync itself (src/data/sync.ts,
 * with every record schema) loads lazily through `request-sync.ts`, off the first screen's
 * critical path.
 */
import { createSignal } from 'solid-js';
import type { ApiError } from '../api/errors';

export interface SyncState {
  running: boolean;
  error: ApiError | null;
  lastSyncedAt: string | null;
}

const [state, setState] = createSignal<SyncState>({ running: false, error: null, lastSyncedAt: null });
const [shownError, setShownError] = createSignal<ApiError | null>(null);

export const syncState = state;

/**
 * Sets the sync state (src/data/sync.ts). A run starts with `error: null`; the error it
 * replaced stays in `shownSyncError` until a run finishes without one.
 */
export function setSyncState(next: SyncState | ((previous: SyncState) => SyncState)): SyncState {
  const value = setState(() => (typeof next === 'function' ? next(state()) : next));
  if (value.error) setShownError(value.error);
  else if (!value.running) setShownError(null);
  return value;
}

/**
 * The sync failure to show: the last run's, kept while the next one runs and cleared only
 * when a run succeeds — so a screen polling every few seconds does not make the message
 * disappear and reappear (and be announced again) with every failed try.
 */
export const shownSyncError = shownError;
