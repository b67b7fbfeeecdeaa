/**
 * What a business does to a consumer, played through `/__mock/`: write, create and move
 * orders and payments. Every change re-stamps the record (so `/api/sync` delivers it) and
 * logs the minimal push the backend would send — ids only, no text (PRODUCT.md principle 5).
 * Orders and payments are pushed whatever the consent: the app must enforce consent,
 * blocks and quiet hours on its side too, and tests need pushes to check that it does.
 */
import * as v from 'valibot';
import * as s from '../src/api/schemas/index.ts';
import { Problem, parseWith } from './http.ts';
import type { MockStore, UserState } from './store';

const DAY = 86_400_000;
const iso = (offsetMs = 0) => new Date(Date.now() + offsetMs).toISOString();

function requireBusiness(store: MockStore, businessId: string): s.Business {
  const business = store.businesses.get(businessId)?.value;
  if (!business) throw new Problem(404, 'business-unknown', `No business ${businessId}.`);
  return business;
}

export interface MessageInput {
  businessId: string;
  topic: s.Topic;
  text?: string;
  template?: s.Message['template'];
  orderId?: string;
  paymentId?: string;
  from?: 'business' | 'consumer';
  force?: boolean;
}

/** A business writes; refused like the real backend unless the consumer allowed the topic (or `force`). */
export function sendMessage(store: MockStore, user: UserState, input: MessageInput): s.Message {
  requireBusiness(store, input.businessId);
  const fromBusiness = (input.from ?? 'business') === 'business';
  const consent = user.consents.get(input.businessId)?.value;
  if (fromBusiness && !input.force) {
    if (consent?.blocked) throw new Problem(403, 'business-blocked', 'The consumer blocked this business.');
    if (!consent?.topics[input.topic]) {
      throw new Problem(403, 'topic-not-allowed', `The consumer has not allowed "${input.topic}" for this business.`);
    }
  }
  const text = input.text ?? input.template?.body ?? '';
  const message = parseWith(s.Message, {
    id: store.nextId('msg'),
    businessId: input.businessId,
    from: fromBusiness ? 'business' : 'consumer',
    topic: input.topic,
    text,
    template: input.template ?? null,
    orderId: input.orderId ?? null,
    paymentId: input.paymentId ?? null,
    sentAt: iso(),
  });
  store.put(user, 'messages', message);
  if (fromBusiness) {
    store.recordPush({
      type: 'message',
      id: message.id,
      businessId: message.businessId,
      phone: user.phone,
      topic: message.topic,
    });
  }
  return message;
}

const pushOrder = (store: MockStore, user: UserState, order: s.Order) =>
  store.recordPush({ type: 'order', id: order.id, businessId: order.businessId, phone: user.phone, topic: 'orders' });
const pushPayment = (store: MockStore, user: UserState, payment: s.Payment) =>
  store.recordPush({
    type: 'payment',
    id: payment.id,
    businessId: payment.businessId,
    phone: user.phone,
    topic: 'payments',
  });

/** Any `Order` field may be given; the rest default to a one-item order placed just now. */
export function createOrder(
  store: MockStore,
  user: UserState,
  input: Partial<s.Order> & { businessId: string },
): s.Order {
  requireBusiness(store, input.businessId);
  const now = iso();
  const items = input.items ?? [
    { name: 'Artículo de prueba', quantity: 1, unitPrice: { amount: 1999, currency: 'EUR' } },
  ];
  const total = items.reduce((sum, item) => sum + item.quantity * item.unitPrice.amount, 0);
  const status = input.status ?? 'placed';
  const id = store.nextId('ord');
  const order = parseWith(s.Order, {
    reference: `PED-${id.slice(4)}`,
    total: { amount: total, currency: items[0]?.unitPrice.currency ?? 'EUR' },
    timeline: [{ status, at: now, note: null }],
    carrier: null,
    trackingNumber: null,
    trackingUrl: null,
    expectedBy: iso(3 * DAY),
    createdAt: now,
    ...input,
    id,
    items,
    status,
    updatedAt: now,
  });
  store.put(user, 'orders', order);
  pushOrder(store, user, order);
  return order;
}

