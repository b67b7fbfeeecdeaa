/** The consumer's consent records (their proof), read live from IndexedDB, oldest first. */
import { createResource, type Resource } from 'solid-js';
import { db } from '../db/open';
import type { ConsentRecord } from '../db/schema';
import { dataVersion } from './changes';

export async function readConsentRecords(businessId?: string): Promise<ConsentRecord[]> {
  const database = await db();
  return businessId
    ? (await database.getAllFromIndex('consentRecords', 'byBusiness', businessId)).sort((a, b) =>
        a.recordedAt.localeCompare(b.recordedAt),
      )
    : database.getAllFromIndex('consentRecords', 'byRecorded');
}

export function useConsentRecords(businessId?: () => string | undefined): Resource<ConsentRecord[]> {
  const [records] = createResource(
    () => [dataVersion(), businessId?.()] as const,
    ([, id]) => readConsentRecords(id),
  );
  return records;
}
