/**
 * Reports (issue 4 §6): queued like every change, with the consumer's consent history for that
 * business attached automatically; "also block" blocks locally in the same transaction. The
 * report stays on the device with its status (waiting → received …), shown afterwards.
 */
import { createResource, type Resource } from 'solid-js';
import type { ConsentHistoryEntry, ConsentMethod, ReportReason, ReportRequest } from '../api/schemas';
import { db } from '../db/open';
import type { ConsentRecord, StoredReport } from '../db/schema';
import { dataVersion, notifyDataChanged } from './changes';
import { consentOrDefault, NO_TOPICS, newBlockRecord } from './consent';
import { newId } from './ids';
import { flushOutbox, monotonicNow, newOutboxEntry, refreshOutboxState } from './outbox';

export const REPORT_REASONS: ReportReason[] = ['spam', 'scam', 'impersonation', 'offensive', 'not-signed-up', 'other'];

export interface ReportChoice {
  businessId: string;
  reason: ReportReason;
  messageIds: string[];
  comment: string;
  alsoBlock: boolean;
  method: ConsentMethod;
  /** The words on screen when they chose (kept in the consent record "also block" makes). */
  shownText: string;
}

/** The history a report carries: the consumer's own records, oldest first. */
export function consentHistoryOf(records: ConsentRecord[]): ConsentHistoryEntry[] {
  return [...records]
    .sort((a, b) => a.recordedAt.localeCompare(b.recordedAt))
    .slice(-500)
    .map(({ topics, action, method, dataUseVersion, recordedAt }) => ({
      topics,
      action,
      method,
      dataUseVersion,
      recordedAt,
    }));
}

/** Files a report: stored with status `waiting`, queued, and (when asked) the business blocked. */
export async function fileReport(choice: ReportChoice): Promise<StoredReport> {
  const key = newId();
  const recordedAt = monotonicNow();
  const database = await db();
  const business = await database.get('businesses', choice.businessId);
  const blockRecord = choice.alsoBlock ? await newBlockRecord(key, choice, recordedAt, 'report') : null;
  const history = consentHistoryOf(await database.getAllFromIndex('consentRecords', 'byBusiness', choice.businessId));
  const body: ReportRequest = {
    businessId: choice.businessId,
    reason: choice.reason,
    messageIds: choice.messageIds,
    comment: choice.comment.slice(0, 2000),
    alsoBlock: choice.alsoBlock,
    recordedAt,
    consentHistory: history,
  };
  const report: StoredReport = {
    id: key,
    businessId: choice.businessId,
    businessName: business?.displayName ?? choice.businessId,
    reason: choice.reason,
    messageIds: choice.messageIds,
    comment: body.comment,
    alsoBlock: choice.alsoBlock,
    recordedAt,
    status: 'waiting',
    serverId: null,
  };
  const tx = database.transaction(['reports', 'consents', 'consentRecords', 'outbox'], 'readwrite');
  const writes: Promise<unknown>[] = [
    tx.objectStore('reports').put(report),
    tx.objectStore('outbox').put(newOutboxEntry('sendReport', body, key)),
  ];
  if (blockRecord) {
    const consents = tx.objectStore('consents');
    const current = consentOrDefault(await consents.get(choice.businessId), choice.businessId, recordedAt);
    writes.push(consents.put({ ...current, blocked: true, topics: { ...NO_TOPICS }, updatedAt: recordedAt }));
    writes.push(tx.objectStore('consentRecords').put(blockRecord));
  }
  await Promise.all([...writes, tx.done]);
  notifyDataChanged();
  await refreshOutboxState();
  void flushOutbox();
  return report;
}

/** Every report the consumer filed, newest first (live). */
export function useReports(businessId?: () => string | undefined): Resource<StoredReport[]> {
  const [reports] = createResource(
    () => [dataVersion(), businessId?.()] as const,
    async ([, id]) => {
      const database = await db();
      const all = id ? await database.getAllFromIndex('reports', 'byBusiness', id) : await database.getAll('reports');
      return all.sort((a, b) => b.recordedAt.localeCompare(a.recordedAt));
    },
  );
  return reports;
}