/** Move an order along its timeline; shipping without a carrier gets the demo courier's tracking. */
export function setOrderStatus(store: MockStore, id: string, status: s.OrderStatus, note: string | null): s.Order {
  const found = store.findRecord('orders', id);
  if (!found) throw new Problem(404, 'order-unknown', `No order ${id}.`);
  const now = iso();
  const previous = found.record;
  const tracking = previous.trackingNumber ?? `VZ${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}ES`;
  const shipping = status === 'shipped' && previous.carrier === null;
  const order: s.Order = {
    ...previous,
    status,
    timeline: [...previous.timeline, { status, at: now, note }],
    ...(shipping && {
      carrier: 'Veloz Mensajería',
      trackingNumber: tracking,
      trackingUrl: `https://www.velozmensajeria.example/seguimiento/${tracking}`,
    }),
    updatedAt: now,
  };
  store.put(found.user, 'orders', parseWith(s.Order, order));
  pushOrder(store, found.user, order);
  return order;
}

export const PaymentInput = v.object({
  businessId: v.string(),
  orderId: v.optional(v.string()),
  amount: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  currency: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/)), 'EUR'),
  status: v.optional(s.PaymentStatus, 'requested'),
  description: v.optional(v.string()),
  payUrl: v.optional(v.nullable(v.string())),
  invoiceNumber: v.optional(v.nullable(v.string())),
  refundAmount: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});

/** Refund details for a refunding status: all of it, or `refundAmount` (default half) of it. */
function refundFor(status: s.PaymentStatus, amount: s.Money, refundAmount?: number): s.Payment['refund'] {
  if (status !== 'refunded' && status !== 'partially_refunded') return null;
  const value = refundAmount ?? (status === 'refunded' ? amount.amount : Math.floor(amount.amount / 2));
  if (value > amount.amount) throw new Problem(400, 'invalid-request', 'refundAmount is more than the payment.');
  return { amount: { amount: value, currency: amount.currency }, expectedAt: iso(5 * DAY) };
}

export function createPayment(store: MockStore, user: UserState, input: v.InferOutput<typeof PaymentInput>): s.Payment {
  requireBusiness(store, input.businessId);
  const order = input.orderId ? store.findRecord('orders', input.orderId)?.record : undefined;
  if (input.orderId && !order) throw new Problem(404, 'order-unknown', `No order ${input.orderId}.`);
  const amount =
    input.amount === undefined && order ? order.total : { amount: input.amount ?? 0, currency: input.currency };
  const now = iso();
  const payment = parseWith(s.Payment, {
    id: store.nextId('pay'),
    businessId: input.businessId,
    orderId: order?.id ?? null,
    amount,
    status: input.status,
    timeline: [{ status: input.status, at: now, note: null }],
    description: input.description ?? (order ? `Pedido ${order.reference}` : 'Pago solicitado'),
    payUrl: input.payUrl ?? null,
    invoiceNumber: input.invoiceNumber ?? null,
    refund: refundFor(input.status, amount, input.refundAmount),
    createdAt: now,
    updatedAt: now,
  });
  store.put(user, 'payments', payment);
  pushPayment(store, user, payment);
  return payment;
}

export function setPaymentStatus(
  store: MockStore,
  id: string,
  status: s.PaymentStatus,
  refundAmount?: number,
  note?: string,
) {
  const found = store.findRecord('payments', id);
  if (!found) throw new Problem(404, 'payment-unknown', `No payment ${id}.`);
  const now = iso();
  const previous = found.record;
  const payment: s.Payment = {
    ...previous,
    status,
    timeline: [...previous.timeline, { status, at: now, note: note ?? null }],
    refund: refundFor(status, previous.amount, refundAmount) ?? previous.refund,
    updatedAt: now,
  };
  store.put(found.user, 'payments', payment);
  pushPayment(store, found.user, payment);
  return payment;
}
