/**
 * The mock backend against the contract: every `/api/` answer is parsed with the schemas in
 * src/api/schemas.ts, so the mock and the contract cannot drift apart unnoticed.
 */
import * as v from 'valibot';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as s from '../src/api/schemas';
import { server, store } from './node';
import { LOOKALIKES } from './seed';
import { MockStore } from './store';

const BASE = 'http://localhost:3000';
const PHONE = '+34 600 111 222';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => store.reset('demo'));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

type Init = { method?: string; body?: unknown; token?: string; key?: string };

function call(path: string, { method = 'GET', body, token, key }: Init = {}) {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  if (key) headers['Idempotency-Key'] = key;
  return fetch(BASE + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

/** A successful answer, parsed with its contract schema. */
async function ok<S extends v.GenericSchema>(schema: S, response: Response): Promise<v.InferOutput<S>> {
  const text = await response.text();
  expect(response.status, text).toBeLessThan(300);
  return v.parse(schema, JSON.parse(text));
}

/** A problem answer: RFC 9457 media type and our stable `code`. */
async function problem(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('Content-Type')).toContain('application/problem+json');
  const body = v.parse(s.ProblemDetails, await response.json());
  expect(body).toMatchObject({ status, code });
  expect(body.title).toBeTruthy();
  return body;
}

async function signIn(phone = PHONE): Promise<string> {
  const sent = await ok(s.CodeSent, await call('/api/auth/code', { method: 'POST', body: { phone } }));
  expect(sent.demoCode).toMatch(/^\d{6}$/);
  const session = await ok(
    s.Session,
    await call('/api/auth/session', { method: 'POST', body: { phone, code: sent.demoCode } }),
  );
  return session.token;
}

async function syncAll(token: string, limit = 7, cursor = '') {
  const all: s.SyncResponse = {
    cursor,
    hasMore: true,
    businesses: [],
    consents: [],
    orders: [],
    payments: [],
    messages: [],
  };
  let pages = 0;
  while (all.hasMore) {
    const page = await ok(s.SyncResponse, await call(`/api/sync?cursor=${all.cursor}&limit=${limit}`, { token }));
    const size =
      page.businesses.length + page.consents.length + page.orders.length + page.payments.length + page.messages.length;
    expect(size).toBeLessThanOrEqual(limit);
    for (const kind of ['businesses', 'consents', 'orders', 'payments', 'messages'] as const) {
      (all[kind] as unknown[]).push(...page[kind]);
    }
    all.cursor = page.cursor;
    all.hasMore = page.hasMore;
    pages += 1;
  }
  return { ...all, pages };
}

const consentChange = (topics: Partial<s.TopicStates>, businessId = 'biz-libreria-prado') => ({
  businessId,
  topics,
  method: 'profile',
  shownText: 'Librería del Prado may write to you about: offers and news.',
  dataUseVersion: '2026-03',
  appVersion: '0.1.0',
  recordedAt: new Date().toISOString(),
});

const blockChange = (blocked: boolean, businessId = 'biz-electronorte') => ({
  businessId,
  blocked,
  recordedAt: new Date().toISOString(),
});

const ledger = async (phone = PHONE) => (await call(`/__mock/ledger?phone=${encodeURIComponent(phone)}`)).json();

describe('seed', () => {
  const seeded = new MockStore('demo');
  const user = seeded.ensureUser(PHONE);
  const values = <T>(map: Map<string, { value: T }>) => [...map.values()].map((entry) => entry.value);
  const businesses = values(seeded.businesses);

  it('parses every seeded record with its contract schema', () => {
    for (const business of businesses) v.parse(s.Business, business);
    for (const consent of values(user.consents)) v.parse(s.Consent, consent);
    for (const order of values(user.orders)) v.parse(s.Order, order);
    for (const payment of values(user.payments)) v.parse(s.Payment, payment);
    for (const message of values(user.messages)) v.parse(s.Message, message);
  });

  it('has twelve or more businesses at all three levels, with lookalikes of verified ones', () => {
    expect(businesses.length).toBeGreaterThanOrEqual(12);
    expect(new Set(businesses.map((b) => b.verification.level))).toEqual(new Set(s.VerificationLevel.options));
    expect(businesses.some((b) => b.timeZone === 'Atlantic/Canary')).toBe(true);
    for (const [impostorId, originalId] of Object.entries(LOOKALIKES)) {
      const impostor = seeded.businesses.get(impostorId)?.value;
      const original = seeded.businesses.get(originalId)?.value;
      expect(impostor?.verification).toMatchObject({ level: 'unconfirmed', checkedBy: null, since: null });
      expect(original?.verification.level).toBe('verified');
      expect(user.consents.has(impostorId)).toBe(false);
    }
  });

  it('gives each consumer orders, payments and messages with their own ids', () => {
    const other = seeded.ensureUser('+34 600 999 888');
    const ids = (u: typeof user) => [...u.orders.keys(), ...u.payments.keys(), ...u.messages.keys()];
    expect(ids(user).filter((id) => ids(other).includes(id))).toEqual([]);
    const templates = values(user.messages).flatMap((m) => m.template?.buttons ?? []);
    expect(new Set(templates.map((b) => b.type))).toEqual(new Set(['url', 'reply', 'call']));
    expect(values(user.consents).filter((c) => c.blocked)).toHaveLength(1);
  });
});

describe('sign-in and sync', () => {
  it('pages through everything with a small limit and covers every status', async () => {
    const token = await signIn();
    const all = await syncAll(token);
    const user = store.users.get('+34600111222');
    expect(all.pages).toBeGreaterThan(5);
    expect(all.businesses).toHaveLength(store.businesses.size);
    expect(all.businesses.length).toBeGreaterThanOrEqual(12);
    expect(new Set(all.businesses.map((b) => b.verification.level))).toEqual(new Set(s.VerificationLevel.options));
    expect(all.consents).toHaveLength(user?.consents.size ?? -1);
    expect(all.messages).toHaveLength(user?.messages.size ?? -1);
    expect(new Set(all.orders.map((o) => o.status))).toEqual(new Set(s.OrderStatus.options));
    expect(new Set(all.payments.map((p) => p.status))).toEqual(new Set(s.PaymentStatus.options));
    expect(all.messages.some((m) => m.template !== null)).toBe(true);
    const again = await ok(s.SyncResponse, await call(`/api/sync?cursor=${all.cursor}`, { token }));
    expect(again).toMatchObject({ cursor: all.cursor, hasMore: false, businesses: [], messages: [] });
  });

  it('delivers only what changed after the cursor', async () => {
    const token = await signIn();
    const { cursor } = await syncAll(token, 1000);
    await ok(
      s.Consent,
      await call('/api/consents', { method: 'POST', token, key: 'k1', body: consentChange({ care: true }) }),
    );
    const delta = await ok(s.SyncResponse, await call(`/api/sync?cursor=${cursor}`, { token }));
    expect(delta.consents).toEqual([expect.objectContaining({ businessId: 'biz-libreria-prado' })]);
    expect(delta.orders.length + delta.messages.length + delta.businesses.length).toBe(0);
  });

  it('refuses bad phones, wrong codes, missing sessions and bad cursors', async () => {
    await problem(await call('/api/auth/code', { method: 'POST', body: { phone: 'call me' } }), 400, 'invalid-phone');
    await call('/api/auth/code', { method: 'POST', body: { phone: PHONE } });
    const wrong = store.codes.get('+34600111222')?.code === '000000' ? '111111' : '000000';
    await problem(
      await call('/api/auth/session', { method: 'POST', body: { phone: PHONE, code: wrong } }),
      401,
      'wrong-code',
    );
    await problem(await call('/api/sync'), 401, 'unauthenticated');
    await problem(await call('/api/sync', { token: 'x'.repeat(32) }), 401, 'unauthenticated');
    const token = await signIn();
    await problem(await call('/api/sync?cursor=abc', { token }), 400, 'bad-cursor');
    await problem(
      await call('/api/consents', { method: 'POST', token, key: 'k', body: { nope: 1 } }),
      400,
      'invalid-request',
    );
    await problem(await call('/api/nothing-here', { token }), 404, 'not-found');
  });

  it('signs out with 204, after which the token no longer works', async () => {
    const token = await signIn();
    expect((await call('/api/auth/session', { method: 'DELETE', token })).status).toBe(204);
    await problem(await call('/api/sync', { token }), 401, 'unauthenticated');
  });
});

describe('idempotency and faults', () => {
  it('replays the same key and refuses the same key with another body', async () => {
    const token = await signIn();
    const body = consentChange({ promotions: true });
    const first = await ok(s.Consent, await call('/api/consents', { method: 'POST', token, key: 'key-1', body }));
    const replay = await call('/api/consents', { method: 'POST', token, key: 'key-1', body });
    expect(replay.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await ok(s.Consent, replay)).toEqual(first);
    const reused = { ...body, topics: { promotions: false } };
    await problem(
      await call('/api/consents', { method: 'POST', token, key: 'key-1', body: reused }),
      422,
      'idempotency-key-reused',
    );
    await problem(await call('/api/consents', { method: 'POST', token, body }), 400, 'idempotency-key-missing');
    expect((await ledger()).events).toHaveLength(1);
  });

  it('commits once when the answer is lost after commit, and replays on retry', async () => {
    const token = await signIn();
    const faults = { failRate: 0, latencyMs: 0, afterCommitFailRate: 1, phone: PHONE };
    await call('/__mock/faults', { method: 'POST', body: faults });
    const body = blockChange(true);
    const send = () => call('/api/blocks', { method: 'POST', token, key: 'blk-1', body });
    await problem(await send(), 503, 'unavailable');
    await problem(await send(), 503, 'unavailable');
    // Another consumer is not affected by faults scoped to this phone.
    const otherToken = await signIn('+34 600 333 444');
    await ok(s.SyncResponse, await call('/api/sync?limit=1', { token: otherToken }));
    await call('/__mock/faults', { method: 'POST', body: { ...faults, afterCommitFailRate: 0 } });
    const consent = await ok(s.Consent, await send());
    expect(consent).toMatchObject({ blocked: true, topics: { orders: false } });
    const { events } = await ledger();
    expect(events).toEqual([expect.objectContaining({ kind: 'block', idempotencyKey: 'blk-1' })]);
  });

  it('fails before doing anything with failRate 1', async () => {
    const token = await signIn();
    await call('/__mock/faults', { method: 'POST', body: { failRate: 1, latencyMs: 5, afterCommitFailRate: 0 } });
    await problem(
      await call('/api/consents', { method: 'POST', token, key: 'k', body: consentChange({ care: true }) }),
      503,
      'unavailable',
    );
    expect((await call('/__mock/ledger')).status).toBe(200); // the scenario API is never faulted
    await call('/__mock/faults', { method: 'POST', body: { failRate: 0, latencyMs: 0, afterCommitFailRate: 0 } });
    expect((await ledger()).events).toEqual([]);
  });
});

describe('consent, blocks and reports', () => {
  it('blocking withdraws every topic, unblocking restores none, granting while blocked is refused', async () => {
    const token = await signIn();
    await ok(s.Consent, await call('/api/blocks', { method: 'POST', token, key: 'b1', body: blockChange(true) }));
    const grant = consentChange({ orders: true }, 'biz-electronorte');
    await problem(
      await call('/api/consents', { method: 'POST', token, key: 'c1', body: grant }),
      409,
      'business-blocked',
    );
    const unblocked = await ok(
      s.Consent,
      await call('/api/blocks', { method: 'POST', token, key: 'b2', body: blockChange(false) }),
    );
    expect(unblocked).toMatchObject({
      blocked: false,
      topics: { orders: false, payments: false, care: false, promotions: false },
    });
    const later = { ...grant, recordedAt: new Date(Date.now() + 1000).toISOString() };
    const granted = await ok(s.Consent, await call('/api/consents', { method: 'POST', token, key: 'c2', body: later }));
    expect(granted.topics.orders).toBe(true);
  });

  it('ignores a grant recorded before a newer withdrawal (revoking wins the race)', async () => {
    const token = await signIn();
    const older = { ...consentChange({ promotions: true }), recordedAt: new Date(Date.now() - 60_000).toISOString() };
    await ok(
      s.Consent,
      await call('/api/consents', { method: 'POST', token, key: 'new', body: consentChange({ promotions: false }) }),
    );
    const consent = await ok(
      s.Consent,
      await call('/api/consents', { method: 'POST', token, key: 'old', body: older }),
    );
    expect(consent.topics.promotions).toBe(false);
  });

  it('accepts a report, blocks when asked, and shows both in the ledger', async () => {
    const token = await signIn();
    const report = {
      businessId: 'biz-horizonte-soporte',
      reason: 'impersonation',
      messageIds: ['msg-1'],
      comment: 'Pretends to be my bank.',
      alsoBlock: true,
      recordedAt: new Date().toISOString(),
    };
    const accepted = await ok(
      s.ReportAccepted,
      await call('/api/reports', { method: 'POST', token, key: 'r1', body: report }),
    );
    expect(accepted.status).toBe('received');
    const body = await ledger();
    expect(body).toMatchObject({
      blocks: expect.arrayContaining(['biz-horizonte-soporte', 'biz-ferreteria-paco']),
      reports: [{ businessId: 'biz-horizonte-soporte', reason: 'impersonation', messageIds: ['msg-1'] }],
      events: [{ kind: 'report', businessId: 'biz-horizonte-soporte', idempotencyKey: 'r1', body: report }],
    });
    for (const consent of body.consents) {
      expect(Object.keys(consent).sort()).toEqual(['businessId', 'topics']);
      v.parse(s.TopicStates, consent.topics);
    }
  });
});

describe('push subscriptions', () => {
  const registration = (endpoint = 'https://push.example/device-1', language: 'en' | 'es' = 'en') => ({
    endpoint,
    keys: { p256dh: 'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQ', auth: 'tBHItJI5svbpez7KI4CCXg' },
    language,
  });
  const save = (token: string, body: unknown, key: string) =>
    call('/api/push-subscription', { method: 'PUT', token, key, body });
  const remove = (token: string, endpoint: string, key: string) =>
    call('/api/push-subscription', { method: 'DELETE', token, key, body: { endpoint } });
  const registered = async (phone = PHONE) =>
    (await call(`/__mock/push-subscriptions?phone=${encodeURIComponent(phone)}`)).json();

  it('stores a subscription, replaces it by endpoint, replays by key, and removes it with 204', async () => {
    const token = await signIn();
    const saved = await ok(s.PushRegistration, await save(token, registration(), 'push-1'));
    expect(saved).toEqual(registration());
    const replay = await save(token, registration(), 'push-1');
    expect(replay.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await ok(s.PushRegistration, replay)).toEqual(saved);
    await problem(await save(token, registration(undefined, 'es'), 'push-1'), 422, 'idempotency-key-reused');
    // The same device in another language replaces, never duplicates.
    await ok(s.PushRegistration, await save(token, registration(undefined, 'es'), 'push-2'));
    expect(await registered()).toEqual([{ endpoint: 'https://push.example/device-1', language: 'es' }]);
    // Consent changes only: the ledger does not list devices.
    expect((await ledger()).events).toEqual([]);

    const removed = await remove(token, 'https://push.example/device-1', 'push-3');
    expect(removed.status).toBe(204);
    expect(await removed.text()).toBe('');
    expect(await registered()).toEqual([]);
    const again = await remove(token, 'https://push.example/device-1', 'push-3');
    expect([again.status, again.headers.get('Idempotent-Replayed')]).toEqual([204, 'true']);
    expect((await remove(token, 'https://push.example/never', 'push-4')).status).toBe(204);
  });

  it('needs a session, a key and a usable subscription', async () => {
    const token = await signIn();
    await problem(await save('nope', registration(), 'k1'), 401, 'unauthenticated');
    await problem(await remove('nope', 'https://push.example/device-1', 'k1'), 401, 'unauthenticated');
    await problem(
      await call('/api/push-subscription', { method: 'PUT', token, body: registration() }),
      400,
      'idempotency-key-missing',
    );
    await problem(await save(token, registration('http://push.example/plain'), 'k2'), 400, 'invalid-request');
    await problem(await save(token, { ...registration(), language: 'fr' }, 'k3'), 400, 'invalid-request');
    await problem(await save(token, { ...registration(), keys: { p256dh: 'x' } }, 'k4'), 400, 'invalid-request');
    await problem(await remove(token, 'not a url', 'k5'), 400, 'invalid-request');
    expect(await registered()).toEqual([]);
  });

  it('drops the subscriptions of a session when it ends, and only those', async () => {
    const first = await signIn();
    const second = await signIn();
    await ok(s.PushRegistration, await save(first, registration('https://push.example/a'), 'a'));
    await ok(s.PushRegistration, await save(second, registration('https://push.example/b'), 'b'));
    expect((await call('/api/auth/session', { method: 'DELETE', token: first })).status).toBe(204);
    expect(await registered()).toEqual([{ endpoint: 'https://push.example/b', language: 'en' }]);
  });

  it('gives an endpoint to one consumer at a time', async () => {
    const mine = await signIn();
    const theirs = await signIn('+34 600 333 444');
    await ok(s.PushRegistration, await save(mine, registration(), 'x'));
    await ok(s.PushRegistration, await save(theirs, registration(), 'x'));
    expect(await registered()).toEqual([]);
    expect(await registered('+34 600 333 444')).toHaveLength(1);
  });

  it('applies after-commit faults: the change is made and the answer lost', async () => {
    const token = await signIn();
    await call('/__mock/faults', { method: 'POST', body: { afterCommitFailRate: 1, phone: PHONE } });
    await problem(await save(token, registration(), 'f'), 503, 'unavailable');
    expect(await registered()).toHaveLength(1);
  });
});

describe('scenario API', () => {
  it('refuses messages on topics not allowed or from blocked businesses, unless forced', async () => {
    const token = await signIn();
    const { cursor } = await syncAll(token, 1000);
    const send = (body: object) => call('/__mock/messages', { method: 'POST', body: { phone: PHONE, ...body } });
    const promo = { businessId: 'biz-libreria-prado', topic: 'promotions', text: 'Novedades de abril' };
    await problem(await send(promo), 403, 'topic-not-allowed');
    await problem(await send({ ...promo, businessId: 'biz-ferreteria-paco' }), 403, 'business-blocked');
    const forced = await ok(s.Message, await send({ ...promo, force: true }));
    const allowed = await ok(s.Message, await send({ ...promo, topic: 'orders' }));
    const delta = await ok(s.SyncResponse, await call(`/api/sync?cursor=${cursor}`, { token }));
    expect(delta.messages.map((m) => m.id)).toEqual([forced.id, allowed.id]);
    const push = await (await call(`/__mock/push?phone=${encodeURIComponent(PHONE)}`)).json();
    expect(push).toHaveLength(2);
    expect(Object.keys(push[0]).sort()).toEqual(['at', 'businessId', 'id', 'phone', 'topic', 'type']);
  });

  it('creates orders and payments for the consumer who signed in last and moves them along', async () => {
    await problem(
      await call('/__mock/orders', { method: 'POST', body: { businessId: 'biz-veloz' } }),
      400,
      'no-consumer',
    );
    const token = await signIn();
    const { cursor } = await syncAll(token, 1000);
    const order = await ok(
      s.Order,
      await call('/__mock/orders', { method: 'POST', body: { businessId: 'biz-moda-marina' } }),
    );
    expect(order.status).toBe('placed');
    const shipped = await ok(
      s.Order,
      await call(`/__mock/orders/${order.id}/status`, { method: 'POST', body: { status: 'shipped' } }),
    );
    expect(shipped.timeline.map((t) => t.status)).toEqual(['placed', 'shipped']);
    expect(shipped.trackingUrl).toMatch(/^https:\/\//);
    const payBody = { businessId: 'biz-moda-marina', orderId: order.id, amount: 1999, currency: 'EUR', status: 'paid' };
    const payment = await ok(s.Payment, await call('/__mock/payments', { method: 'POST', body: payBody }));
    const refund = { status: 'partially_refunded', refundAmount: 500 };
    const refunded = await ok(
      s.Payment,
      await call(`/__mock/payments/${payment.id}/status`, { method: 'POST', body: refund }),
    );
    expect(refunded.refund?.amount).toEqual({ amount: 500, currency: 'EUR' });
    const delta = await ok(s.SyncResponse, await call(`/api/sync?cursor=${cursor}`, { token }));
    expect(delta.orders).toEqual([shipped]);
    expect(delta.payments).toEqual([refunded]);
    const types = (await (await call('/__mock/push')).json()).map((p: { type: string }) => p.type);
    expect(types).toEqual(['order', 'order', 'payment', 'payment']);
  });

  it('creates businesses with defaults and delivers them by sync', async () => {
    const token = await signIn();
    const { cursor } = await syncAll(token, 1000);
    const response = await call('/__mock/businesses', {
      method: 'POST',
      body: { displayName: 'Tienda Ñ', verification: 'confirmed' },
    });
    const business = await ok(s.Business, response);
    expect(business.verification.level).toBe('confirmed');
    const delta = await ok(s.SyncResponse, await call(`/api/sync?cursor=${cursor}`, { token }));
    expect(delta.businesses).toEqual([business]);
  });

  it('tells the last code and resets to an empty world', async () => {
    const sent = await ok(s.CodeSent, await call('/api/auth/code', { method: 'POST', body: { phone: PHONE } }));
    const last = await (await call(`/__mock/last-code?phone=${encodeURIComponent('+34 (600) 111-222')}`)).json();
    expect(last.code).toBe(sent.demoCode);
    await call('/__mock/reset', { method: 'POST', body: { seed: 'empty' } });
    const all = await syncAll(await signIn(), 1000);
    expect(all.businesses.length + all.orders.length + all.messages.length).toBe(0);
  });
});

describe('receipt links', () => {
  it('resolves a good link without a session, with its order', async () => {
    const token = await signIn();
    const [order] = (await syncAll(token, 1000)).orders;
    if (!order) throw new Error('The demo seed has orders.');
    const body = { businessId: order.businessId, orderId: order.id, expiresInSeconds: 3600 };
    const link = await (await call('/__mock/links', { method: 'POST', body })).json();
    expect(link.url).toBe(`/r/${link.code}`);
    const resolved = await ok(s.LinkResolution, await call(`/api/links/${link.code}`));
    expect(resolved.order?.id).toBe(order.id);
    expect(resolved.consentRequest.topics).toEqual(['orders']);
    await ok(s.LinkResolution, await call('/api/links/demo-libreria'));
    await call(`/__mock/links/${link.code}/revoke`, { method: 'POST' });
    await problem(await call(`/api/links/${link.code}`), 410, 'link-revoked');
  });

  it('tells unknown, expired, revoked and malformed codes apart', async () => {
    await problem(await call('/api/links/no-such-code'), 404, 'link-unknown');
    await problem(await call('/api/links/demo-expired'), 410, 'link-expired');
    await problem(await call('/api/links/demo-revoked'), 410, 'link-revoked');
    await problem(await call('/api/links/ab'), 400, 'link-malformed');
    await problem(await call(`/api/links/${encodeURIComponent('<script>')}`), 400, 'link-malformed');
  });
});
