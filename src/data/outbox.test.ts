/**
 * The outbox against the real mock backend (msw/node) and IndexedDB (fake-indexeddb), with
 * property tests (fast-check): whatever the sequence of changes and whatever share of
 * requests fail — before or after the server committed — every change reaches the server
 * exactly once, in the order it was made, and the withdrawal wins a race with a grant.
 */
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { server, store } from '../../mocks/node';
import { call, configureClient } from '../api/client';
import { endpoints } from '../api/endpoints';
import { TOPICS, type Topic } from '../api/schemas';
import { db, deleteDatabase } from '../db/open';
import { setBlocked } from './blocks';
import { recordConsentChange } from './consent';
import { backoffDelay, flushOutbox, monotonicNow, outboxState } from './outbox';
import { fileReport } from './reports';

const BUSINESS = 'biz-onda';
let token = '';
let phone = '';
let phones = 0;

function newConsumer(): void {
  phones += 1;
  phone = `+3469${String(phones).padStart(7, '0')}`;
  store.ensureUser(phone);
  token = store.openSession(phone);
}

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  configureClient({ getToken: () => token });
});
/** Lets a flush still running from the previous case finish before the database goes. */
async function freshDatabase(): Promise<void> {
  await flushOutbox();
  await deleteDatabase();
}

