/**
 * Opening hours in the business's own time zone (issue 3: "open now / closed — opens at …").
 * Hours are wall-clock times where the business is; the consumer may be elsewhere, so "now"
 * is read in the business's zone with Intl, never with the device's offset.
 */
import type { Business } from '../api/schemas';

type Span = Business['hours'][number];

export type OpenState =
  | { open: true; closes: string }
  | { open: false; opens: { daysAhead: number; day: number; time: string } | null };

const WEEKDAY = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 } as Record<string, number>;
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
/** A span that closes at or before it opens ("20:00–02:00", "09:00–00:00") runs past midnight. */
const closesAt = (span: Span) =>
  minutes(span.closes) <= minutes(span.opens) ? minutes(span.closes) + 1440 : minutes(span.closes);

/** Weekday (0 = Sunday) and minutes since midnight at `now` in `timeZone`. */
export function wallClock(now: Date, timeZone: string): { day: number; minute: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '0';
  return { day: WEEKDAY[part('weekday')] ?? 0, minute: (Number(part('hour')) % 24) * 60 + Number(part('minute')) };
}

/** Whether the business is open at `now`, when it closes, or when it next opens. */
export function openState(hours: Business['hours'], timeZone: string, now = new Date()): OpenState {
  let clock: { day: number; minute: number };
  try {
    clock = wallClock(now, timeZone);
  } catch {
    clock = wallClock(now, 'UTC'); // an unknown zone from the backend must not break the profile
  }
  for (const span of hours) {
    const today = span.day === clock.day && clock.minute >= minutes(span.opens) && clock.minute < closesAt(span);
    const fromYesterday = span.day === (clock.day + 6) % 7 && clock.minute + 1440 < closesAt(span);
    if (today || fromYesterday) return { open: true, closes: span.closes };
  }
  for (let daysAhead = 0; daysAhead < 8; daysAhead++) {
    const day = (clock.day + daysAhead) % 7;
    const next = hours
      .filter((span) => span.day === day && (daysAhead > 0 || minutes(span.opens) > clock.minute))
      .sort((a, b) => minutes(a.opens) - minutes(b.opens))[0];
    if (next) return { open: false, opens: { daysAhead, day, time: next.opens } };
  }
  return { open: false, opens: null };
}

/** The week's spans grouped by day, Monday first (as calendars in Spain and the UK show it). */
export function weekTable(hours: Business['hours']): { day: number; spans: Span[] }[] {
  return [1, 2, 3, 4, 5, 6, 0].map((day) => ({
    day,
    spans: hours.filter((span) => span.day === day).sort((a, b) => minutes(a.opens) - minutes(b.opens)),
  }));
}

/** A weekday's name in `tag`'s language (0 = Sunday). 7 Jan 2024 was a Sunday. */
export function weekdayName(day: number, tag: string): string {
  return new Intl.DateTimeFormat(tag, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 7 + day));
}

/** "09:00" as the consumer's language writes a time of day ("09:00", "9:00"). */
export function formatClock(hhmm: string, tag: string): string {
  const [h, m] = [Number(hhmm.slice(0, 2)), Number(hhmm.slice(3, 5))];
  return new Intl.DateTimeFormat(tag, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    Date.UTC(2024, 0, 1, h % 24, m),
  );
}
