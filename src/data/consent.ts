/**
 * Consent changes (PRODUCT.md Principles 1, 3, 4): applied on screen at once, recorded as the
 * consumer's own consent record, and queued in the outbox — all in one IndexedDB transaction.
 */
import type { ConsentChange, ConsentMethod, TopicStates } from '../api/schemas';
import { readMeta } from '../db/meta';
import { db } from '../db/open';
import type { ConsentRecord } from '../db/schema';
import { notifyDataChanged } from './changes';
import { newId } from './ids';
import { flushOutbox, newOutboxEntry, refreshOutboxState } from './outbox';

const NO_TOPICS: TopicStates = { orders: false, payments: false, care: false, promotions: false };

export interface ConsentChoice {
  businessId: string;
  /** Only the topics this change sets. */
  topics: Partial<TopicStates>;
  method: ConsentMethod;
  /** Exactly what the consumer was shown when choosing. */
  shownText: string;
  dataUseVersion: string;
}

function actionOf(topics: Partial<TopicStates>): ConsentRecord['action'] {
  const values = Object.values(topics);
  if (values.every(Boolean)) return 'granted';
  if (values.every((value) => !value)) return 'withdrawn';
  return 'mixed';
}

/** Records a consent change: local state, the consumer's receipt and the outbox entry, together. */
export async function recordConsentChange(choice: ConsentChoice): Promise<ConsentRecord> {
  const key = newId();
  const recordedAt = new Date().toISOString();
  const session = await readMeta('session');
  const database = await db();
  const business = await database.get('businesses', choice.businessId);
  const body: ConsentChange = {
    businessId: choice.businessId,
    topics: choice.topics,
    method: choice.method,
    shownText: choice.shownText,
    dataUseVersion: choice.dataUseVersion,
    appVersion: __APP_VERSION__,
    recordedAt,
  };
  const record: ConsentRecord = {
    id: key,
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
  };

  const tx = database.transaction(['consents', 'consentRecords', 'outbox'], 'readwrite');
  const consents = tx.objectStore('consents');
  const current = (await consents.get(choice.businessId)) ?? {
    businessId: choice.businessId,
    topics: { ...NO_TOPICS },
    blocked: false,
    updatedAt: recordedAt,
  };
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
