import { describe, expect, it } from 'vitest';
import type { Business } from '../api/schemas';
import { formatClock, openState, wallClock, weekdayName, weekTable } from './hours';

const WEEKDAYS: Business['hours'] = [1, 2, 3, 4, 5].flatMap((day) => [
  { day, opens: '09:00', closes: '14:00' },
  { day, opens: '16:00', closes: '20:00' },
]);

describe('opening hours in the business’s time zone', () => {
  it('reads the wall clock where the business is, not on the device', () => {
    // 2026-01-05 is a Monday; 08:30 UTC is 09:30 in Madrid and 08:30 in the Canaries.
    const now = new Date('2026-01-05T08:30:00Z');
    expect(wallClock(now, 'Europe/Madrid')).toEqual({ day: 1, minute: 9 * 60 + 30 });
    expect(wallClock(now, 'Atlantic/Canary')).toEqual({ day: 1, minute: 8 * 60 + 30 });
  });

  it('is open inside a span, with its closing time', () => {
    expect(openState(WEEKDAYS, 'Europe/Madrid', new Date('2026-01-05T08:30:00Z'))).toEqual({
      open: true,
      closes: '14:00',
    });
  });

  it('opens later today, tomorrow, or on a named day', () => {
    // Monday 14:30 in Madrid: between spans.
    expect(openState(WEEKDAYS, 'Europe/Madrid', new Date('2026-01-05T13:30:00Z'))).toEqual({
      open: false,
      opens: { daysAhead: 0, day: 1, time: '16:00' },
    });
    // Monday 21:00: tomorrow at nine.
    expect(openState(WEEKDAYS, 'Europe/Madrid', new Date('2026-01-05T20:00:00Z'))).toMatchObject({
      opens: { daysAhead: 1, day: 2, time: '09:00' },
    });
    // Saturday noon: Monday.
    expect(openState(WEEKDAYS, 'Europe/Madrid', new Date('2026-01-10T11:00:00Z'))).toMatchObject({
      opens: { daysAhead: 2, day: 1 },
    });
  });

  it('the same instant can be open in Madrid and closed in the Canaries', () => {
    const now = new Date('2026-01-05T08:30:00Z');
    expect(openState(WEEKDAYS, 'Europe/Madrid', now).open).toBe(true);
    expect(openState(WEEKDAYS, 'Atlantic/Canary', now).open).toBe(false);
    expect(openState(WEEKDAYS, 'Europe/Madrid', new Date('2026-01-05T19:30:00Z')).open).toBe(false);
    expect(openState(WEEKDAYS, 'Atlantic/Canary', new Date('2026-01-05T19:30:00Z')).open).toBe(true);
  });

  it('handles spans past midnight, no hours at all and an unknown zone', () => {
    const night: Business['hours'] = [{ day: 5, opens: '20:00', closes: '02:00' }];
    // Saturday 01:00 in Madrid (Friday 00:00 UTC+1): still Friday's span.
    expect(openState(night, 'Europe/Madrid', new Date('2026-01-10T00:00:00Z'))).toEqual({
      open: true,
      closes: '02:00',
    });
    expect(openState([], 'Europe/Madrid')).toEqual({ open: false, opens: null });
    expect(() => openState(WEEKDAYS, 'Not/AZone')).not.toThrow();
  });

  it('formats days and times in the consumer’s language', () => {
    expect(weekdayName(1, 'en-GB')).toBe('Monday');
    expect(weekdayName(0, 'es-ES')).toBe('domingo');
    expect(formatClock('09:00', 'en-GB')).toBe('9:00');
    expect(formatClock('20:30', 'en-GB')).toBe('20:30');
    expect(formatClock('09:00', 'es-ES')).toBe('9:00');
    expect(weekTable(WEEKDAYS).map((row) => row.day)).toEqual([1, 2, 3, 4, 5, 6, 0]);
  });
});
