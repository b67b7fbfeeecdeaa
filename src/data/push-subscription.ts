/**
 * Tells the backend where it may push (`PUT /api/push-subscription`) and when to stop
 * (`DELETE`). Not queued in the outbox: the switch in Settings needs the answer now, and a
 * subscription the backend never heard of must not look like "on" (src/pwa/push.ts undoes it).
 */
import * as v from 'valibot';
import { call } from '../api/client';
import { endpoints } from '../api/endpoints';
import { type PushLanguage, PushRegistration } from '../api/schemas/push-subscription';
import { newId } from './ids';

/** Short enough that the switch never hangs for long on a bad network. */
const TIMEOUT_MS = 10_000;

/**
 * Registers this device's subscription, in `language`, for the signed-in consumer. Throws an
 * `ApiError` when the backend did not take it (offline, server error), or an `Error` when the
 * browser's subscription lacks what a push needs (an https endpoint and its keys).
 */
export async function savePushSubscription(
  subscription: PushSubscriptionJSON,
  language: PushLanguage,
): Promise<PushRegistration> {
  const parsed = v.safeParse(PushRegistration, {
    endpoint: subscription.endpoint,
    keys: { p256dh: subscription.keys?.p256dh, auth: subscription.keys?.auth },
    language,
  });
  if (!parsed.success) throw new Error(`Unusable push subscription: ${v.summarize(parsed.issues)}`);
  return call(endpoints.savePushSubscription, { body: parsed.output, idempotencyKey: newId(), timeoutMs: TIMEOUT_MS });
}

/** Asks the backend to stop pushing to `endpoint`; throws like `savePushSubscription`. */
export async function deletePushSubscription(endpoint: string): Promise<void> {
  await call(endpoints.deletePushSubscription, { body: { endpoint }, idempotencyKey: newId(), timeoutMs: TIMEOUT_MS });
}
