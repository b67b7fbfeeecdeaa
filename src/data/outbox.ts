/**
 * The outbox (PRODUCT.md Principle 3): every change the consumer makes is stored in IndexedDB
 * with its idempotency key in the same transaction that applies it locally, then delivered in
 * order, exactly once, retried with backoff — across reloads, crashes and closed tabs. An
 * entry leaves the outbox only when the backend accepted it; a refused one stays, visible,
 * until the consumer retries or discards it.
 */
import { createSignal } from 'solid-js';
import { ApiError, call } from '../api/client';
import { endpoints } from '../api/endpoints';
import { db } from '../db/open';
import type { OutboxEntry, StoredReport } from '../db/schema';
import { notifyDataChanged } from './changes';
import { newId } from './ids';

/** One entry as screens show it ("waiting to send", "refused"). */
export interface OutboxItem {
  id: string;
  kind: OutboxEntry['kind'];
  businessId: string | null;
  /** Topics a consent change sets (for per-switch "waiting to send"). */
  topics: string[];
  attempts: number;
  lastError: string | null;
  refused: boolean;
  nextAttemptAt: number;
}

export interface OutboxState {
  pending: number;
  /** Entries the backend refused (not retryable): shown, never silently dropped. */
  refused: number;
  sending: boolean;
  items: OutboxItem[];
}

const [outboxState, setOutboxState] = createSignal<OutboxState>({ pending: 0, refused: 0, sending: false, items: [] });

export { outboxState };

const BASE_DELAY_MS = 1_000;
const MAX_DELAY_MS = 5 * 60_000;
const REFUSED = Number.POSITIVE_INFINITY;

/** Exponential backoff with jitter, capped: 1 s, 2 s, 4 s … 5 min. */
export function backoffDelay(attempts: number, random = Math.random): number {
  const exp = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(exp / 2 + (random() * exp) / 2);
}

let lastStamp = 0;

/**
 * Now, as an ISO timestamp strictly later than the previous one this page made. Outbox order
 * (the `byCreated` index) and the backend's "newest change wins" both compare these, so two
 * taps in the same millisecond must still be told apart in the order they happened.
 */
export function monotonicNow(): string {
  lastStamp = Math.max(Date.now(), lastStamp + 1);
  return new Date(lastStamp).toISOString();
}

/** A new outbox entry; the caller puts it in the same transaction as the local change. */
export function newOutboxEntry(kind: OutboxEntry['kind'], body: unknown, idempotencyKey = newId()): OutboxEntry {
  return {
    id: idempotencyKey,
    kind,
    body,
    idempotencyKey,
    createdAt: monotonicNow(),
    attempts: 0,
    nextAttemptAt: 0,
    lastError: null,
  };
}

function summarise(entry: OutboxEntry): OutboxItem {
  const body = (entry.body ?? {}) as { businessId?: unknown; topics?: Record<string, unknown> };
  return {
    id: entry.id,
    kind: entry.kind,
    businessId: typeof body.businessId === 'string' ? body.businessId : null,
    topics: entry.kind === 'changeConsent' && body.topics ? Object.keys(body.topics) : [],
    attempts: entry.attempts,
    lastError: entry.lastError,
    refused: entry.nextAttemptAt === REFUSED,
    nextAttemptAt: entry.nextAttemptAt,
  };
}

export async function refreshOutboxState(): Promise<void> {
  const items = (await (await db()).getAllFromIndex('outbox', 'byCreated')).map(summarise);
  const refused = items.filter((item) => item.refused).length;
  setOutboxState((state) => ({ ...state, pending: items.length - refused, refused, items }));
}

let flushing: Promise<void> | null = null;

/** Sends what is due, oldest first; concurrent calls share one run (and one tab at a time). */
export function flushOutbox(): Promise<void> {
  flushing ??= withOutboxLock(runFlush).finally(() => {
    flushing = null;
  });
  return flushing;
}

/** Web Locks keep two tabs (or a tab and the worker) from sending the same entry at once. */
function withOutboxLock(run: () => Promise<void>): Promise<void> {
  const locks = globalThis.navigator?.locks;
  return locks ? locks.request('permiso-outbox', run) : run();
}

