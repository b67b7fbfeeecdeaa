/// <reference lib="webworker" />
/**
 * Push in the worker (PRODUCT.md "Service worker"): validate the payload, respect blocks,
 * consent and quiet hours on this device, show the business's name and level, and open the
 * right screen on click. What quiet hours hold is shown silently once they end — on the next
 * push, a sync event, or when the app opens (issue 4 §3).
 */
import * as v from 'valibot';
import { PushPayload } from '../api/schemas/push';
import { workerLocale } from '../core/notification-words';
import { contentFor, decide, tagFor } from '../core/notify-rules';
import { forgetHeldNotifications, holdNotification, readHeldNotifications } from '../db/held-notifications';
import { readQuietHours } from '../db/quiet-hours';
import { readOne } from '../db/records';
import { pullChanges } from './sync';

declare const self: ServiceWorkerGlobalScope;

const ICON = '/icons/icon-192.png';

/** The payload, or null for anything that is not a valid Permiso push (dropped, never shown). */
export function parsePush(data: { json(): unknown } | null): PushPayload | null {
  let json: unknown;
  try {
    json = data?.json();
  } catch {
    console.warn('Dropped a push that is not JSON');
    return null;
  }
  const parsed = v.safeParse(PushPayload, json);
  if (parsed.success) return parsed.output;
  console.warn('Dropped a malformed push', parsed.issues[0]?.message);
  return null;
}

async function lookUp(businessId: string) {
  const read = () => Promise.all([readOne('consents', businessId), readOne('businesses', businessId)]);
  let [consent, business] = await read();
  // A business this device has not synced yet: ask the backend before deciding.
  if (!consent || !business) {
    if (await pullChanges()) [consent, business] = await read();
  }
  return { consent, business };
}

async function show(payload: PushPayload, silent: boolean): Promise<void> {
  const business = await readOne('businesses', payload.businessId);
  const locale = await workerLocale();
  const content = contentFor(payload, business, locale);
  await self.registration.showNotification(content.title, {
    body: content.body,
    tag: content.tag,
    lang: locale,
    icon: ICON,
    silent,
    data: { url: content.url },
  });
}

/** Handles one push end to end; never throws (a failing push must not break the worker). */
export async function handlePush(data: { json(): unknown } | null): Promise<void> {
  try {
    await releaseHeldNotifications();
    const payload = parsePush(data);
    if (!payload) return;
    const { consent } = await lookUp(payload.businessId);
    const decision = decide(payload, consent, await readQuietHours(), new Date());
    if (decision.action === 'show') await show(payload, false);
    else if (decision.action === 'hold')
      await holdNotification({ tag: tagFor(payload), payload, heldAt: Date.now(), releaseAt: decision.until });
    else console.info(`Push from ${payload.businessId} suppressed: ${decision.reason}`);
  } catch (error) {
    console.error('Push handling failed', error);
  }
}

/**
 * Shows, silently, what quiet hours held if they have ended. Each is decided again: a business
 * blocked or withdrawn meanwhile stays silent, and new quiet hours keep holding it.
 */
export async function releaseHeldNotifications(now = new Date()): Promise<number> {
  const held = await readHeldNotifications();
  if (held.length === 0) return 0;
  const quiet = await readQuietHours();
  const done: string[] = [];
  let shown = 0;
  for (const { tag, payload } of held) {
    const decision = decide(payload, await readOne('consents', payload.businessId), quiet, now);
    if (decision.action === 'hold') continue;
    if (decision.action === 'show') {
      await show(payload, true);
      shown += 1;
    }
    done.push(tag);
  }
  await forgetHeldNotifications(done);
  return shown;
}

/** Opens the notification's screen, in an open window of the app when there is one. */
export async function openNotification(notification: Notification): Promise<void> {
  notification.close();
  const path = typeof notification.data?.url === 'string' ? notification.data.url : '/';
  const url = new URL(path, self.location.origin).href;
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const existing = windows.find((client) => new URL(client.url).origin === self.location.origin);
  if (existing) {
    const focused = await existing.focus();
    // navigate() needs a window this worker controls; otherwise open the screen anew.
    if (await focused.navigate(url).catch(() => null)) return;
  }
  await self.clients.openWindow(url);
}
