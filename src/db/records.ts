/**
 * Reading and writing the synced records. Every record read back is parsed with its schema
 * (the stored data may be from an older app, or damaged); a record that fails is skipped and
 * reported, never rendered.
 */
import * as v from 'valibot';
import {
  type BlockChange,
  Business,
  Consent,
  type ConsentChange,
  Message,
  Order,
  Payment,
  type ReportRequest,
  type SyncResponse,
} from '../api/schemas';
import { orderSearchText } from './migrations';
import { db } from './open';
import type { OutboxEntry } from './schema';

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

/** The newest `count` records of a store by its time index (messages by sending time, others by update). */
export async function readNewest<S extends 'orders' | 'payments' | 'messages'>(
  store: S,
  count: number,
): Promise<RecordOf<S>[]> {
  const tx = (await db()).transaction(store);
  const index = store === 'messages' ? tx.store.index('bySentAt' as never) : tx.store.index('byUpdated' as never);
  const values: unknown[] = [];
  let cursor = await index.openCursor(null, 'prev');
  while (cursor && values.length < count) {
    values.push(cursor.value);
    cursor = await cursor.continue();
  }
  return values.map((value) => parseRecord(store, value)).filter((value) => value !== undefined);
}

/**
 * The server's consent with the consumer's changes still in the outbox applied on top, so a
 * sync never undoes on screen what the consumer just did (it reaches the server later).
 */
export function withPendingChanges(consent: Consent, pending: OutboxEntry[]): Consent {
  let result = consent;
  for (const entry of pending) {
    // A refused change never reached the server: what the server says stands.
    if (entry.nextAttemptAt === Number.POSITIVE_INFINITY) continue;
    if (entry.kind === 'changeConsent') {
      const change = entry.body as ConsentChange;
      if (change.businessId === consent.businessId)
        result = { ...result, topics: { ...result.topics, ...change.topics } };
    } else if (entry.kind === 'changeBlock') {
      const change = entry.body as BlockChange;
      if (change.businessId !== consent.businessId) continue;
      const topics = change.blocked
        ? { orders: false, payments: false, care: false, promotions: false }
        : result.topics;
      result = { ...result, blocked: change.blocked, topics };
    } else if (entry.kind === 'sendReport') {
      const report = entry.body as ReportRequest;
      if (report.alsoBlock && report.businessId === consent.businessId)
        result = {
          ...result,
          blocked: true,
          topics: { orders: false, payments: false, care: false, promotions: false },
        };
    }
  }
  return result;
}

/**
 * Stores one page of changes and its cursor in a single transaction: all of it or none.
 * `requestedAt` (ms, this device's clock) is when the page was asked for: a consent the
 * consumer changed after that is newer than the page and stays as it is, so a sync already
 * under way never undoes a withdrawal (PRODUCT.md Principle 1). Without an owner the
 * consumer has signed out meanwhile: nothing is written, so no data outlives the wipe.
 * Resolves with whether the page was stored.
 */
export async function saveChanges(page: SyncResponse, syncedAt: string, requestedAt = Date.now()): Promise<boolean> {
  const tx = (await db()).transaction(
    ['businesses', 'consents', 'consentRecords', 'orders', 'payments', 'messages', 'meta', 'outbox'],
    'readwrite',
  );
  if ((await tx.objectStore('meta').get('owner')) === undefined) {
    await tx.done;
    return false;
  }
  const pending = page.consents.length > 0 ? await tx.objectStore('outbox').index('byCreated').getAll() : [];
  const changedLocally = new Set<string>();
  for (const consent of page.consents) {
    const records = await tx.objectStore('consentRecords').index('byBusiness').getAll(consent.businessId);
    if (records.some((record) => Date.parse(record.recordedAt) > requestedAt)) changedLocally.add(consent.businessId);
  }
  const writes: Promise<unknown>[] = [];
  for (const business of page.businesses) writes.push(tx.objectStore('businesses').put(business));
  for (const consent of page.consents) {
    if (changedLocally.has(consent.businessId)) continue;
    writes.push(tx.objectStore('consents').put(withPendingChanges(consent, pending)));
  }
  for (const order of page.orders)
    writes.push(tx.objectStore('orders').put({ ...order, search: orderSearchText(order) }));
  for (const payment of page.payments) writes.push(tx.objectStore('payments').put(payment));
  for (const message of page.messages) writes.push(tx.objectStore('messages').put(message));
  writes.push(tx.objectStore('meta').put(page.cursor, 'cursor'));
  writes.push(tx.objectStore('meta').put(syncedAt, 'lastSyncedAt'));
  await Promise.all([...writes, tx.done]);
  return true;
}
