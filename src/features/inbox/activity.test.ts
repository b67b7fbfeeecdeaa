import { describe, expect, it } from 'vitest';
import type { Consent, Message, Order } from '../../api/schemas';
import { inboxActivity } from './activity';

const consent = (businessId: string, over: Partial<Consent> = {}): Consent => ({
  businessId,
  topics: { orders: true, payments: false, care: false, promotions: false },
  blocked: false,
  updatedAt: '2026-11-01T00:00:00.000Z',
  ...over,
});
const message = (id: string, businessId: string, sentAt: string): Message => ({
  id,
  businessId,
  from: 'business',
  topic: 'orders',
  text: id,
  template: null,
  orderId: null,
  paymentId: null,
  sentAt,
});
const order = (id: string, businessId: string, updatedAt: string) =>
  ({ id, businessId, updatedAt }) as unknown as Order;

describe('inboxActivity', () => {
  it('merges kinds newest first, up to the limit', () => {
    const items = inboxActivity(
      [message('m1', 'a', '2026-11-03T00:00:00Z'), message('m2', 'a', '2026-11-01T00:00:00Z')],
      [order('o1', 'a', '2026-11-02T00:00:00Z')],
      [],
      [consent('a')],
      2,
    );
    expect(items.map((item) => item.at)).toEqual(['2026-11-03T00:00:00Z', '2026-11-02T00:00:00Z']);
  });

  it('leaves out blocked businesses and businesses never allowed', () => {
    const items = inboxActivity(
      [message('m1', 'blocked', '2026-11-03T00:00:00Z'), message('m2', 'never', '2026-11-02T00:00:00Z')],
      [],
      [],
      [
        consent('blocked', { blocked: true }),
        consent('never', { topics: { orders: false, payments: false, care: false, promotions: false } }),
      ],
    );
    expect(items).toEqual([]);
  });
});
