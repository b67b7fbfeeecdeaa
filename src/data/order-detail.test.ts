import { describe, expect, it } from 'vitest';
import type { Message, Order, Payment } from '../api/schemas';
import { orderTimeline } from './order-detail';

const eur = (amount: number) => ({ amount, currency: 'EUR' });
const order: Order = {
  id: 'ord-1',
  businessId: 'biz-1',
  reference: 'R-1',
  items: [{ name: 'Camisa', quantity: 1, unitPrice: eur(1000) }],
  total: eur(1000),
  status: 'shipped',
  timeline: [
    { status: 'placed', at: '2026-01-01T10:00:00.000Z', note: null },
    { status: 'shipped', at: '2026-01-03T10:00:00.000Z', note: 'Salió' },
  ],
  carrier: null,
  trackingNumber: null,
  trackingUrl: null,
  expectedBy: null,
  createdAt: '2026-01-01T10:00:00.000Z',
  updatedAt: '2026-01-03T10:00:00.000Z',
};
const message = (id: string, orderId: string | null, sentAt: string): Message => ({
  id,
  businessId: 'biz-1',
  from: 'business',
  topic: 'orders',
  text: `<img src=x onerror=alert(1)> ${id}`,
  template: null,
  orderId,
  paymentId: null,
  sentAt,
});
const payment: Payment = {
  id: 'pay-1',
  businessId: 'biz-1',
  orderId: 'ord-1',
  amount: eur(1000),
  status: 'partially_refunded',
  timeline: [
    { status: 'paid', at: '2026-01-01T10:05:00.000Z', note: null },
    { status: 'partially_refunded', at: '2026-01-04T09:00:00.000Z', note: null },
  ],
  description: 'Pedido R-1',
  payUrl: null,
  invoiceNumber: null,
  refund: { amount: eur(500), expectedAt: null },
  createdAt: '2026-01-01T10:05:00.000Z',
  updatedAt: '2026-01-04T09:00:00.000Z',
};

describe('orderTimeline', () => {
  it('merges status changes, this order’s messages and its payment steps, newest first', () => {
    const entries = orderTimeline(
      order,
      [message('m1', 'ord-1', '2026-01-02T12:00:00.000Z'), message('m2', 'ord-other', '2026-01-02T13:00:00.000Z')],
      [payment, { ...payment, id: 'pay-2', orderId: 'ord-other' }],
    );
    expect(entries.map((entry) => `${entry.kind}:${entry.at.slice(5, 16)}`)).toEqual([
      'payment:01-04T09:00',
      'status:01-03T10:00',
      'message:01-02T12:00',
      'payment:01-01T10:05',
      'status:01-01T10:00',
    ]);
    expect(new Set(entries.map((entry) => entry.key)).size).toBe(entries.length);
  });

  it('keeps the order of steps recorded at the same instant (later step first)', () => {
    const same = '2026-01-05T00:00:00.000Z';
    const entries = orderTimeline(
      {
        ...order,
        timeline: [
          { status: 'out_for_delivery', at: same, note: null },
          { status: 'delivered', at: same, note: null },
        ],
      },
      [],
      [],
    );
    expect(entries.map((entry) => (entry.kind === 'status' ? entry.status : ''))).toEqual([
      'delivered',
      'out_for_delivery',
    ]);
  });
});
