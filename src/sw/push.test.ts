/**
 * The worker's push handling against IndexedDB (fake-indexeddb) and the mock backend
 * (msw/node): suppressed when blocked or not allowed, held by quiet hours and released
 * silently when they end, garbage dropped without a crash, an unknown business synced first.
 */
import * as v from 'valibot';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { server, store } from '../../mocks/node';
import { type Consent, PushPayload } from '../api/schemas';
import { readHeldNotifications } from '../db/held-notifications';
import { writeMeta } from '../db/meta';
import { db, deleteDatabase } from '../db/open';
import { writeQuietHours } from '../db/quiet-hours';
import { handlePush, openNotification, releaseHeldNotifications } from './push';

interface Shown {
  title: string;
  options: NotificationOptions & { data: { url: string } };
}
let shown: Shown[] = [];
const worker = self as unknown as Record<string, unknown>;

const consent = (topics: Partial<Consent['topics']>, blocked = false): Consent => ({
  businessId: 'biz-onda',
  topics: { orders: false, payments: false, care: false, promotions: false, ...topics },
  blocked,
  updatedAt: '2026-11-01T10:00:00.000Z',
});
const payload = (over: Partial<PushPayload> = {}) => ({
  type: 'message',
  id: 'msg-1',
  businessId: 'biz-onda',
  topic: 'care',
  at: '2026-11-02T10:00:00.000Z',
  phone: '+34600000000',
  ...over,
});
const data = (value: unknown) => ({ json: () => value });

