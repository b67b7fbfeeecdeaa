// @vitest-environment node
/**
 * The worker's push rules (issue 4 §3, §5): blocks and consent suppress, quiet hours hold —
 * globally or per business, across midnight and in any time zone (windows are in the
 * device's local time).
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { Consent, PushPayload, Topic } from '../api/schemas';
import { NO_QUIET_HOURS } from '../db/quiet-hours';
import type { QuietHoursSettings, QuietWindow } from '../db/schema';
import { contentFor, decide, screenFor, topicOf } from './notify-rules';
import { quietUntil } from './quiet-hours';

const ORIGINAL_TZ = process.env.TZ;
afterEach(() => {
  process.env.TZ = ORIGINAL_TZ;
});

const push = (over: Partial<PushPayload> = {}): PushPayload => ({
  type: 'message',
  id: 'msg-1',
  businessId: 'biz-onda',
  topic: 'care',
  at: '2026-11-02T10:00:00.000Z',
  ...over,
});
const consent = (topics: Partial<Record<Topic, boolean>>, blocked = false): Consent => ({
  businessId: 'biz-onda',
  topics: { orders: false, payments: false, care: false, promotions: false, ...topics },
  blocked,
  updatedAt: '2026-11-01T10:00:00.000Z',
});
const quiet = (global: QuietWindow | null, businesses: Record<string, QuietWindow> = {}): QuietHoursSettings => ({
  global,
  businesses,
});
/** A local time on a given day (in whatever TZ is current). */
const at = (h: number, m = 0, day = 2) => new Date(2026, 10, day, h, m);
const NIGHT = { start: '22:00', end: '08:00' };

describe('decide', () => {
  it('shows an allowed topic outside quiet hours', () => {
    expect(decide(push(), consent({ care: true }), NO_QUIET_HOURS, at(12))).toEqual({ action: 'show' });
  });

  it('drops anything from a blocked business, even for a topic still marked allowed', () => {
    expect(decide(push(), consent({ care: true }, true), NO_QUIET_HOURS, at(12))).toEqual({
      action: 'drop',
      reason: 'blocked',
    });
  });

  it('drops a topic not allowed, and a business never allowed (no consent record)', () => {
    expect(decide(push({ topic: 'promotions' }), consent({ care: true }), NO_QUIET_HOURS, at(12)).action).toBe('drop');
    expect(decide(push(), undefined, NO_QUIET_HOURS, at(12))).toEqual({ action: 'drop', reason: 'not-allowed' });
  });

  it('maps order and payment updates to their topics, whatever topic the payload names', () => {
    expect(topicOf(push({ type: 'order', topic: 'care' }))).toBe('orders');
    expect(topicOf(push({ type: 'payment', topic: 'care' }))).toBe('payments');
    const ordersOnly = consent({ orders: true });
    expect(decide(push({ type: 'order', id: 'ord-1', topic: 'care' }), ordersOnly, NO_QUIET_HOURS, at(12)).action).toBe(
      'show',
    );
    expect(decide(push({ type: 'payment', id: 'pay-1' }), ordersOnly, NO_QUIET_HOURS, at(12)).action).toBe('drop');
  });

  it('holds during global quiet hours that span midnight, until they end the next morning', () => {
    const settings = quiet(NIGHT);
    expect(decide(push(), consent({ care: true }), settings, at(23, 30))).toEqual({
      action: 'hold',
      until: at(8, 0, 3).getTime(),
    });
    expect(decide(push(), consent({ care: true }), settings, at(1, 15))).toEqual({
      action: 'hold',
      until: at(8, 0, 2).getTime(),
    });
    expect(decide(push(), consent({ care: true }), settings, at(8, 0)).action).toBe('show');
    expect(decide(push(), consent({ care: true }), settings, at(21, 59)).action).toBe('show');
  });

  it("holds during one business's quiet hours and not another's", () => {
    const settings = quiet(null, { 'biz-onda': { start: '13:00', end: '15:00' } });
    expect(decide(push(), consent({ care: true }), settings, at(14)).action).toBe('hold');
    const other = { ...consent({ care: true }), businessId: 'biz-veloz' };
    expect(decide(push({ businessId: 'biz-veloz' }), other, settings, at(14)).action).toBe('show');
  });

  it('holds until the later end when global and business quiet hours overlap', () => {
    const settings = quiet(NIGHT, { 'biz-onda': { start: '07:00', end: '09:30' } });
    expect(decide(push(), consent({ care: true }), settings, at(7, 30))).toEqual({
      action: 'hold',
      until: at(9, 30).getTime(),
    });
  });

  it('never lets quiet hours show what a block or withdrawal suppresses', () => {
    fc.assert(
      fc.property(
        fc.record({ orders: fc.boolean(), payments: fc.boolean(), care: fc.boolean(), promotions: fc.boolean() }),
        fc.boolean(),
        fc.constantFrom<PushPayload['type']>('message', 'order', 'payment'),
        fc.constantFrom<Topic>('orders', 'payments', 'care', 'promotions'),
        fc.integer({ min: 0, max: 24 * 60 - 1 }),
        (topics, blocked, type, topic, minute) => {
          const payload = push({ type, topic });
          const decision = decide(payload, consent(topics, blocked), quiet(NIGHT), at(0, minute));
          const allowed = !blocked && topics[topicOf(payload)];
          expect(decision.action === 'drop').toBe(!allowed);
        },
      ),
    );
  });
});

