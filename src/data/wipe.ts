/**
 * Removes every local trace of the consumer: all IndexedDB databases, every Cache Storage
 * cache except the precached app shell (which holds no user data), and web storage. Works
 * offline: nothing here needs the network.
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
  const kept = DEVICE_KEYS.map((key) => [key, localStorage.getItem(key)] as const);
  localStorage.clear();
  sessionStorage.clear();
  for (const [key, value] of kept) if (value !== null) localStorage.setItem(key, value);
}

function deleteRawDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}
