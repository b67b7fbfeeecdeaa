/**
 * The outbox's delivery loop without any UI state, so the page (src/data/outbox.ts) and the
 * service worker's Background Sync (src/sw/sync.ts) send changes the same way: oldest first,
 * exactly once per idempotency key, with backoff. Web Locks keep a tab and the worker (or two
 * tabs) from sending the same entry at once.
 */
import { ApiError, call } from '../api/client';
import { endpoints } from '../api/endpoints';
import { db } from '../db/open';
import type { OutboxEntry, StoredReport } from '../db/schema';

/** The Background Sync tag the page registers while changes wait and the worker answers. */
export const OUTBOX_SYNC_TAG = 'permiso-outbox';

/** `nextAttemptAt` of an entry the backend refused: kept and shown, never retried on its own. */
export const REFUSED = Number.POSITIVE_INFINITY;

const BASE_DELAY_MS = 1_000;
const MAX_DELAY_MS = 5 * 60_000;

/** Exponential backoff with jitter, capped: 1 s, 2 s, 4 s … 5 min. */
export function backoffDelay(attempts: number, random = Math.random): number {
  const exp = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(exp / 2 + (random() * exp) / 2);
}

/** Runs `run` while holding the outbox lock (page and worker share it by name). */
export function withOutboxLock<T>(run: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks;
  return locks ? locks.request('permiso-outbox', run) : run();
}

/**
 * Sends what is due, oldest first; call it holding the lock. `onChanged` runs when stored data
 * changed (an entry left the outbox, or was refused).
 */
export async function deliverDue(onChanged: () => void): Promise<void> {
  const entries = await (await db()).getAllFromIndex('outbox', 'byCreated');
  for (const listed of entries) {
    // Re-read: another tab may have sent it, or sign-out wiped the database meanwhile (never
    // send one consumer's change with the next consumer's session).
    const entry = await (await db()).get('outbox', listed.id);
    if (!entry) continue;
    if (entry.nextAttemptAt === REFUSED) continue; // kept and shown, but it must not hold up the rest
    if (entry.nextAttemptAt > Date.now()) break; // keep order: nothing overtakes a waiting entry
    if (!(await deliver(entry, onChanged))) break;
  }
}

/** Entries still waiting to be sent (not refused). */
export async function countWaiting(): Promise<number> {
  const entries = await (await db()).getAll('outbox');
  return entries.filter((entry) => entry.nextAttemptAt !== REFUSED).length;
}

/** Is this failure worth another try with the same key? 401 waits for the consumer to sign in again. */
function shouldRetry(failure: ApiError): boolean {
  return failure.retryable || failure.status === 401;
}

async function deliver(entry: OutboxEntry, onChanged: () => void): Promise<boolean> {
  let response: unknown;
  try {
    response = await call(endpoints[entry.kind], { body: entry.body as never, idempotencyKey: entry.idempotencyKey });
  } catch (error) {
    const failure = error instanceof ApiError ? error : new ApiError('network', 'network');
    await recordFailure(entry, failure, onChanged);
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
  onChanged();
  return true;
}

async function recordFailure(entry: OutboxEntry, failure: ApiError, onChanged: () => void): Promise<void> {
  // Offline is not the server's fault: no attempt counted, sent as soon as the network is back.
  const offline = failure.kind === 'offline';
  const attempts = offline ? entry.attempts : entry.attempts + 1;
  const retry = offline || shouldRetry(failure);
  const nextAttemptAt = offline ? entry.nextAttemptAt : retry ? Date.now() + backoffDelay(attempts) : REFUSED;
  const tx = (await db()).transaction(['outbox', 'reports'], 'readwrite');
  // Gone meanwhile (sign-out wiped the database, or another tab delivered it): never put it
  // back, or one consumer's change would outlive the wipe and go out with the next session.
  if (!(await tx.objectStore('outbox').get(entry.id))) {
    await tx.done;
    return;
  }
  const writes: Promise<unknown>[] = [
    tx.objectStore('outbox').put({ ...entry, attempts, nextAttemptAt, lastError: failure.code }),
  ];
  if (!retry && entry.kind === 'sendReport') {
    const report = await tx.objectStore('reports').get(entry.id);
    if (report) writes.push(tx.objectStore('reports').put({ ...report, status: 'refused' }));
  }
  await Promise.all([...writes, tx.done]);
  if (!retry) onChanged();
}
