import { deleteDB } from 'idb';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { server, store } from '../../mocks/node';
import { readMeta } from '../db/meta';
import { deleteDatabase } from '../db/open';
import { readAll } from '../db/records';
import { DB_NAME } from '../db/schema';
import { requestCode, session, signIn, signOut } from './session';
import { syncNow } from './sync';
import { syncState } from './sync-state';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

let phone = 600_100_000;
async function signInFresh(): Promise<string> {
  phone += 1;
  const number = `+34${phone}`;
  const sent = await requestCode(number);
  await signIn(number, sent.demoCode ?? '');
  return number;
}

beforeEach(async () => {
  store.reset('demo');
  await deleteDatabase();
  localStorage.clear();
});

describe('delta sync', () => {
  it('stores everything the backend has for the consumer, and the cursor', async () => {
    await signInFresh();
    await syncNow();
    expect(syncState().error).toBeNull();
    expect((await readAll('businesses')).length).toBeGreaterThanOrEqual(12);
    const orders = await readAll('orders');
    expect(new Set(orders.map((order) => order.status)).size).toBe(8);
    expect(await readMeta('cursor')).toMatch(/^\d+$/);
    expect(await readMeta('lastSyncedAt')).toBeTruthy();
  });

  it('asks only for what changed since the cursor', async () => {
    await signInFresh();
    await syncNow();
    const cursors: string[] = [];
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/sync') cursors.push(url.searchParams.get('cursor') ?? '');
    });
    await syncNow();
    server.events.removeAllListeners();
    expect(cursors).toEqual([await readMeta('cursor')]);
  });

  it('keeps stored data and reports a malformed answer', async () => {
    await signInFresh();
    await syncNow();
    const before = (await readAll('orders')).length;
    const { http, HttpResponse } = await import('msw');
    server.use(http.get('*/api/sync', () => HttpResponse.json({ cursor: 1, orders: 'nope' })));
    await syncNow();
    expect(syncState().error?.kind).toBe('malformed');
    expect(await readAll('orders')).toHaveLength(before);
  });
});

describe('sign-out', () => {
  it('wipes the database and web storage but keeps the interface language', async () => {
    await signInFresh();
    await syncNow();
    localStorage.setItem('permiso.lang', 'es');
    sessionStorage.setItem('draft', 'x');
    await signOut();
    expect(session()).toBeNull();
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.toContain(DB_NAME);
    expect(localStorage.getItem('permiso.lang')).toBe('es');
    expect(localStorage.length).toBe(1);
    expect(sessionStorage.length).toBe(0);
    await deleteDB(DB_NAME);
  });

  it('starts another consumer from an empty database', async () => {
    await signInFresh();
    await syncNow();
    const first = (await readAll('orders')).map((order) => order.id);
    store.reset('empty');
    await signInFresh();
    const left = (await readAll('orders')).filter((order) => first.includes(order.id));
    expect(left).toEqual([]);
  });
});

/** A request the test holds open: `asked` when it arrives, answered after `release()`. */
function heldRequest() {
  let release = () => {};
  let asked = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const requested = new Promise<void>((resolve) => {
    asked = resolve;
  });
  return { gate, release, asked, requested };
}

describe('sync and the consumer’s own changes', () => {
  it('a page asked for before a withdrawal does not undo it', async () => {
    const { http, HttpResponse } = await import('msw');
    const { recordConsentChange } = await import('./consent');
    const { flushOutbox } = await import('./outbox');
    await signInFresh();
    await syncNow();
    const before = (await readAll('consents')).find((c) => c.topics.orders && !c.blocked);
    expect(before).toBeDefined();
    const businessId = before!.businessId;

    const { gate, release, asked, requested } = heldRequest();
    // The server's answer as it was when the page was asked for: orders still allowed.
    server.use(
      http.get('*/api/sync', async () => {
        asked();
        await gate;
        return HttpResponse.json({
          cursor: '999999',
          hasMore: false,
          businesses: [],
          consents: [before],
          orders: [],
          payments: [],
          messages: [],
        });
      }),
    );
    const syncing = syncNow();
    await requested;
    await recordConsentChange({
      businessId,
      topics: { orders: false },
      method: 'profile',
      shownText: 'Order updates: off',
      dataUseVersion: '1',
    });
    await flushOutbox();
    release();
    await syncing;
    const after = (await readAll('consents')).find((c) => c.businessId === businessId);
    expect(after?.topics.orders).toBe(false);
  });

  it('a page that arrives after sign-out writes nothing', async () => {
    const { http, HttpResponse } = await import('msw');
    const { call } = await import('../api/client');
    const { endpoints } = await import('../api/endpoints');
    await signInFresh();
    const full = await call(endpoints.sync, { params: { cursor: '', limit: '1000' } });
    expect(full.orders.length).toBeGreaterThan(0);
    const { gate, release, asked, requested } = heldRequest();
    server.use(
      http.get('*/api/sync', async () => {
        asked();
        await gate;
        return HttpResponse.json(full);
      }),
    );
    const syncing = syncNow();
    await requested;
    await signOut();
    release();
    await syncing;
    expect(await readAll('orders')).toEqual([]);
    expect(await readMeta('owner')).toBeUndefined();
  });

  it('starts over when the backend no longer knows the stored cursor', async () => {
    await signInFresh();
    const { writeMeta } = await import('../db/meta');
    await writeMeta('cursor', 'not-a-cursor');
    await syncNow();
    expect(syncState().error).toBeNull();
    expect((await readAll('orders')).length).toBeGreaterThan(0);
  });
});
