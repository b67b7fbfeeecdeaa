/**
 * The key-value `meta` store: session, owner, sync cursor. Kept apart from the record schemas
 * so the first screen does not load them. Writes resolve only once their transaction has
 * committed: a reload right after signing in must find the session.
 */
import { db } from './open';
import type { MetaValues } from './schema';

export async function readMeta<K extends keyof MetaValues>(key: K): Promise<MetaValues[K] | undefined> {
  return (await (await db()).get('meta', key)) as MetaValues[K] | undefined;
}

export async function writeMeta<K extends keyof MetaValues>(key: K, value: MetaValues[K]): Promise<void> {
  const tx = (await db()).transaction('meta', 'readwrite');
  await Promise.all([tx.store.put(value, key), tx.done]);
}

export async function deleteMeta(key: keyof MetaValues): Promise<void> {
  const tx = (await db()).transaction('meta', 'readwrite');
  await Promise.all([tx.store.delete(key), tx.done]);
}
