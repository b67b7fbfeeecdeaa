/**
 * The orders and payments lists (issue 5): 10,000 of each must open fast and search in well
 * under 50 ms. Rows are read through the `byUpdated` index (newest first) and parsed with a
 * narrow schema — only what a row shows — so the first screenful appears before the rest is
 * read, and re-reads are skipped when nothing in the store changed.
 */
import { type Accessor, createEffect, createSignal, on } from 'solid-js';
import * as v from 'valibot';
import { Id, Money, OrderStatus, PaymentStatus, Text, Timestamp } from '../api/schemas';
import { db } from '../db/open';
import { dataVersion } from './changes';
import { measureSince } from './timing';

const OrderRowSchema = v.object({
  id: Id,
  businessId: Id,
  reference: Text(64),
  status: OrderStatus,
  total: Money,
  updatedAt: Timestamp,
  search: v.string(),
});
const PaymentRowSchema = v.object({
  id: Id,
  businessId: Id,
  orderId: v.nullable(Id),
  amount: Money,
  status: PaymentStatus,
  description: Text(300),
  updatedAt: Timestamp,
});

/** An order as the list shows it; `folded` is its search text without case or accents. */
export type OrderRow = v.InferOutput<typeof OrderRowSchema> & { folded: string };
export type PaymentRow = v.InferOutput<typeof PaymentRowSchema>;

type ListStore = 'orders' | 'payments';
/** How many rows are read first, so the first screenful never waits for all 10,000. */
export const FIRST_ROWS = 24;

/** Lower case without accents: "Pantalón" is found by "pantalon". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

function parseRows<T>(schema: v.GenericSchema<unknown, T>, values: unknown[], store: ListStore): T[] {
  const rows: T[] = [];
  let damaged = 0;
  for (const value of values) {
    const parsed = v.safeParse(schema, value);
    if (parsed.success) rows.push(parsed.output);
    else damaged++;
  }
  if (damaged) console.warn(`Skipped ${damaged} damaged ${store} records`);
  return rows;
}

const toOrderRow = (row: v.InferOutput<typeof OrderRowSchema>): OrderRow => ({ ...row, folded: foldText(row.search) });

/** The newest `count` records of a store, newest first (a cursor, not a full read). */
async function readNewest(store: ListStore, count: number): Promise<unknown[]> {
  const tx = (await db()).transaction(store);
  const values: unknown[] = [];
  let cursor = await tx.store.index('byUpdated').openCursor(null, 'prev');
  while (cursor && values.length < count) {
    values.push(cursor.value);
    cursor = await cursor.continue();
  }
  return values;
}

/** Every record of a store, newest first. */
async function readAllNewestFirst(store: ListStore): Promise<unknown[]> {
  return (await (await db()).getAllFromIndex(store, 'byUpdated')).reverse();
}

/** A cheap fingerprint of a store (count and newest change) to skip re-reading an unchanged list. */
async function storeFingerprint(store: ListStore): Promise<string> {
  const tx = (await db()).transaction(store);
  const [count, newest] = await Promise.all([tx.store.count(), tx.store.index('byUpdated').openCursor(null, 'prev')]);
  return `${count}|${newest?.key ?? ''}|${newest?.primaryKey ?? ''}`;
}

export interface RowList<T> {
  /** The rows read so far (the first screenful, then all), newest first; undefined before the first read. */
  rows: Accessor<T[] | undefined>;
  /** True once every stored row has been read. */
  complete: Accessor<boolean>;
}

function liveRows<T>(store: ListStore, read: (values: unknown[]) => T[]): RowList<T> {
  const [rows, setRows] = createSignal<T[] | undefined>(undefined);
  const [complete, setComplete] = createSignal(false);
  let fingerprint = '';
  let run = 0;
  createEffect(
    on(dataVersion, async () => {
      const mine = ++run;
      try {
        const print = await storeFingerprint(store);
        if (print === fingerprint) return;
        if (rows() === undefined) {
          const first = read(await readNewest(store, FIRST_ROWS));
          if (mine !== run) return;
          setRows(first);
        }
        const all = read(await readAllNewestFirst(store));
        if (mine !== run) return;
        fingerprint = print;
        setRows(all);
        setComplete(true);
      } catch (error) {
        console.error(`Could not read ${store}`, error);
        if (mine === run && rows() === undefined) setRows([]);
      }
    }),
  );
  return { rows, complete };
}

/** Every stored order, newest first, re-read when a sync changed the store. */
export const useOrderRows = (): RowList<OrderRow> =>
  liveRows('orders', (values) => parseRows(OrderRowSchema, values, 'orders').map(toOrderRow));

/** Every stored payment, newest first, re-read when a sync changed the store. */
export const usePaymentRows = (): RowList<PaymentRow> =>
  liveRows('payments', (values) => parseRows(PaymentRowSchema, values, 'payments'));

export interface OrderFilter {
  query: string;
  status: string;
  businessId: string;
}

/**
 * The orders matching a search (reference or item name, any case or accent) and the status and
 * business filters. Timed with the User Timing API so `npm run bench` can report it.
 */
export function filterOrders(rows: OrderRow[], filter: OrderFilter): OrderRow[] {
  const started = performance.now();
  const words = foldText(filter.query).split(/\s+/).filter(Boolean);
  const result = rows.filter(
    (row) =>
      (!filter.status || row.status === filter.status) &&
      (!filter.businessId || row.businessId === filter.businessId) &&
      words.every((word) => row.folded.includes(word)),
  );
  if (words.length) measureSince('permiso:orders-search', started, { rows: rows.length, matches: result.length });
  return result;
}
