/** Quiet hours for screens: read live, saved at once (issue 4 §3). The worker applies them. */
import { createResource, type Resource } from 'solid-js';
import { db } from '../db/open';
import { NO_QUIET_HOURS, readQuietHours } from '../db/quiet-hours';
import type { QuietHoursSettings, QuietWindow } from '../db/schema';
import { dataVersion, notifyDataChanged } from './changes';

export { isValidWindow, quietUntil } from '../core/quiet-hours';

export const DEFAULT_WINDOW: QuietWindow = { start: '22:00', end: '08:00' };

export function useQuietHours(): Resource<QuietHoursSettings> {
  const [settings] = createResource(dataVersion, () => readQuietHours());
  return settings;
}

/**
 * Sets (or with null clears) the global window, or one business's. Read and write happen in
 * one readwrite transaction: IndexedDB runs overlapping readwrite transactions on `meta` one
 * after the other, so two quick edits (say, From then To) each build on the other instead of
 * the second overwriting the first with what it read before the first was written.
 */
export async function setQuietWindow(businessId: string | null, window: QuietWindow | null): Promise<void> {
  const tx = (await db()).transaction('meta', 'readwrite');
  const current = ((await tx.store.get('quietHours')) as QuietHoursSettings | undefined) ?? NO_QUIET_HOURS;
  let next: QuietHoursSettings;
  if (businessId === null) {
    next = { ...current, global: window };
  } else {
    const businesses = { ...current.businesses };
    if (window) businesses[businessId] = window;
    else delete businesses[businessId];
    next = { ...current, businesses };
  }
  await Promise.all([tx.store.put(next, 'quietHours'), tx.done]);
  notifyDataChanged();
}
