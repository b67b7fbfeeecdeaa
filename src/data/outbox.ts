/**
 * The outbox (PRODUCT.md Principle 3): every change the consumer makes is stored in IndexedDB
 * with its idempotency key in the same transaction that applies it locally, then delivered in
 * order, exactly once, retried with backoff — across reloads, crashes and closed tabs. An
 * entry leaves the outbox only when the backend accepted it; a refused one stays, visible.
 */
import { createSignal } from 'solid-js';
import { ApiError, call } from '../api/client';
import { endpoints } from '../api/endpoints';
import { db } from '../db/open';
import type { OutboxEntry } from '../db/schema';
import { notifyDataChanged } from './changes';
import { newId } from './ids';

export interface OutboxState {
  pending: number;
  /** Entries the backend refused (not retryable): shown, never silently dropped. */
  refused: number;
  sending: boolean;
}

const [outboxState, setOutboxState] = createSignal<OutboxState>({ pending: 0, refused: 0, sending: false });

export { outboxState };

const BASE_DELAY_MS = 1_000;
const MAX_DELAY_MS = 5 * 60_000;

/** Exponential backoff with jitter, capped: 1 s, 2 s, 4 s … 5 min. */
export function backoffDelay(attempts: number, random = Math.random): number {
  const exp = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(exp / 2 + (random() * exp) / 2);
}

/** A new outbox entry; the caller puts it in the same transaction as the local change. */
export function newOutboxEntry(kind: OutboxEntry['kind'], body: unknown, idempotencyKey = newId()): OutboxEntry {
  return {
    id: idempotencyKey,
    kind,
    body,
    idempotencyKey,
    createdAt: new Date().toISOString(),
    attempts: 0,
    nextAttemptAt: 0,
    lastError: null,
  };
}

export async function refreshOutboxState(): Promise<void> {
  const entries = await (await db()).getAll('outbox');
  const refused = entries.filter((entry) => entry.nextAttemptAt === Number.POSITIVE_INFINITY).length;
  setOutboxState((state) => ({ ...state, pending: entries.length - refused, refused }));
}

let flushing: Promise<void> | null = null;

/** Sends what is due, oldest first; concurrent calls share one run. */
export function flushOutbox(): Promise<void> {
  flushing ??= runFlush().finally(() => {
    flushing = null;
  });
  return flushing;
}

async function runFlush(): Promise<void> {
  setOutboxState((state) => ({ ...state, sending: true }));
  try {
    const entries = await (await db()).getAllFromIndex('outbox', 'byCreated');
    for (const entry of entries) {
      if (entry.nextAttemptAt > Date.now()) break; // keep order: nothing overtakes a waiting entry
      const delivered = await deliver(entry);
      if (!delivered) break;
    }
  } finally {
    await refreshOutboxState();
    setOutboxState((state) => ({ ...state, sending: false }));
    scheduleNextFlush();
  }
}

async function deliver(entry: OutboxEntry): Promise<boolean> {
  try {
    await call(endpoints[entry.kind], { body: entry.body as never, idempotencyKey: entry.idempotencyKey });
    await (await db()).delete('outbox', entry.id);
    notifyDataChanged();
    return true;
  } catch (error) {
    const failure = error instanceof ApiError ? error : new ApiError('network', 'network');
    const attempts = entry.attempts + 1;
    const nextAttemptAt = failure.retryable ? Date.now() + backoffDelay(attempts) : Number.POSITIVE_INFINITY;
    await (await db()).put('outbox', { ...entry, attempts, nextAttemptAt, lastError: failure.code });
    return false;
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;

function scheduleNextFlush(): void {
  clearTimeout(timer);
  void (async () => {
    const next = await (await db()).getAllFromIndex('outbox', 'byCreated');
    const due = next.find((entry) => Number.isFinite(entry.nextAttemptAt));
    if (!due) return;
    timer = setTimeout(() => void flushOutbox(), Math.max(0, due.nextAttemptAt - Date.now()));
  })();
}
