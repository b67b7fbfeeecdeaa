/**
 * The consumer's data export (issue 4 §2, GDPR Art. 15/20): every consent record, the current
 * consent per business, reports, changes still waiting to send, quiet hours, and the synced
 * businesses, orders, payments and messages — one JSON file, made on the device, offline too.
 */
import { readMeta } from '../db/meta';
import { db } from '../db/open';
import { readQuietHours } from '../db/quiet-hours';

export const EXPORT_FORMAT = 'permiso-export/1';

/** Everything Permiso keeps for the signed-in consumer, as one plain object. */
export async function buildExport(now = new Date()) {
  const database = await db();
  const session = await readMeta('session');
  const [consentRecords, consents, reports, outbox, businesses, orders, payments, messages] = await Promise.all([
    database.getAllFromIndex('consentRecords', 'byRecorded'),
    database.getAll('consents'),
    database.getAll('reports'),
    database.getAllFromIndex('outbox', 'byCreated'),
    database.getAll('businesses'),
    database.getAll('orders'),
    database.getAll('payments'),
    database.getAll('messages'),
  ]);
  return {
    format: EXPORT_FORMAT,
    exportedAt: now.toISOString(),
    appVersion: __APP_VERSION__,
    piiPrincipal: session ? { id: session.user.id, phone: session.user.phone } : null,
    consentRecords,
    consents,
    reports,
    pendingChanges: outbox.map(({ id, kind, body, createdAt, attempts, lastError, nextAttemptAt }) => ({
      id,
      kind,
      body,
      createdAt,
      attempts,
      lastError,
      refused: nextAttemptAt === Number.POSITIVE_INFINITY,
    })),
    quietHours: await readQuietHours(),
    businesses,
    orders: orders.map(({ search: _search, ...order }) => order),
    payments,
    messages,
  };
}

/** Saves the export as a file; returns its name. */
export async function downloadExport(): Promise<string> {
  const data = await buildExport();
  const name = `permiso-${data.exportedAt.slice(0, 10)}.json`;
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
