import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Consent, Message, Topic } from '../api/schemas';
import type { ConsentRecord } from '../db/schema';
import { afterNo } from './after-no';

const message = (sentAt: string, topic: Topic = 'promotions', from: Message['from'] = 'business'): Message => ({
  id: 'm1',
  businessId: 'b1',
  from,
  topic,
  text: 'hi',
  template: null,
  orderId: null,
  paymentId: null,
  sentAt,
});

const record = (recordedAt: string, topics: ConsentRecord['topics'], carriedBy?: 'block'): ConsentRecord => ({
  id: recordedAt,
  piiPrincipalId: 'u',
  businessId: 'b1',
  businessName: 'B',
  topics,
  action: Object.values(topics).every(Boolean) ? 'granted' : 'withdrawn',
  method: 'profile',
  shownText: '',
  dataUseVersion: '1',
  appVersion: '0',
  recordedAt,
  ...(carriedBy ? { carriedBy } : {}),
});

const consent = (on: boolean, blocked = false): Consent => ({
  businessId: 'b1',
  topics: { orders: on, payments: on, care: on, promotions: on },
  blocked,
  updatedAt: '2026-01-01T00:00:00.000Z',
});

describe('messaged after you said no', () => {
  it('marks a message sent after the topic was withdrawn, with how long after', () => {
    const records = [
      record('2026-01-01T10:00:00.000Z', { promotions: true }),
      record('2026-01-02T10:00:00.000Z', { promotions: false }),
    ];
    expect(afterNo(message('2026-01-02T12:00:00.000Z'), records, consent(false))).toEqual({
      kind: 'after',
      topic: 'promotions',
      withdrawnAt: '2026-01-02T10:00:00.000Z',
      delayMs: 2 * 3600_000,
    });
  });

  it('does not mark a message sent while allowed, even if withdrawn later', () => {
    const records = [record('2026-01-03T10:00:00.000Z', { promotions: false })];
    expect(afterNo(message('2026-01-02T12:00:00.000Z'), records, consent(false))).toBeNull();
  });

  it('marks businesses never allowed and blocked ones; never the consumer’s own messages', () => {
    expect(afterNo(message('2026-01-02T12:00:00.000Z'), [], undefined)?.kind).toBe('never');
    expect(afterNo(message('2026-01-02T12:00:00.000Z'), [], consent(false, true))?.kind).toBe('blocked');
    expect(afterNo(message('2026-01-02T12:00:00.000Z', 'care', 'consumer'), [], undefined)).toBeNull();
    const block = [record('2026-01-01T00:00:00.000Z', { promotions: false }, 'block')];
    expect(afterNo(message('2026-01-02T12:00:00.000Z'), block, consent(false, true))?.kind).toBe('blocked');
  });

  it('agrees with the state the last record before the message set (property)', () => {
    const day = Date.parse('2026-01-01T00:00:00.000Z');
    fc.assert(
      fc.property(
        fc.array(fc.record({ at: fc.integer({ min: 0, max: 1000 }), on: fc.boolean() }), { maxLength: 12 }),
        fc.integer({ min: 0, max: 1000 }),
        (changes, sentAt) => {
          const records = changes.map((c) => record(new Date(day + c.at * 60_000).toISOString(), { promotions: c.on }));
          const sent = new Date(day + sentAt * 60_000).toISOString();
          const result = afterNo(message(sent), records, consent(false));
          const last = [...records]
            .filter((r) => r.recordedAt <= sent)
            .sort((a, b) => a.recordedAt.localeCompare(b.recordedAt))
            .at(-1);
          if (last) expect(result === null).toBe(last.topics.promotions === true);
        },
      ),
    );
  });
});
