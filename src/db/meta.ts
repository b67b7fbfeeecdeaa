/** The key-value `meta` store: session, owner, sync cursor. Kept apart from the record schemas
 * so the first screen does not load them. */
import { db } from './open';
import type { MetaValues } from './schema';

export async function readMeta<K extends keyof MetaValues>(key: K): Promise<MetaValues[K] | undefined> {
  return (await (await db()).get('meta', key)) as MetaValues[K] | undefined;
}

export async function writeMeta<K extends keyof MetaValues>(key: K, value: MetaValues[K]): Promise<void> {
  await (await db()).put('meta', value, key);
}

export async function deleteMeta(key: keyof MetaValues): Promise<void> {
  await (await db()).delete('meta', key);
}