describe('quiet hours in the device time zone', () => {
  const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }));
  const hhmm = ([h, m]: [number, number]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;

  for (const zone of ['UTC', 'Asia/Tokyo', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
    it(`hold exactly inside the window and end at its end, in ${zone}`, () => {
      process.env.TZ = zone;
      fc.assert(
        fc.property(time, time, time, (start, end, now) => {
          fc.pre(hhmm(start) !== hhmm(end));
          const window = { start: hhmm(start), end: hhmm(end) };
          const date = new Date(2026, 10, 2, now[0], now[1]); // November: no DST change that day
          const minutes = (t: [number, number]) => t[0] * 60 + t[1];
          const [s, e, n] = [minutes(start), minutes(end), minutes(now)];
          const inside = s < e ? n >= s && n < e : n >= s || n < e;
          const until = quietUntil(quiet(window), 'biz-onda', date);
          expect(until !== null).toBe(inside);
          if (until === null) return;
          const ends = new Date(until);
          expect(hhmm([ends.getHours(), ends.getMinutes()])).toBe(window.end);
          expect(until).toBeGreaterThan(date.getTime());
          expect(until - date.getTime()).toBeLessThanOrEqual(24 * 3600_000);
          // Once a window ends, it no longer holds anything.
          expect(quietUntil(quiet(window), 'biz-onda', ends)).toBeNull();
        }),
      );
    });
  }

  it('end at the local wall-clock time on the night clocks go back (Europe/Madrid)', () => {
    process.env.TZ = 'Europe/Madrid';
    const night = new Date(2026, 9, 25, 1, 30); // 25 Oct 2026, 01:30, before 03:00 → 02:00
    const until = quietUntil(quiet(NIGHT), 'biz-onda', night);
    expect(until).not.toBeNull();
    const ends = new Date(until as number);
    expect([ends.getDate(), ends.getHours(), ends.getMinutes()]).toEqual([25, 8, 0]);
    // One hour longer than the wall clock suggests: the night has 25 hours.
    expect((until as number) - night.getTime()).toBe(7.5 * 3600_000);
  });
});

describe('notification content', () => {
  const business = { displayName: 'Banco Horizonte', verification: { level: 'verified' } } as never;

  it('names the business and its level from the synced record, in English and Spanish', () => {
    expect(contentFor(push({ type: 'payment', id: 'pay-9' }), business, 'en')).toEqual({
      title: 'Payment update',
      body: 'Banco Horizonte · Verified',
      url: '/payments/pay-9',
      tag: 'payment:pay-9',
    });
    expect(contentFor(push(), business, 'es')).toMatchObject({
      title: 'Nuevo mensaje',
      body: 'Banco Horizonte · Verificada',
    });
  });

  it('names no business it does not know', () => {
    expect(contentFor(push(), undefined, 'en').body).toBe('A business you have not added yet');
  });

  it('opens the screen of the order, payment or conversation', () => {
    expect(screenFor(push({ type: 'order', id: 'ord-7' }))).toBe('/orders/ord-7');
    expect(screenFor(push({ type: 'payment', id: 'pay/../x' }))).toBe('/payments/pay%2F..%2Fx');
    expect(screenFor(push())).toBe('/b/biz-onda');
  });
});
