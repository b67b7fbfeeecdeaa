/**
 * Consent changes (PRODUCT.md Principles 1, 3, 4): applied on screen at once, recorded as the
 * consumer's own consent record, and queued in the outbox — all in one IndexedDB transaction.
 */
import { ApiError } from '../api/errors';
import type { Consent, ConsentChange, ConsentMethod, TopicStates } from '../api/schemas';
import { readMeta } from '../db/meta';
import { db } from '../db/open';
import type { ConsentRecord } from '../db/schema';
import { notifyDataChanged } from './changes';
import { newId } from './ids';
import { flushOutbox, monotonicNow, newOutboxEntry, refreshOutboxState } from './outbox';

export const NO_TOPICS: TopicStates = { orders: false, payments: false, care: false, promotions: false };

export interface ConsentChoice {
  businessId: string;
  /** Only the topics this change sets. */
  topics: Partial<TopicStates>;
  method: ConsentMethod;
  /** Exactly what the consumer was shown when choosing. */
  shownText: string;
  dataUseVersion: string;
}

export function actionOf(topics: Partial<TopicStates>): ConsentRecord['action'] {
  const values = Object.values(topics);
  if (values.every(Boolean)) return 'granted';
  if (values.every((value) => !value)) return 'withdrawn';
  return 'mixed';
}

/** The stored consent of a business, or "nothing allowed" for one never seen. */
export function consentOrDefault(consent: Consent | undefined, businessId: string, at: string): Consent {
  return consent ?? { businessId, topics: { ...NO_TOPICS }, blocked: false, updatedAt: at };
}

/** The consumer's receipt for a change; `id` is the idempotency key of the change carrying it. */
export async function newConsentRecord(
  id: string,
  choice: ConsentChoice,
  recordedAt: string,
  carriedBy?: ConsentRecord['carriedBy'],
): Promise<ConsentRecord> {
  const session = await readMeta('session');
  const business = await (await db()).get('businesses', choice.businessId);
  return {
    id,
    piiPrincipalId: session?.user.id ?? 'unknown',
    businessId: choice.businessId,
    businessName: business?.displayName ?? choice.businessId,
    topics: choice.topics,
    action: actionOf(choice.topics),
    method: choice.method,
    shownText: choice.shownText,
    dataUseVersion: choice.dataUseVersion,
    appVersion: __APP_VERSION__,
    recordedAt,
    ...(carriedBy ? { carriedBy } : {}),
  };
}

/** The receipt of a block (every topic withdrawn), carried by a block or a report with "also block". */
export async function newBlockRecord(
  id: string,
  choice: { businessId: string; method: ConsentMethod; shownText: string },
  recordedAt: string,
  carriedBy: NonNullable<ConsentRecord['carriedBy']>,
): Promise<ConsentRecord> {
  const business = await (await db()).get('businesses', choice.businessId);
  const topics = { ...NO_TOPICS };
  const dataUseVersion = business?.dataUse.version ?? 'unknown';
  return newConsentRecord(id, { ...choice, topics, dataUseVersion }, recordedAt, carriedBy);
}

/**
 * Records a consent change: local state, the consumer's receipt and the outbox entry, together.
 * Granting while the business is blocked is refused (`business-blocked`): unblock first, so a
 * block is never undone without the consumer knowing.
 */
export async function recordConsentChange(choice: ConsentChoice): Promise<ConsentRecord> {
  const key = newId();
  const recordedAt = monotonicNow();
  const record = await newConsentRecord(key, choice, recordedAt);
  const body: ConsentChange = {
    businessId: choice.businessId,
    topics: choice.topics,
    method: choice.method,
    shownText: choice.shownText,
    dataUseVersion: choice.dataUseVersion,
    appVersion: __APP_VERSION__,
    recordedAt,
  };

  const tx = (await db()).transaction(['consents', 'consentRecords', 'outbox'], 'readwrite');
  const consents = tx.objectStore('consents');
  const current = consentOrDefault(await consents.get(choice.businessId), choice.businessId, recordedAt);
  if (current.blocked && Object.values(choice.topics).some(Boolean)) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new ApiError('http', 'business-blocked', 409);
  }
  await Promise.all([
    consents.put({ ...current, topics: { ...current.topics, ...choice.topics }, updatedAt: recordedAt }),
    tx.objectStore('consentRecords').put(record),
    tx.objectStore('outbox').put(newOutboxEntry('changeConsent', body, key)),
    tx.done,
  ]);
  notifyDataChanged();
  await refreshOutboxState();
  void flushOutbox();
  return record;
}