async function runFlush(): Promise<void> {
  setOutboxState((state) => ({ ...state, sending: true }));
  try {
    const entries = await (await db()).getAllFromIndex('outbox', 'byCreated');
    for (const listed of entries) {
      // Re-read: another tab may have sent it, or sign-out wiped the database meanwhile (never
      // send one consumer's change with the next consumer's session).
      const entry = await (await db()).get('outbox', listed.id);
      if (!entry) continue;
      if (entry.nextAttemptAt === REFUSED) continue; // kept and shown, but it must not hold up the rest
      if (entry.nextAttemptAt > Date.now()) break; // keep order: nothing overtakes a waiting entry
      if (!(await deliver(entry))) break;
    }
  } finally {
    await refreshOutboxState();
    setOutboxState((state) => ({ ...state, sending: false }));
    scheduleNextFlush();
  }
}

/** Is this failure worth another try with the same key? 401 waits for the consumer to sign in again. */
function shouldRetry(failure: ApiError): boolean {
  return failure.retryable || failure.status === 401;
}

async function deliver(entry: OutboxEntry): Promise<boolean> {
  let response: unknown;
  try {
    response = await call(endpoints[entry.kind], { body: entry.body as never, idempotencyKey: entry.idempotencyKey });
  } catch (error) {
    const failure = error instanceof ApiError ? error : new ApiError('network', 'network');
    await recordFailure(entry, failure);
    return false;
  }
  const tx = (await db()).transaction(['outbox', 'reports'], 'readwrite');
  const writes: Promise<unknown>[] = [tx.objectStore('outbox').delete(entry.id)];
  if (entry.kind === 'sendReport') {
    const accepted = response as { id: string; status: StoredReport['status'] };
    const report = await tx.objectStore('reports').get(entry.id);
    if (report)
      writes.push(tx.objectStore('reports').put({ ...report, status: accepted.status, serverId: accepted.id }));
  }
  await Promise.all([...writes, tx.done]);
  notifyDataChanged();
  return true;
}

async function recordFailure(entry: OutboxEntry, failure: ApiError): Promise<void> {
  // Offline is not the server's fault: no attempt counted, sent as soon as the network is back.
  if (failure.kind === 'offline') {
    await (await db()).put('outbox', { ...entry, lastError: failure.code });
    return;
  }
  const attempts = entry.attempts + 1;
  const retry = shouldRetry(failure);
  const nextAttemptAt = retry ? Date.now() + backoffDelay(attempts) : REFUSED;
  const tx = (await db()).transaction(['outbox', 'reports'], 'readwrite');
  const writes: Promise<unknown>[] = [
    tx.objectStore('outbox').put({ ...entry, attempts, nextAttemptAt, lastError: failure.code }),
  ];
  if (!retry && entry.kind === 'sendReport') {
    const report = await tx.objectStore('reports').get(entry.id);
    if (report) writes.push(tx.objectStore('reports').put({ ...report, status: 'refused' }));
  }
  await Promise.all([...writes, tx.done]);
  if (!retry) notifyDataChanged();
}

/** Sends a refused entry again, same key (after the consumer fixed the cause, e.g. unblocked). */
export async function retryEntry(id: string): Promise<void> {
  const database = await db();
  const entry = await database.get('outbox', id);
  if (!entry) return;
  await database.put('outbox', { ...entry, nextAttemptAt: 0 });
  await refreshOutboxState();
  await flushOutbox();
}

/**
 * Drops a refused entry at the consumer's explicit request; the next sync brings the server's
 * state back on screen. Its consent record stays: it is the proof of what the consumer did.
 */
export async function discardEntry(id: string): Promise<void> {
  const database = await db();
  const entry = await database.get('outbox', id);
  if (entry?.nextAttemptAt !== REFUSED) return; // only refused entries can be discarded
  await database.delete('outbox', id);
  await refreshOutboxState();
  notifyDataChanged();
}

let timer: ReturnType<typeof setTimeout> | undefined;

function scheduleNextFlush(): void {
  clearTimeout(timer);
  // Offline, the `online` event (src/start.ts → requestSync) sends the outbox; no busy loop.
  if (globalThis.navigator?.onLine === false) return;
  void (async () => {
    const next = await (await db()).getAllFromIndex('outbox', 'byCreated');
    const due = next.find((entry) => Number.isFinite(entry.nextAttemptAt));
    if (!due) return;
    timer = setTimeout(() => void flushOutbox(), Math.max(0, due.nextAttemptAt - Date.now()));
  })();
}
