/**
 * One order or one payment with everything around it, read from IndexedDB (so it shows
 * offline once seen), and the single timeline an order page shows: its status changes, the
 * business's messages about it and its payments and refunds, merged by time (issue 5).
 */
import { createResource, type Resource } from 'solid-js';
import type { Business, Message, Order, OrderStatus, Payment, PaymentStatus } from '../api/schemas';
import { readAll, readByBusiness, readOne } from '../db/records';
import { dataVersion } from './changes';

export type TimelineEntry =
  | { kind: 'status'; key: string; at: string; status: OrderStatus; note: string | null }
  | { kind: 'message'; key: string; at: string; message: Message }
  | { kind: 'payment'; key: string; at: string; payment: Payment; status: PaymentStatus; note: string | null };

/** Status changes, messages and payment steps of one order, newest first (ties keep their order). */
export function orderTimeline(order: Order, messages: Message[], payments: Payment[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...order.timeline.map((step, index) => ({
      kind: 'status' as const,
      key: `s${index}`,
      at: step.at,
      status: step.status,
      note: step.note,
    })),
    ...messages
      .filter((message) => message.orderId === order.id)
      .map((message) => ({ kind: 'message' as const, key: `m${message.id}`, at: message.sentAt, message })),
    ...payments
      .filter((payment) => payment.orderId === order.id)
      .flatMap((payment) =>
        payment.timeline.map((step, index) => ({
          kind: 'payment' as const,
          key: `p${payment.id}-${index}`,
          at: step.at,
          payment,
          status: step.status,
          note: step.note,
        })),
      ),
  ];
  return entries
    .map((entry, index) => ({ entry, index, time: Date.parse(entry.at) }))
    .sort((a, b) => b.time - a.time || b.index - a.index)
    .map(({ entry }) => entry);
}

export interface OrderDetail {
  order: Order;
  business: Business | undefined;
  payments: Payment[];
  timeline: TimelineEntry[];
}

export interface PaymentDetail {
  payment: Payment;
  business: Business | undefined;
  order: Order | undefined;
  messages: Message[];
  /** Every stored business, to tell whether this one imitates a verified one. */
  businesses: Business[];
}

const byTime = (a: { at: string }, b: { at: string }) => Date.parse(a.at) - Date.parse(b.at);

export async function readOrderDetail(id: string): Promise<OrderDetail | undefined> {
  const order = await readOne('orders', id);
  if (!order) return undefined;
  const [business, messages, allPayments] = await Promise.all([
    readOne('businesses', order.businessId),
    readByBusiness('messages', order.businessId),
    readByBusiness('payments', order.businessId),
  ]);
  const payments = allPayments
    .filter((payment) => payment.orderId === order.id)
    .sort((a, b) => byTime({ at: a.createdAt }, { at: b.createdAt }));
  return { order, business, payments, timeline: orderTimeline(order, messages, payments) };
}

export async function readPaymentDetail(id: string): Promise<PaymentDetail | undefined> {
  const payment = await readOne('payments', id);
  if (!payment) return undefined;
  const [businesses, order, messages] = await Promise.all([
    readAll('businesses'),
    payment.orderId ? readOne('orders', payment.orderId) : Promise.resolve(undefined),
    readByBusiness('messages', payment.businessId),
  ]);
  return {
    payment,
    business: businesses.find((business) => business.id === payment.businessId),
    order,
    messages: messages
      .filter((message) => message.paymentId === payment.id)
      .sort((a, b) => byTime({ at: b.sentAt }, { at: a.sentAt })),
    businesses,
  };
}

/** Re-read when stored data or the id changes, like every live query (src/data/queries.ts). */
function live<T>(id: () => string, read: (id: string) => Promise<T>): Resource<T> {
  const [resource] = createResource(
    () => [dataVersion(), id()] as const,
    ([, key]) => read(key),
  );
  return resource;
}

export const useOrderDetail = (id: () => string) => live(id, readOrderDetail);
export const usePaymentDetail = (id: () => string) => live(id, readPaymentDetail);
