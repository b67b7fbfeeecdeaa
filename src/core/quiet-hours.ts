/**
 * Quiet-hours rules (issue 4 §3): a daily window in the device's local time, globally and per
 * business. Pure, so the page and the worker decide alike; storage is `db/quiet-hours.ts`.
 */
import type { QuietHoursSettings, QuietWindow } from '../db/schema';

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isValidWindow(window: QuietWindow): boolean {
  return TIME.test(window.start) && TIME.test(window.end) && window.start !== window.end;
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** When the window containing `at` ends (epoch ms), or null when `at` is outside it. */
export function windowEndsAt(window: QuietWindow, at: Date): number | null {
  if (!isValidWindow(window)) return null;
  const now = at.getHours() * 60 + at.getMinutes();
  const start = minutesOf(window.start);
  const end = minutesOf(window.end);
  const inside = start < end ? now >= start && now < end : now >= start || now < end;
  if (!inside) return null;
  const ends = new Date(at);
  ends.setHours(Math.floor(end / 60), end % 60, 0, 0);
  if (ends.getTime() <= at.getTime()) ends.setDate(ends.getDate() + 1);
  return ends.getTime();
}

/** When notifications from `businessId` may sound again: null if not quiet at `at`. */
export function quietUntil(settings: QuietHoursSettings, businessId: string, at: Date): number | null {
  const ends = [settings.global, settings.businesses[businessId]]
    .filter((window): window is QuietWindow => window != null)
    .map((window) => windowEndsAt(window, at))
    .filter((end): end is number => end !== null);
  return ends.length > 0 ? Math.max(...ends) : null;
}
