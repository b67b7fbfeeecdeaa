/**
 * The signed-in consumer. The session lives in IndexedDB so it survives reloads and the
 * service worker can use it; signing out wipes every local trace (PRODUCT.md Principle 5).
 */
import { createSignal } from 'solid-js';
import * as v from 'valibot';
import { authEndpoints as endpoints } from '../api/auth';
import { call, configureClient } from '../api/client';
import { Session } from '../api/schemas/auth';
import { deleteMeta, readMeta, writeMeta } from '../db/meta';
import { deleteDatabase } from '../db/open';
import { newId } from './ids';
import { wipeLocalData } from './wipe';

/** `undefined` while the stored session is being read; `null` when signed out. */
const [session, setSession] = createSignal<Session | null | undefined>(undefined);
const [sessionEnded, setSessionEnded] = createSignal(false);

export { session, sessionEnded };

configureClient({
  getToken: () => session()?.token ?? null,
  // The backend no longer knows this token: ask to sign in again, but keep the local data
  // and the outbox, which still belong to this consumer.
  onUnauthenticated: () => {
    if (!session()) return;
    setSession(null);
    setSessionEnded(true);
    void deleteMeta('session').catch(() => undefined);
  },
});

export async function loadSession(): Promise<Session | null> {
  try {
    const parsed = v.safeParse(Session, await readMeta('session'));
    setSession(parsed.success ? parsed.output : null);
  } catch (error) {
    console.warn('Could not read the stored session', error);
    setSession(null);
  }
  return session() ?? null;
}

export function requestCode(phone: string) {
  return call(endpoints.requestCode, { body: { phone }, idempotencyKey: newId() });
}

export async function signIn(phone: string, code: string): Promise<Session> {
  const created = await call(endpoints.createSession, { body: { phone, code }, idempotencyKey: newId() });
  const owner = await readMeta('owner').catch(() => undefined);
  // Another consumer's data never mixes with this one's.
  if (owner !== undefined && owner !== created.user.id) await deleteDatabase();
  await writeMeta('owner', created.user.id);
  await writeMeta('session', created);
  setSessionEnded(false);
  setSession(created);
  return created;
}

/** Ends the session on the backend when it can, and always wipes this device. Works offline. */
export async function signOut(): Promise<void> {
  if (session() && navigator.onLine) {
    await call(endpoints.deleteSession, { idempotencyKey: newId(), timeoutMs: 3_000 }).catch(() => undefined);
  }
  setSession(null);
  await wipeLocalData();
}
