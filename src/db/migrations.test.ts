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

  it('upgrade version 3 to 4 keeping consent records and the outbox, adding an empty reports store', async () => {
    const old = await openDatabase(DB_VERSIONS.consentLedger as number, NAME);
    const record = { id: 'k-1', businessId: 'biz-1', topics: { orders: true }, recordedAt: '2026-11-01T10:00:00.000Z' };
    await old.put('consentRecords', record as never);
    await old.put('outbox', { id: 'k-1', createdAt: '2026-11-01T10:00:00.000Z', kind: 'changeConsent' } as never);
    expect([...old.objectStoreNames]).not.toContain('reports');
    old.close();

    const upgraded = await openDatabase(DB_VERSIONS.reports, NAME);
    expect(await upgraded.get('consentRecords', 'k-1')).toEqual(record);
    expect(await upgraded.count('outbox')).toBe(1);
    await upgraded.put('reports', { id: 'r-1', businessId: 'biz-1' } as never);
    expect(await upgraded.getAllFromIndex('reports', 'byBusiness', 'biz-1')).toHaveLength(1);
    upgraded.close();
  });

  it('upgrade version 4 to 5 keeping quiet hours and reports, adding an empty held-notifications store', async () => {
    const old = await openDatabase(DB_VERSIONS.reports as number, NAME);
    const quiet = { global: { start: '22:00', end: '08:00' }, businesses: {} };
    await old.put('meta', quiet, 'quietHours');
    await old.put('reports', { id: 'r-1', businessId: 'biz-1' } as never);
    expect([...old.objectStoreNames]).not.toContain('heldNotifications');
    old.close();

    const upgraded = await openDatabase(DB_VERSIONS.heldNotifications, NAME);
    expect(await upgraded.get('meta', 'quietHours')).toEqual(quiet);
    expect(await upgraded.count('reports')).toBe(1);
    expect(await upgraded.count('heldNotifications')).toBe(0);
    await upgraded.put('heldNotifications', { tag: 'order:ord-1', heldAt: 1, releaseAt: 2 } as never);
    expect(await upgraded.get('heldNotifications', 'order:ord-1')).toMatchObject({ releaseAt: 2 });
    upgraded.close();
  });
});
