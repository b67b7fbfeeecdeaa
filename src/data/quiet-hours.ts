/** Quiet hours for screens: read live, saved at once (issue 4 §3). The worker applies them. */
import { createResource, type Resource } from 'solid-js';
import { readQuietHours, writeQuietHours } from '../db/quiet-hours';
import type { QuietHoursSettings, QuietWindow } from '../db/schema';
import { dataVersion, notifyDataChanged } from './changes';

export { isValidWindow, quietUntil } from '../db/quiet-hours';

export const DEFAULT_WINDOW: QuietWindow = { start: '22:00', end: '08:00' };

export function useQuietHours(): Resource<QuietHoursSettings> {
  const [settings] = createResource(dataVersion, () => readQuietHours());
  return settings;
}

/** Sets (or with null clears) the global window, or one business's. */
export async function setQuietWindow(businessId: string | null, window: QuietWindow | null): Promise<void> {
  const current = await readQuietHours();
  const businesses = { ...current.businesses };
  if (businessId === null) {
    await writeQuietHours({ ...current, global: window });
  } else {
    if (window) businesses[businessId] = window;
    else delete businesses[businessId];
    await writeQuietHours({ ...current, businesses });
  }
  notifyDataChanged();
}
