/**
 * The outbox (PRODUCT.md Principle 3): every change the consumer makes is stored in IndexedDB
 * with its idempotency key in the same transaction that applies it locally, then delivered in
 * order, exactly once, retried with backoff — across reloads, crashes and closed tabs. An
 * entry leaves the outbox only when the backend accepted it; a refused one stays, visible,
 * until the consumer retries or discards it.
 */
import { createSignal } from 'solid-js';
import { backoffDelay, deliverDue, OUTBOX_SYNC_TAG, REFUSED, withOutboxLock } from '../core/outbox';
import { db } from '../db/open';
import type { OutboxEntry } from '../db/schema';
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

export { backoffDelay, outboxState };

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

async function runFlush(): Promise<void> {
  setOutboxState((state) => ({ ...state, sending: true }));
  try {
    await deliverDue(notifyDataChanged);
  } finally {
    await refreshOutboxState();
    setOutboxState((state) => ({ ...state, sending: false }));
    scheduleNextFlush();
  }
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
  void (async () => {
    const next = await (await db()).getAllFromIndex('outbox', 'byCreated');
    const due = next.find((entry) => Number.isFinite(entry.nextAttemptAt));
    if (!due) return;
    void requestBackgroundSync();
    // Offline, the `online` event (src/app/start.ts → requestSync) sends the outbox; no busy loop.
    if (globalThis.navigator?.onLine === false) return;
    timer = setTimeout(() => void flushOutbox(), Math.max(0, due.nextAttemptAt - Date.now()));
  })();
}

type SyncRegistration = ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } };

/**
 * Asks the browser to wake the service worker when the network is back, even with every tab
 * closed (Background Sync). Where there is none (Firefox, Safari) or it is not permitted, the
 * page's own triggers — start, `online`, visibility — still send the outbox.
 */
async function requestBackgroundSync(): Promise<void> {
  try {
    const registration = (await globalThis.navigator?.serviceWorker?.getRegistration()) as SyncRegistration | undefined;
    await registration?.sync?.register(OUTBOX_SYNC_TAG);
  } catch {
    // Not permitted (a denied `background-sync` permission throws): nothing to do.
  }
}
