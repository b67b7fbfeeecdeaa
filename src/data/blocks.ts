/**
 * Blocking (issue 4 §5): withdraws every topic, hides the business and silences it on this
 * device at once, offline too; the block reaches the backend through the outbox. Unblocking
 * restores nothing: the consumer chooses topics again.
 */
import type { BlockChange, ConsentMethod } from '../api/schemas';
import { db } from '../db/open';
import { notifyDataChanged } from './changes';
import { consentOrDefault, NO_TOPICS, newBlockRecord } from './consent';
import { newId } from './ids';
import { flushOutbox, monotonicNow, newOutboxEntry, refreshOutboxState } from './outbox';

export interface BlockChoice {
  businessId: string;
  blocked: boolean;
  /** Where the consumer blocked from (recorded in the consent record a block makes). */
  method: ConsentMethod;
  /** The words on screen when they chose. */
  shownText: string;
}

/** Blocks or unblocks a business: local state, proof and outbox entry in one transaction. */
export async function setBlocked(choice: BlockChoice): Promise<void> {
  const key = newId();
  const recordedAt = monotonicNow();
  const record = choice.blocked ? await newBlockRecord(key, choice, recordedAt, 'block') : null;
  const body: BlockChange = { businessId: choice.businessId, blocked: choice.blocked, recordedAt };
  const tx = (await db()).transaction(['consents', 'consentRecords', 'outbox'], 'readwrite');
  const consents = tx.objectStore('consents');
  const current = consentOrDefault(await consents.get(choice.businessId), choice.businessId, recordedAt);
  const topics = choice.blocked ? { ...NO_TOPICS } : current.topics;
  const writes: Promise<unknown>[] = [
    consents.put({ ...current, blocked: choice.blocked, topics, updatedAt: recordedAt }),
    tx.objectStore('outbox').put(newOutboxEntry('changeBlock', body, key)),
  ];
  if (record) writes.push(tx.objectStore('consentRecords').put(record));
  await Promise.all([...writes, tx.done]);
  notifyDataChanged();
  await refreshOutboxState();
  void flushOutbox();
}
