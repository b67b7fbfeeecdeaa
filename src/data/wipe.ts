/**
 * Removes every local trace of the consumer: all IndexedDB databases, every Cache Storage
 * cache except the precached app shell (which holds no user data), web storage, the push
 * subscription and any notification still on screen. Works offline: nothing here needs the
 * network (an unsubscribe the push service cannot hear of now is still dropped locally).
 */
import { deleteDatabase } from '../db/open';

/** Kept across sign-out: the interface language is the device's, not the account's. */
const DEVICE_KEYS = ['permiso.lang'];

export async function wipeLocalData(): Promise<void> {
  await deleteDatabase();
  if ('databases' in indexedDB) {
    const others = await indexedDB.databases();
    await Promise.all(others.map(({ name }) => (name ? deleteRawDatabase(name) : undefined)));
  }
  if ('caches' in globalThis) {
    const names = await caches.keys();
    await Promise.all(names.filter((name) => !name.startsWith('workbox-precache')).map((name) => caches.delete(name)));
  }
  await forgetPush();
  const kept = DEVICE_KEYS.map((key) => [key, localStorage.getItem(key)] as const);
  localStorage.clear();
  sessionStorage.clear();
  for (const [key, value] of kept) if (value !== null) localStorage.setItem(key, value);
}

/** No more pushes for the consumer who left, and none of theirs left on screen. */
async function forgetPush(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const registration = await navigator.serviceWorker.getRegistration().catch(() => undefined);
  if (!registration) return;
  const shown = await registration.getNotifications().catch(() => []);
  for (const notification of shown) notification.close();
  const subscription = await registration.pushManager?.getSubscription().catch(() => null);
  await subscription?.unsubscribe().catch(() => false);
}

function deleteRawDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}
