import { deleteDB, openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from './migrations';
import { openDatabase } from './open';
import { DB_VERSION, DB_VERSIONS } from './schema';

const NAME = 'permiso-migration-test';

const order = {
  id: 'ord-1',
  businessId: 'biz-1',
  reference: 'A-1001',
  items: [{ name: 'Zapatillas Trail', quantity: 1, unitPrice: { amount: 5990, currency: 'EUR' } }],
  total: { amount: 5990, currency: 'EUR' },
  status: 'shipped',
  timeline: [],
  carrier: null,
  trackingNumber: null,
  trackingUrl: null,
  expectedBy: null,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-02T10:00:00.000Z',
};

afterEach(() => deleteDB(NAME));

describe('database migrations', () => {
  it('are ordered, one per named version, ending at the current version', () => {
    expect(migrations.map((m) => m.version)).toEqual(Object.values(DB_VERSIONS));
    expect(migrations.at(-1)?.version).toBe(DB_VERSION);
  });

  it('upgrade a version-1 database with data in it without losing anything', async () => {
    const old = await openDatabase(DB_VERSIONS.initial as number, NAME);
    // Version 1 stored orders without the search text that version 2 adds.
    await old.put('orders', order as never);
    await old.put('meta', 'cursor-41', 'cursor');
    old.close();

    const upgraded = await openDatabase(DB_VERSION, NAME);
    expect(upgraded.version).toBe(DB_VERSION);
    const stored = await upgraded.get('orders', 'ord-1');
    expect(stored?.reference).toBe('A-1001');
    expect(stored?.search).toBe('a-1001 zapatillas trail');
    expect(await upgraded.get('meta', 'cursor')).toBe('cursor-41');
    expect(await upgraded.getAllFromIndex('orders', 'byUpdated')).toHaveLength(1);
    expect(await upgraded.count('outbox')).toBe(0);
    upgraded.close();
  });

  it('create the same stores whether upgraded step by step or opened fresh', async () => {
    const fresh = await openDatabase(DB_VERSION, NAME);
    const freshStores = [...fresh.objectStoreNames].sort();
    fresh.close();
    await deleteDB(NAME);
    (await openDatabase(DB_VERSIONS.initial as number, NAME)).close();
    const stepped = await openDB(NAME);
    stepped.close();
    const upgraded = await openDatabase(DB_VERSION, NAME);
    expect([...upgraded.objectStoreNames].sort()).toEqual(freshStores);
    upgraded.close();
  });
});
