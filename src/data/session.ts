/**
 * The signed-in consumer. The session lives in IndexedDB so it survives reloads and the
 * service worker can use it; signing out wipes every local trace (PRODUCT.md Principle 5).
 */
import { createSignal } from 'solid-js';
import { configureClient } from '../api/credentials';
import type { Session } from '../api/schemas/auth';
import { deleteMeta, readMeta, writeMeta } from '../db/meta';
import { deleteDatabase } from '../db/open';
import { newId } from './ids';
import { setSyncState } from './sync-state';
import { wipeLocalData } from './wipe';

/**
 * A hint in web storage that a session is stored: without it, a newcomer's first screen
 * neither opens IndexedDB nor loads validation code. The session itself is in IndexedDB.
 */
const SIGNED_IN_HINT = 'permiso.signedIn';

/** The client and schemas load with the first call, off the first screen's critical path. */
const loadClient = () =>
  Promise.all([import('../api/client'), import('../api/auth'), import('valibot'), import('../api/schemas/auth')]);

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
    localStorage.removeItem(SIGNED_IN_HINT);
    void deleteMeta('session').catch(() => undefined);
  },
});

export async function loadSession(): Promise<Session | null> {
  if (!localStorage.getItem(SIGNED_IN_HINT)) {
    setSession(null);
    return null;
  }
  try {
    const [stored, [, , v, { Session }]] = await Promise.all([readMeta('session'), loadClient()]);
    const parsed = v.safeParse(Session, stored);
    setSession(parsed.success ? parsed.output : null);
  } catch (error) {
    console.warn('Could not read the stored session', error);
    setSession(null);
  }
  return session() ?? null;
}

export async function requestCode(phone: string) {
  const [{ call }, { authEndpoints }] = await loadClient();
  return call(authEndpoints.requestCode, { body: { phone }, idempotencyKey: newId() });
}

export async function signIn(phone: string, code: string): Promise<Session> {
  const [{ call }, { authEndpoints }] = await loadClient();
  const created = await call(authEndpoints.createSession, { body: { phone, code }, idempotencyKey: newId() });
  const owner = await readMeta('owner').catch(() => undefined);
  // Another consumer's data never mixes with this one's — nor does anything written without
  // an owner (work that was still under way when someone signed out).
  if (owner !== created.user.id) await deleteDatabase();
  await writeMeta('owner', created.user.id);
  await writeMeta('session', created);
  localStorage.setItem(SIGNED_IN_HINT, '1');
  setSessionEnded(false);
  // Nothing synced yet for this session: screens waiting for a first sync must wait again.
  setSyncState({ running: false, error: null, lastSyncedAt: null });
  setSession(created);
  return created;
}

/** Ends the session on the backend when it can, and always wipes this device. Works offline. */
export async function signOut(): Promise<void> {
  if (session() && navigator.onLine) {
    const [{ call }, { authEndpoints }] = await loadClient();
    await call(authEndpoints.deleteSession, { idempotencyKey: newId(), timeoutMs: 3_000 }).catch(() => undefined);
  }
  setSession(null);
  setSyncState({ running: false, error: null, lastSyncedAt: null });
  await wipeLocalData();
}