/** Stores a business record as sync would have (records are parsed when read back). */
async function storeBusiness(): Promise<void> {
  const onda = store.businesses.get('biz-onda');
  if (onda) await (await db()).put('businesses', onda.value);
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(async () => {
  await deleteDatabase();
  store.reset('demo');
  shown = [];
  worker.registration = {
    showNotification: async (title: string, options: Shown['options']) => void shown.push({ title, options }),
  };
  worker.clients = { matchAll: async () => [], openWindow: vi.fn() };
});
afterEach(() => {
  vi.useRealTimers();
  server.resetHandlers();
});
afterAll(() => server.close());

describe('push in the worker', () => {
  it('shows an allowed business with its name and level, opening its conversation', async () => {
    await storeBusiness();
    await (await db()).put('consents', consent({ care: true }));
    await handlePush(data(payload()));
    expect(shown).toHaveLength(1);
    expect(shown[0]?.title).toBe('New message');
    expect(shown[0]?.options.body).toBe('Onda Móvil · Verified');
    expect(shown[0]?.options.data.url).toBe('/b/biz-onda');
    expect(shown[0]?.options.silent).toBe(false);
  });

  it('words it in the language the page stored', async () => {
    await storeBusiness();
    await (await db()).put('consents', consent({ orders: true }));
    await writeMeta('language', 'es');
    await handlePush(data(payload({ type: 'order', id: 'ord-9', topic: 'orders' })));
    expect(shown[0]).toMatchObject({ title: 'Novedades de tu pedido', options: { body: 'Onda Móvil · Verificada' } });
  });

  it('suppresses a blocked business and a topic not allowed', async () => {
    await storeBusiness();
    await (await db()).put('consents', consent({ care: true }, true));
    await handlePush(data(payload()));
    await (await db()).put('consents', consent({ care: true }));
    await handlePush(data(payload({ topic: 'promotions' })));
    await handlePush(data(payload({ type: 'payment', id: 'pay-1', topic: 'payments' })));
    expect(shown).toEqual([]);
  });

  it('drops garbage without throwing and without showing anything', async () => {
    await storeBusiness();
    await (await db()).put('consents', consent({ care: true }));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const bad of [
      null,
      { json: () => JSON.parse('{not json') },
      data('hello'),
      data({ ...payload(), type: 'refund' }),
      data({ ...payload(), businessId: '' }),
      data({ ...payload(), at: 'yesterday' }),
    ])
      await expect(handlePush(bad)).resolves.toBeUndefined();
    expect(shown).toEqual([]);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('holds a push during quiet hours and shows it silently once they end', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 2, 23, 30));
    await storeBusiness();
    await (await db()).put('consents', consent({ care: true }));
    await writeQuietHours({ global: { start: '22:00', end: '08:00' }, businesses: {} });
    await handlePush(data(payload()));
    expect(shown).toEqual([]);
    expect(await readHeldNotifications()).toMatchObject([{ tag: 'message:msg-1' }]);

    expect(await releaseHeldNotifications(new Date(2026, 10, 3, 7, 59))).toBe(0);
    expect(await releaseHeldNotifications(new Date(2026, 10, 3, 8, 0))).toBe(1);
    expect(shown).toHaveLength(1);
    expect(shown[0]?.options).toMatchObject({ silent: true, body: 'Onda Móvil · Verified' });
    expect(await readHeldNotifications()).toEqual([]);
  });

  it('releases nothing from a business blocked during the quiet hours', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 2, 14, 0));
    await storeBusiness();
    await (await db()).put('consents', consent({ care: true }));
    await writeQuietHours({ global: null, businesses: { 'biz-onda': { start: '13:00', end: '15:00' } } });
    await handlePush(data(payload()));
    await (await db()).put('consents', consent({}, true));
    expect(await releaseHeldNotifications(new Date(2026, 10, 2, 16, 0))).toBe(0);
    expect(await readHeldNotifications()).toEqual([]);
    expect(shown).toEqual([]);
  });

  it('syncs first when the business is not known on this device', async () => {
    const phone = '+34690000001';
    store.ensureUser(phone);
    await writeMeta('session', { token: store.openSession(phone), user: { id: 'u', phone } });
    await writeMeta('owner', 'u');
    // The demo consumer allows Onda Móvil payments; nothing is stored locally yet.
    await handlePush(data(payload({ type: 'payment', id: 'pay-x', topic: 'payments' })));
    expect(shown).toHaveLength(1);
    expect(shown[0]?.options.body).toBe('Onda Móvil · Verified');
    expect(await (await db()).get('businesses', 'biz-onda')).toBeDefined();
  });

  it('focuses an open window on click, else opens one on the right screen', async () => {
    const navigate = vi.fn(async () => ({}));
    const focus = vi.fn(async () => ({ navigate }));
    const openWindow = vi.fn();
    worker.clients = { matchAll: async () => [{ url: `${location.origin}/orders`, focus }], openWindow };
    const notification = { close: vi.fn(), data: { url: '/orders/ord-1' } } as unknown as Notification;
    await openNotification(notification);
    expect(focus).toHaveBeenCalled();
    expect(navigate).toHaveBeenCalledWith(`${location.origin}/orders/ord-1`);
    expect(openWindow).not.toHaveBeenCalled();

    worker.clients = { matchAll: async () => [], openWindow };
    await openNotification(notification);
    expect(openWindow).toHaveBeenCalledWith(`${location.origin}/orders/ord-1`);
  });

  it('accepts every push the mock backend sends (the contract the schema documents)', async () => {
    const phone = '+34690000002';
    const post = (path: string, body: unknown) =>
      fetch(`${location.origin}/__mock/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...(body as object), phone }),
      });
    store.ensureUser(phone);
    const order = (await (await post('orders', { businessId: 'biz-veloz' })).json()) as { id: string };
    await post('payments', { businessId: 'biz-onda', amount: 990, currency: 'EUR', status: 'requested' });
    await post('messages', { businessId: 'biz-onda', topic: 'care', text: 'Hola' });
    await post(`orders/${order.id}/status`, { status: 'shipped' });
    const pushes = (await (
      await fetch(`${location.origin}/__mock/push?phone=${encodeURIComponent(phone)}`)
    ).json()) as unknown[];
    expect(pushes.map((push) => v.safeParse(PushPayload, push).success)).toEqual([true, true, true, true]);
  });
});
