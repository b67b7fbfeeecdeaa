/**
 * What the consumer can change on the server: consent per topic, blocks and reports. Each
 * accepted request appends exactly one ledger event (callers run these inside `idempotent`).
 *
 * Ordering rule (PRODUCT.md principle 1, "revoking always wins over granting when the two
 * race"): every topic and the block remember the consumer-side `recordedAt` of their last
 * change; an older change arriving late is accepted but has no effect, and on a tie the
 * withdrawal wins. Granting a topic while the business is blocked is refused (409): the
 * consumer must unblock first, so a grant queued on another device cannot undo a block.
 */
import type {
  BlockChange,
  Consent,
  ConsentChange,
  ReportRequest,
  Topic,
  TopicStates,
} from '../src/api/schemas/index.ts';
import { TOPICS } from '../src/api/schemas/index.ts';
import { Problem } from './http.ts';
import type { LedgerEvent, MockStore, UserState } from './store';

const NO_TOPICS: TopicStates = { orders: false, payments: false, care: false, promotions: false };

function requireBusiness(store: MockStore, businessId: string): void {
  if (!store.businesses.has(businessId)) throw new Problem(404, 'business-unknown', `No business ${businessId}.`);
}

function currentConsent(user: UserState, businessId: string): Consent {
  const existing = user.consents.get(businessId)?.value;
  return existing ?? { businessId, topics: { ...NO_TOPICS }, blocked: false, updatedAt: new Date(0).toISOString() };
}

function appendEvent(user: UserState, event: Omit<LedgerEvent, 'at'>): void {
  user.events.push({ ...event, at: new Date().toISOString() });
}

/** Is a change recorded at `time` newer than the last one (ties go to `value === false`)? */
function wins(last: number | undefined, time: number, value: boolean): boolean {
  return last === undefined || time > last || (time === last && !value);
}

export function changeConsent(store: MockStore, user: UserState, change: ConsentChange, key: string): Consent {
  requireBusiness(store, change.businessId);
  const consent = currentConsent(user, change.businessId);
  const stamps = { ...user.changedAt.get(change.businessId) };
  const time = Date.parse(change.recordedAt);
  const topics = { ...consent.topics };
  for (const topic of TOPICS) {
    const value = change.topics[topic];
    if (value === undefined || !wins(stamps[topic], time, value)) continue;
    if (value && consent.blocked) {
      throw new Problem(409, 'business-blocked', 'Unblock this business before allowing it to write.');
    }
    topics[topic] = value;
    stamps[topic] = time;
  }
  user.changedAt.set(change.businessId, stamps);
  const next = store.put(user, 'consents', { ...consent, topics, updatedAt: new Date().toISOString() });
  appendEvent(user, { kind: 'consent', businessId: change.businessId, body: change, idempotencyKey: key });
  return next;
}

/** Blocking withdraws every topic; unblocking restores none (the consumer grants again, topic by topic). */
function applyBlock(store: MockStore, user: UserState, businessId: string, blocked: boolean, recordedAt: string) {
  const consent = currentConsent(user, businessId);
  const stamps = { ...user.changedAt.get(businessId) };
  const time = Date.parse(recordedAt);
  if (!wins(stamps.blocked, time, !blocked)) return consent;
  stamps.blocked = time;
  let topics = consent.topics;
  if (blocked) {
    topics = { ...NO_TOPICS };
    for (const topic of TOPICS as readonly Topic[]) stamps[topic] = Math.max(stamps[topic] ?? time, time);
  }
  user.changedAt.set(businessId, stamps);
  return store.put(user, 'consents', { ...consent, topics, blocked, updatedAt: new Date().toISOString() });
}

export function changeBlock(store: MockStore, user: UserState, change: BlockChange, key: string): Consent {
  requireBusiness(store, change.businessId);
  const consent = applyBlock(store, user, change.businessId, change.blocked, change.recordedAt);
  appendEvent(user, { kind: 'block', businessId: change.businessId, body: change, idempotencyKey: key });
  return consent;
}

/** A report is one event even with `alsoBlock`: one request, one entry in the ledger. */
export function fileReport(store: MockStore, user: UserState, report: ReportRequest, key: string) {
  requireBusiness(store, report.businessId);
  const id = store.nextId('rep');
  const at = new Date().toISOString();
  const { businessId, reason, messageIds, comment } = report;
  user.reports.push({ id, businessId, reason, messageIds, comment, at });
  if (report.alsoBlock) applyBlock(store, user, businessId, true, report.recordedAt);
  appendEvent(user, { kind: 'report', businessId, body: report, idempotencyKey: key });
  return { id, status: 'received' as const };
}