beforeEach(async () => {
  await freshDatabase();
  store.reset('demo');
  newConsumer();
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const ledger = () => store.users.get(phone)!;

/** Flushes until the outbox is empty, skipping the backoff waits (time is not under test here). */
async function drain(maxRounds = 200): Promise<void> {
  for (let round = 0; round < maxRounds; round++) {
    const database = await db();
    const entries = await database.getAll('outbox');
    if (entries.length === 0) return;
    for (const entry of entries)
      if (Number.isFinite(entry.nextAttemptAt)) await database.put('outbox', { ...entry, nextAttemptAt: 0 });
    await flushOutbox();
  }
  throw new Error('the outbox did not drain');
}

const change = (topic: Topic, on: boolean) =>
  recordConsentChange({
    businessId: BUSINESS,
    topics: { [topic]: on },
    method: 'profile',
    shownText: `${topic} ${on}`,
    dataUseVersion: '1',
  });

const step = fc.record({ topic: fc.constantFrom(...TOPICS), on: fc.boolean() });
const faultRate = fc.constantFrom(0, 0.3, 0.5, 0.7);

describe('outbox', () => {
  it('backs off exponentially with jitter, capped at five minutes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.double({ min: 0, max: 0.999, noNaN: true }), (attempts, r) => {
        const exp = Math.min(300_000, 1000 * 2 ** (attempts - 1));
        const delay = backoffDelay(attempts, () => r);
        expect(delay).toBeGreaterThanOrEqual(exp / 2);
        expect(delay).toBeLessThanOrEqual(exp);
      }),
    );
  });

  it('stamps changes in strictly increasing order, even within one millisecond', () => {
    const stamps = Array.from({ length: 50 }, () => monotonicNow());
    expect(new Set(stamps).size).toBe(50);
    expect([...stamps].sort()).toEqual(stamps);
  });

  it('delivers every change exactly once and in order, whatever fails before or after commit', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 1, maxLength: 8 }),
        faultRate,
        faultRate,
        async (steps, fail, afterCommit) => {
          await deleteDatabase();
          newConsumer();
          store.setFaults(phone, { failRate: fail, latencyMs: 0, afterCommitFailRate: afterCommit });
          const keys: string[] = [];
          for (const s of steps) keys.push((await change(s.topic, s.on)).id);
          await drain();

          const events = ledger().events.filter((e) => e.kind === 'consent');
          expect(events.map((e) => e.idempotencyKey)).toEqual(keys); // once each, in order
          const expected = { ...ledger().consents.get(BUSINESS)!.value.topics };
          for (const s of steps) expected[s.topic] = s.on; // the last change of each topic holds
          for (const topic of TOPICS)
            expect(ledger().consents.get(BUSINESS)!.value.topics[topic]).toBe(expected[topic]);
          const local = await (await db()).get('consents', BUSINESS);
          for (const s of steps) expect(local?.topics[s.topic]).toBe(expected[s.topic]);
          expect(outboxState().pending).toBe(0);
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);

  it('lets the withdrawal win when a grant and a withdrawal carry the same time, in either order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...TOPICS), fc.boolean(), async (topic, withdrawalFirst) => {
        newConsumer();
        const recordedAt = monotonicNow();
        const body = (on: boolean) => ({
          businessId: BUSINESS,
          topics: { [topic]: on },
          method: 'profile' as const,
          shownText: 'race',
          dataUseVersion: '1',
          appVersion: 'test',
          recordedAt,
        });
        const order = withdrawalFirst ? [false, true] : [true, false];
        for (const on of order)
          await call(endpoints.changeConsent, { body: body(on), idempotencyKey: crypto.randomUUID() });
        expect(ledger().consents.get(BUSINESS)?.value.topics[topic]).toBe(false);
      }),
      { numRuns: 16 },
    );
  }, 60_000);

  it('a grant still queued never beats a later withdrawal, even if the grant is retried after it', async () => {
    store.setFaults(phone, { failRate: 1, latencyMs: 0, afterCommitFailRate: 0 });
    await change('promotions', true);
    await flushOutbox();
    await change('promotions', false);
    store.setFaults(phone, { failRate: 0, latencyMs: 0, afterCommitFailRate: 0 });
    await drain();
    expect(ledger().consents.get(BUSINESS)?.value.topics.promotions).toBe(false);
    expect((await (await db()).get('consents', BUSINESS))?.topics.promotions).toBe(false);
  });

  it('replays the same key without a second effect (two tabs sending one entry)', async () => {
    store.setFaults(phone, { failRate: 0, latencyMs: 0, afterCommitFailRate: 1 });
    const record = await change('care', false);
    await flushOutbox();
    expect(ledger().events).toHaveLength(1); // committed, but the answer was lost
    store.setFaults(phone, { failRate: 0, latencyMs: 0, afterCommitFailRate: 0 });
    await drain();
    expect(ledger().events.map((e) => e.idempotencyKey)).toEqual([record.id]);
  });

  it('keeps a refused change, visible, without holding up the changes after it', async () => {
    // The server has the business blocked (another device), this device does not know yet.
    await call(endpoints.changeBlock, {
      body: { businessId: BUSINESS, blocked: true, recordedAt: monotonicNow() },
      idempotencyKey: crypto.randomUUID(),
    });
    const refused = await change('orders', true);
    const later = await change('payments', false);
    await drain(5).catch(() => undefined);
    const left = await (await db()).getAll('outbox');
    expect(left.map((e) => e.id)).toEqual([refused.id]);
    expect(left[0]?.lastError).toBe('business-blocked');
    expect(outboxState().refused).toBe(1);
    expect(ledger().events.map((e) => e.idempotencyKey)).toContain(later.id);
  });

  it('blocks and reports offline-style (queued), then each arrives once, with the consent history', async () => {
    store.setFaults(phone, { failRate: 0.5, latencyMs: 0, afterCommitFailRate: 0.5 });
    await change('promotions', false);
    await setBlocked({ businessId: BUSINESS, blocked: true, method: 'profile', shownText: 'block' });
    const report = await fileReport({
      businessId: BUSINESS,
      reason: 'spam',
      messageIds: [],
      comment: 'x',
      alsoBlock: true,
      method: 'message',
      shownText: 'report',
    });
    await drain();
    const kinds = ledger().events.map((e) => e.kind);
    expect(kinds).toEqual(['consent', 'block', 'report']);
    expect(ledger().reports).toHaveLength(1);
    const sent = ledger().events[2]?.body as { consentHistory: unknown[] };
    expect(sent.consentHistory).toHaveLength(2); // the withdrawal and the block
    const stored = await (await db()).get('reports', report.id);
    expect(stored?.status).toBe('received');
    expect(ledger().consents.get(BUSINESS)?.value.blocked).toBe(true);
  });

  it('refuses locally to grant a topic of a blocked business', async () => {
    await setBlocked({ businessId: BUSINESS, blocked: true, method: 'profile', shownText: 'block' });
    await expect(change('orders', true)).rejects.toMatchObject({ code: 'business-blocked' });
  });
});
