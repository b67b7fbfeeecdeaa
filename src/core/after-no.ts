/**
 * "Messaged after you said no" (issue 4 §4): was a business message sent while its topic was
 * not allowed? Decided from the consumer's own consent records (the proof kept on this
 * device), falling back to the current consent when no record says anything about that time.
 */
import type { Consent, Message, Topic } from '../api/schemas';
import type { ConsentRecord } from '../db/schema';

export type AfterNo =
  | { kind: 'after'; topic: Topic; withdrawnAt: string; delayMs: number }
  | { kind: 'never'; topic: Topic }
  | { kind: 'blocked'; topic: Topic; since?: string; delayMs?: number };

/** The topic's value a record set (a block or report sets every topic to false). */
function valueIn(record: ConsentRecord, topic: Topic): boolean | undefined {
  return record.topics[topic];
}

/** Why this message should not have come, or null when it was allowed (or is the consumer's own). */
export function afterNo(message: Message, records: ConsentRecord[], consent: Consent | undefined): AfterNo | null {
  if (message.from !== 'business') return null;
  const { topic } = message;
  const relevant = records
    .filter((record) => record.businessId === message.businessId && valueIn(record, topic) !== undefined)
    .sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
  const before = relevant.filter((record) => record.recordedAt <= message.sentAt).at(-1);
  if (before) {
    if (valueIn(before, topic)) return null;
    const delayMs = Date.parse(message.sentAt) - Date.parse(before.recordedAt);
    if (before.carriedBy) return { kind: 'blocked', topic, since: before.recordedAt, delayMs };
    return { kind: 'after', topic, withdrawnAt: before.recordedAt, delayMs };
  }
  const firstLater = relevant[0];
  // The first change after the message was a withdrawal: the topic was allowed when it came.
  if (firstLater) return valueIn(firstLater, topic) ? { kind: 'never', topic } : null;
  if (!consent) return { kind: 'never', topic };
  if (consent.blocked) return { kind: 'blocked', topic };
  return consent.topics[topic] ? null : { kind: 'never', topic };
}
