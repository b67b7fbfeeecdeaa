/**
 * `/__mock/` routes where a business acts on a consumer: messages, orders, payments.
 * The consumer is `phone` (body or query) or else whoever signed in last.
 */
import { HttpResponse, http } from 'msw';
import * as v from 'valibot';
import * as s from '../src/api/schemas/index.ts';
import {
  createOrder,
  createPayment,
  PaymentInput,
  sendMessage,
  setOrderStatus,
  setPaymentStatus,
} from './business-actions.ts';
import { guarded, Problem, parseWith, readJson } from './http.ts';
import { bulkCommerce } from './seed-orders.ts';
import type { MockStore, UserState } from './store';

const PhoneField = { phone: v.optional(s.Phone) };

/** The consumer a scenario call is about: `phone` if given, else the one who signed in last. */
export function consumerFor(store: MockStore, phone: string | undefined | null): UserState {
  if (phone) return store.ensureUser(phone);
  const last = store.lastSignedIn === null ? undefined : store.users.get(store.lastSignedIn);
  if (!last) throw new Problem(400, 'no-consumer', 'Pass "phone", or sign a consumer in first.');
  return last;
}

/** `phone` from the query string, normalised and validated like the body field. */
export function queryPhone(request: Request): string | undefined {
  const raw = new URL(request.url).searchParams.get('phone');
  return raw === null || raw === '' ? undefined : parseWith(s.Phone, raw);
}

const MessageBody = v.object({
  ...PhoneField,
  businessId: v.string(),
  topic: s.Topic,
  text: v.optional(v.pipe(v.string(), v.maxLength(4000))),
  template: v.optional(v.nullable(s.MessageTemplate)),
  orderId: v.optional(v.string()),
  paymentId: v.optional(v.string()),
  from: v.optional(v.picklist(['business', 'consumer'])),
  force: v.optional(v.boolean()),
});

const OrderBody = v.looseObject({ ...PhoneField, businessId: v.string() });
/** At most this many orders per bulk call: enough for the 10,000-row benchmark, bounded for memory. */
const BULK_MAX = 20_000;
const BulkBody = v.object({
  ...PhoneField,
  count: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(BULK_MAX)),
  payments: v.optional(v.boolean(), true),
});
const OrderStatusBody = v.object({ status: s.OrderStatus, note: v.optional(v.nullable(v.string())) });
const PaymentBody = v.object({ ...PhoneField, ...PaymentInput.entries });
const PaymentStatusBody = v.object({
  status: s.PaymentStatus,
  refundAmount: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  note: v.optional(v.string()),
});

export function commerceHandlers(store: MockStore) {
  const json = (body: unknown, status = 201) => HttpResponse.json(body as object, { status });
  const id = (params: Record<string, unknown>) => String(params.id);
  return [
    http.post(
      '*/__mock/messages',
      guarded(async ({ request }) => {
        const { phone, ...input } = parseWith(MessageBody, await readJson(request));
        if (input.text === undefined && !input.template)
          throw new Problem(400, 'invalid-request', 'Give text or template.');
        return json(sendMessage(store, consumerFor(store, phone ?? queryPhone(request)), input));
      }),
    ),
    http.post(
      '*/__mock/orders',
      guarded(async ({ request }) => {
        const { phone, ...input } = parseWith(OrderBody, await readJson(request));
        const user = consumerFor(store, phone ?? queryPhone(request));
        return json(createOrder(store, user, input as Partial<s.Order> & { businessId: string }));
      }),
    ),
    http.post(
      '*/__mock/orders/bulk',
      guarded(async ({ request }) => {
        const { phone, count, payments } = parseWith(BulkBody, await readJson(request));
        const user = consumerFor(store, phone ?? queryPhone(request));
        const businessIds = [...store.businesses.keys()];
        const made = bulkCommerce(count, new Date(), (prefix) => store.nextId(prefix), businessIds, payments);
        // No pushes: a bulk load plays history, not news.
        for (const order of made.orders) store.put(user, 'orders', order);
        for (const payment of made.payments) store.put(user, 'payments', payment);
        return json({ orders: made.orders.length, payments: made.payments.length });
      }),
    ),
    http.post(
      '*/__mock/orders/:id/status',
      guarded(async ({ request, params }) => {
        const { status, note } = parseWith(OrderStatusBody, await readJson(request));
        return json(setOrderStatus(store, id(params), status, note ?? null), 200);
      }),
    ),
    http.post(
      '*/__mock/payments',
      guarded(async ({ request }) => {
        const { phone, ...input } = parseWith(PaymentBody, await readJson(request));
        // A payment for an order belongs to that order's consumer unless told otherwise.
        const owner = input.orderId && !phone ? store.findRecord('orders', input.orderId)?.user : undefined;
        return json(createPayment(store, owner ?? consumerFor(store, phone ?? queryPhone(request)), input));
      }),
    ),
    http.post(
      '*/__mock/payments/:id/status',
      guarded(async ({ request, params }) => {
        const { status, refundAmount, note } = parseWith(PaymentStatusBody, await readJson(request));
        return json(setPaymentStatus(store, id(params), status, refundAmount, note), 200);
      }),
    ),
  ];
}
