/**
 * The delta-sync loop without UI state, shared by the page (src/data/sync.ts) and the worker
 * (src/sw/sync.ts): pages since the stored cursor, each stored in one transaction.
 */
import { ApiError, call } from '../api/client';
import { endpoints } from '../api/endpoints';
import type { SyncResponse } from '../api/schemas';
import { deleteMeta, readMeta } from '../db/meta';
import { saveChanges } from '../db/records';

/**
 * Records per page, the backend's maximum: each page is one IndexedDB transaction, and fewer,
 * larger pages bring a 10,000-order history down in a few round trips (issue 5).
 */
export const SYNC_PAGE_SIZE = 1000;

export const recordCount = (page: SyncResponse): number =>
  page.businesses.length + page.consents.length + page.orders.length + page.payments.length + page.messages.length;

/**
 * Pulls every page since the stored cursor. A cursor the backend no longer knows
 * (`bad-cursor`) starts over from the beginning once, rather than failing forever.
 * `onPage` runs after each stored page; stops early if the consumer signed out meanwhile.
 */
export async function pullPages(onPage: (page: SyncResponse, startedSave: number) => void = () => {}): Promise<void> {
  let cursor = (await readMeta('cursor')) ?? '';
  let restarted = false;
  for (let n = 0; n < 1000; n++) {
    const requestedAt = Date.now();
    let page: SyncResponse;
    try {
      page = await call(endpoints.sync, { params: { cursor, limit: String(SYNC_PAGE_SIZE) } });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'bad-cursor' && !restarted && cursor !== '') {
        restarted = true;
        cursor = '';
        await deleteMeta('cursor');
        continue;
      }
      throw error;
    }
    const startedSave = performance.now();
    if (!(await saveChanges(page, new Date().toISOString(), requestedAt))) return;
    onPage(page, startedSave);
    if (!page.hasMore || page.cursor === cursor) return;
    cursor = page.cursor;
  }
}
