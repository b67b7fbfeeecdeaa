/**
 * The Web Push subscription a device registers with the backend (`PUT /api/push-subscription`)
 * so the backend can push to it, and how it withdraws one (`DELETE`). `language` is the app's
 * interface language, so the backend can word what it sends; the device re-registers when it
 * changes. Pushes themselves carry `PushPayload` (./push.ts).
 */
import * as v from 'valibot';
import { HttpsUrl } from './common.ts';

/** A push service URL (RFC 8030): https, and bounded. */
export const PushEndpoint = v.pipe(HttpsUrl, v.maxLength(2048));

/** A base64url key from `PushSubscription.toJSON().keys` (RFC 8291). */
const PushKey = v.pipe(v.string(), v.minLength(1), v.maxLength(256), v.regex(/^[A-Za-z0-9_-]+={0,2}$/));

export const PushLanguage = v.picklist(['en', 'es']);

/** Body of `PUT /api/push-subscription`, and its answer: the subscription as stored. */
export const PushRegistration = v.object({
  endpoint: PushEndpoint,
  keys: v.object({ p256dh: PushKey, auth: PushKey }),
  language: PushLanguage,
});

/** Body of `DELETE /api/push-subscription`: which of this consumer's subscriptions to drop. */
export const PushUnregistration = v.object({ endpoint: PushEndpoint });

export type PushLanguage = v.InferOutput<typeof PushLanguage>;
export type PushRegistration = v.InferOutput<typeof PushRegistration>;
export type PushUnregistration = v.InferOutput<typeof PushUnregistration>;
