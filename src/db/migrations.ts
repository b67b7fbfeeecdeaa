/**
 * Ordered migrations (Pinafore `_database/migrations.js`): each brings the database from the
 * version before it to `version`. They run inside the upgrade transaction, so they may only
 * touch IndexedDB — never the network.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { DB_VERSIONS, type PermisoDB } from './schema';

type UpgradeTx = IDBPTransaction<PermisoDB, StoreNames<PermisoDB>[], 'versionchange'>;

export interface Migration {
  version: number;
  name: string;
  migrate(db: IDBPDatabase<PermisoDB>, tx: UpgradeTx): Promise<void> | void;
}

/** Lower-cased text an order is found by: its reference and item names. */
export function orderSearchText(order: { reference: string; items: { name: string }[] }): string {
  return [order.reference, ...order.items.map((item) => item.name)].join(' ').toLocaleLowerCase();
}

export const migrations: Migration[] = [
  {
    version: DB_VERSIONS.initial,
    name: 'initial',
    migrate(db) {
      db.createObjectStore('meta');
      db.createObjectStore('businesses', { keyPath: 'id' });
      db.createObjectStore('consents', { keyPath: 'businessId' });
      db.createObjectStore('orders', { keyPath: 'id' }).createIndex('byBusiness', 'businessId');
      db.createObjectStore('payments', { keyPath: 'id' }).createIndex('byBusiness', 'businessId');
      const messages = db.createObjectStore('messages', { keyPath: 'id' });
      messages.createIndex('byBusiness', 'businessId');
      messages.createIndex('bySentAt', 'sentAt');
    },
  },
  {
    version: DB_VERSIONS.outboxAndSearch,
    name: 'outbox, update-time indexes and order search text',
    async migrate(db, tx) {
      db.createObjectStore('outbox', { keyPath: 'id' }).createIndex('byCreated', 'createdAt');
      tx.objectStore('orders').createIndex('byUpdated', 'updatedAt');
      tx.objectStore('payments').createIndex('byUpdated', 'updatedAt');
      // Orders stored by version 1 have no search text yet: add it in place.
      let cursor = await tx.objectStore('orders').openCursor();
      while (cursor) {
        await cursor.update({ ...cursor.value, search: orderSearchText(cursor.value) });
        cursor = await cursor.continue();
      }
    },
  },
  {
    version: DB_VERSIONS.consentLedger,
    name: 'consent records the consumer keeps',
    migrate(db) {
      const records = db.createObjectStore('consentRecords', { keyPath: 'id' });
      records.createIndex('byBusiness', 'businessId');
      records.createIndex('byRecorded', 'recordedAt');
    },
  },
  {
    version: DB_VERSIONS.reports,
    name: 'reports the consumer filed, with their delivery status',
    migrate(db) {
      db.createObjectStore('reports', { keyPath: 'id' }).createIndex('byBusiness', 'businessId');
    },
  },
  {
    version: DB_VERSIONS.heldNotifications,
    name: 'notifications held by quiet hours until they end',
    migrate(db) {
      db.createObjectStore('heldNotifications', { keyPath: 'tag' });
    },
  },
];
