import type { Consent, Message, Order, Payment } from '../../api/schemas';

export type Activity =
  | { kind: 'message'; at: string; businessId: string; message: Message }
  | { kind: 'order'; at: string; businessId: string; order: Order }
  | { kind: 'payment'; at: string; businessId: string; payment: Payment };

/** The inbox: newest activity first, only from businesses the consumer allowed and did not block. */
export function inboxActivity(
  messages: Message[],
  orders: Order[],
  payments: Payment[],
  consents: Consent[],
  limit = 200,
): Activity[] {
  const allowed = new Set(
    consents.filter((c) => !c.blocked && Object.values(c.topics).some(Boolean)).map((c) => c.businessId),
  );
  const items: Activity[] = [
    ...messages.map((message) => ({
      kind: 'message' as const,
      at: message.sentAt,
      businessId: message.businessId,
      message,
    })),
    ...orders.map((order) => ({ kind: 'order' as const, at: order.updatedAt, businessId: order.businessId, order })),
    ...payments.map((payment) => ({
      kind: 'payment' as const,
      at: payment.updatedAt,
      businessId: payment.businessId,
      payment,
    })),
  ];
  return items
    .filter((item) => allowed.has(item.businessId))
    .sort((a, b) => b.at.localeCompare(a.at))
    .slice(0, limit);
}
