/**
 * Live queries: what screens read. Each reads IndexedDB (so whatever was seen once shows
 * offline) and re-reads whenever a sync or a local change touched the data.
 */
import { createResource, type Resource } from 'solid-js';
import type { Business, Consent, Message, Order, Payment } from '../api/schemas';
import { readAll, readByBusiness, readNewest, readOne } from '../db/records';
import { dataVersion } from './changes';

/** Re-reads when stored data changes or when `key` (a route parameter, say) changes. */
function live<T>(read: () => Promise<T>, key?: () => string): Resource<T> {
  const [resource] = createResource(
    () => [dataVersion(), key?.()] as const,
    () => read(),
  );
  return resource;
}

const newestFirst =
  <T>(key: (item: T) => string) =>
  (a: T, b: T) =>
    key(b).localeCompare(key(a));

export const useBusinesses = (): Resource<Business[]> =>
  live(async () => (await readAll('businesses')).sort((a, b) => a.displayName.localeCompare(b.displayName)));
export const useBusiness = (id: () => string): Resource<Business | undefined> =>
  live(() => readOne('businesses', id()), id);
export const useConsents = (): Resource<Consent[]> => live(() => readAll('consents'));
export const useConsent = (businessId: () => string): Resource<Consent | undefined> =>
  live(() => readOne('consents', businessId()), businessId);
export const useOrders = (): Resource<Order[]> =>
  live(async () => (await readAll('orders')).sort(newestFirst((o) => o.updatedAt)));
export const useOrder = (id: () => string): Resource<Order | undefined> => live(() => readOne('orders', id()), id);
export const usePayments = (): Resource<Payment[]> =>
  live(async () => (await readAll('payments')).sort(newestFirst((p) => p.updatedAt)));
export const usePayment = (id: () => string): Resource<Payment | undefined> =>
  live(() => readOne('payments', id()), id);
export const useMessages = (): Resource<Message[]> =>
  live(async () => (await readAll('messages')).sort(newestFirst((m) => m.sentAt)));
export const useBusinessMessages = (businessId: () => string): Resource<Message[]> =>
  live(async () => (await readByBusiness('messages', businessId())).sort(newestFirst((m) => m.sentAt)), businessId);
export const useBusinessOrders = (businessId: () => string): Resource<Order[]> =>
  live(async () => (await readByBusiness('orders', businessId())).sort(newestFirst((o) => o.updatedAt)), businessId);
export const useBusinessPayments = (businessId: () => string): Resource<Payment[]> =>
  live(async () => (await readByBusiness('payments', businessId())).sort(newestFirst((p) => p.updatedAt)), businessId);

/**
 * The newest `count()` messages, orders and payments, read through their time indexes: the
 * inbox stays as cheap with 10,000 stored records as with ten.
 */
export const useNewestActivity = (
  count: () => number,
): Resource<{ messages: Message[]; orders: Order[]; payments: Payment[] }> =>
  live(
    async () => {
      const [messages, orders, payments] = await Promise.all([
        readNewest('messages', count()),
        readNewest('orders', count()),
        readNewest('payments', count()),
      ]);
      return { messages, orders, payments };
    },
    () => String(count()),
  );
