/** Quiet hours (issue 4 §3), stored in `meta` so the service worker can read them. */
import { readMeta, writeMeta } from './meta';
import type { QuietHoursSettings } from './schema';

export const NO_QUIET_HOURS: QuietHoursSettings = { global: null, businesses: {} };

export async function readQuietHours(): Promise<QuietHoursSettings> {
  const stored = await readMeta('quietHours');
  return stored ?? NO_QUIET_HOURS;
}

export async function writeQuietHours(settings: QuietHoursSettings): Promise<void> {
  await writeMeta('quietHours', settings);
}
