/**
 * Reading and writing the synced records. Every record read back is parsed with its schema
 * (the stored data may be from an older app, or damaged); a record that fails is skipped and
 * reported, never rendered.
 */
import * as v from 'valibot';
import { Business, Consent, Message, Order, Payment, type SyncResponse } from '../api/schemas';
import { orderSearchText } from './migrations';
import { db } from './open';

const schemas = { businesses: Business, consents: Consent, orders: Order, payments: Payment, messages: Message };
type RecordStore = keyof typeof schemas;
type RecordOf<S extends RecordStore> = v.InferOutput<(typeof schemas)[S]>;

function parseRecord<S extends RecordStore>(store: S, value: unknown): RecordOf<S> | undefined {
  const parsed = v.safeParse(schemas[store], value);
  if (parsed.success) return parsed.output as RecordOf<S>;
  console.warn(`Skipped a damaged ${store} record`, parsed.issues[0]?.message);
  return undefined;
}

export async function readAll<S extends RecordStore>(store: S): Promise<RecordOf<S>[]> {
  const values = await (await db()).getAll(store);
  return values.map((value) => parseRecord(store, value)).filter((value) => value !== undefined);
}

export async function readOne<S extends RecordStore>(store: S, id: string): Promise<RecordOf<S> | undefined> {
  const value = await (await db()).get(store, id);
  return value === undefined ? undefined : parseRecord(store, value);
}

export async function readByBusiness<S extends 'orders' | 'payments' | 'messages'>(
  store: S,
  businessId: string,
): Promise<RecordOf<S>[]> {
  // Every one of these stores has a byBusiness index keyed by the business id.
  const values: unknown[] = await (await db()).getAllFromIndex(store as 'orders', 'byBusiness', businessId);
  return values.map((value) => parseRecord(store, value)).filter((value) => value !== undefined);
}

/** Stores one page of changes and its cursor in a single transaction: all of it or none. */
export async function saveChanges(page: SyncResponse, syncedAt: string): Promise<void> {
  const tx = (await db()).transaction(
    ['businesses', 'consents', 'orders', 'payments', 'messages', 'meta'],
    'readwrite',
  );
  const writes: Promise<unknown>[] = [];
  for (const business of page.businesses) writes.push(tx.objectStore('businesses').put(business));
  for (const consent of page.consents) writes.push(tx.objectStore('consents').put(consent));
  for (const order of page.orders)
    writes.push(tx.objectStore('orders').put({ ...order, search: orderSearchText(order) }));
  for (const payment of page.payments) writes.push(tx.objectStore('payments').put(payment));
  for (const message of page.messages) writes.push(tx.objectStore('messages').put(message));
  writes.push(tx.objectStore('meta').put(page.cursor, 'cursor'));
  writes.push(tx.objectStore('meta').put(syncedAt, 'lastSyncedAt'));
  await Promise.all([...writes, tx.done]);
}
