/**
 * What to do with a push, decided on the device (PRODUCT.md "Service worker"; issue 4 §3, §5):
 * the backend may still send what the consumer blocked or withdrew, and quiet hours are a
 * local choice. Pure, so the rules are tested without a worker.
 */
import type { Business, Consent, PushPayload, Topic } from '../api/schemas';
import type { QuietHoursSettings } from '../db/schema';
import { WORDS, type WorkerLocale } from './notification-words';
import { quietUntil } from './quiet-hours';

export type Decision =
  | { action: 'show' }
  | { action: 'hold'; until: number }
  | { action: 'drop'; reason: 'blocked' | 'not-allowed' };

/** The consent topic a push belongs to: order and payment updates are their own topics. */
export function topicOf(payload: PushPayload): Topic {
  if (payload.type === 'order') return 'orders';
  if (payload.type === 'payment') return 'payments';
  return payload.topic;
}

/**
 * Blocks first (a blocked business is silent whatever else is stored), then consent (no
 * consent record means never allowed), then quiet hours, global or that business's.
 */
export function decide(
  payload: PushPayload,
  consent: Consent | undefined,
  quiet: QuietHoursSettings,
  now: Date,
): Decision {
  if (consent?.blocked) return { action: 'drop', reason: 'blocked' };
  if (!consent?.topics[topicOf(payload)]) return { action: 'drop', reason: 'not-allowed' };
  const until = quietUntil(quiet, payload.businessId, now);
  return until === null ? { action: 'show' } : { action: 'hold', until };
}

/** The screen a notification opens (PRODUCT.md URLs). */
export function screenFor(payload: PushPayload): string {
  const id = encodeURIComponent(payload.id);
  if (payload.type === 'order') return `/orders/${id}`;
  if (payload.type === 'payment') return `/payments/${id}`;
  return `/b/${encodeURIComponent(payload.businessId)}`;
}

/** One notification per message, order or payment: a newer update replaces the older. */
export const tagFor = (payload: PushPayload): string => `${payload.type}:${payload.id}`;

export interface NotificationContent {
  title: string;
  body: string;
  url: string;
  tag: string;
}

/**
 * Title says what happened; body names the business and its verification level, from the
 * synced record only — never from the payload (Principle 2: trust is computed).
 */
export function contentFor(payload: PushPayload, business: Business | undefined, locale: WorkerLocale) {
  const words = WORDS[locale];
  const body = business
    ? `${business.displayName} · ${words.level[business.verification.level]}`
    : words.unknownBusiness;
  return { title: words.title[payload.type], body, url: screenFor(payload), tag: tagFor(payload) };
}
