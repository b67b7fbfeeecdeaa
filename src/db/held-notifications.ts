/**
 * Notifications held by quiet hours (issue 4 §3), one record per notification tag so two
 * pushes arriving together never overwrite each other's list. The service worker writes and
 * releases them; every record read back is parsed (it may be damaged or from an older app).
 */
import * as v from 'valibot';
import { PushPayload } from '../api/schemas/push';
import { db } from './open';
import type { HeldNotification } from './schema';

const Held = v.object({ tag: v.string(), payload: PushPayload, heldAt: v.number(), releaseAt: v.number() });

/** Resolves once committed: the worker may be stopped as soon as the push event settles. */
export async function holdNotification(held: HeldNotification): Promise<void> {
  const tx = (await db()).transaction('heldNotifications', 'readwrite');
  await Promise.all([tx.store.put(held), tx.done]);
}

/** Every held notification, oldest first; damaged records are deleted, never shown. */
export async function readHeldNotifications(): Promise<HeldNotification[]> {
  const database = await db();
  const held: HeldNotification[] = [];
  for (const value of await database.getAll('heldNotifications')) {
    const parsed = v.safeParse(Held, value);
    if (parsed.success) held.push(parsed.output);
    else await database.delete('heldNotifications', (value as { tag: string }).tag);
  }
  return held.sort((a, b) => a.heldAt - b.heldAt);
}

export async function forgetHeldNotifications(tags: string[]): Promise<void> {
  if (tags.length === 0) return;
  const tx = (await db()).transaction('heldNotifications', 'readwrite');
  await Promise.all([...tags.map((tag) => tx.store.delete(tag)), tx.done]);
}
