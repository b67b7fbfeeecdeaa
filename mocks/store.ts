/**
 * The mock backend's state: one in-memory object per server process (or per test file).
 * Every record a consumer can sync is wrapped in `Stamped` so `/api/sync` can answer
 * "everything with seq > cursor" — the same delta contract a real backend would keep.
 */
import type { Business, Consent, Message, Order, Payment, PushRegistration, Topic } from '../src/api/schemas';
import { seedBusinesses, seedLinks, seedUserActivity } from './seed.ts';

export type Seed = 'demo' | 'empty';
export type SyncKind = 'businesses' | 'consents' | 'orders' | 'payments' | 'messages';
export type UserKind = Exclude<SyncKind, 'businesses'>;

/** The record type behind each per-user collection. */
export interface UserRecords {
  consents: Consent;
  orders: Order;
  payments: Payment;
  messages: Message;
}

/** A record plus the global sequence number of its last change. */
export interface Stamped<T> {
  seq: number;
  value: T;
}

/** One accepted consumer change, as the ledger shows it (PRODUCT.md: "the consumer keeps the proof"). */
export interface LedgerEvent {
  kind: 'consent' | 'block' | 'report';
  businessId: string;
  body: unknown;
  idempotencyKey: string;
  at: string;
}

export interface ReportRecord {
  id: string;
  businessId: string;
  reason: string;
  messageIds: string[];
  comment: string;
  at: string;
}

/** The stored outcome of a mutation, replayed when the same key comes back. */
export interface IdempotencyRecord {
  fingerprint: string;
  status: number;
  body: unknown;
}

/** A device the backend may push to, and the session that registered it (ending it drops this). */
export interface StoredPushSubscription extends PushRegistration {
  token: string;
}

export interface UserState {
  id: string;
  phone: string;
  consents: Map<string, Stamped<Consent>>;
  /** When each topic (and the block) last changed, consumer clock; a stale grant never beats a newer revoke. */
  changedAt: Map<string, Partial<Record<Topic | 'blocked', number>>>;
  orders: Map<string, Stamped<Order>>;
  payments: Map<string, Stamped<Payment>>;
  messages: Map<string, Stamped<Message>>;
  reports: ReportRecord[];
  events: LedgerEvent[];
  idempotency: Map<string, IdempotencyRecord>;
  /** By endpoint. */
  pushSubscriptions: Map<string, StoredPushSubscription>;
}

export interface ReceiptLink {
  id: string;
  code: string;
  businessId: string;
  orderId: string | null;
  topics: Topic[];
  expiresAt: string | null;
  revoked: boolean;
}

export interface Faults {
  failRate: number;
  latencyMs: number;
  afterCommitFailRate: number;
}

/** What a push would carry: ids only, never message text (PRODUCT.md principle 5). */
export interface PushEntry {
  type: 'message' | 'order' | 'payment';
  id: string;
  businessId: string;
  phone: string;
  topic: Topic;
  at: string;
}

const CODE_TTL_SECONDS = 300;
const NO_FAULTS: Faults = { failRate: 0, latencyMs: 0, afterCommitFailRate: 0 };

/** Strip spaces, parentheses and dashes; keep a leading + (same rule as the `Phone` schema). */
export function normalizePhone(raw: string): string {
  return raw.trim().replace(/[\s()-]/g, '');
}

function randomDigits(count: number): string {
  const bytes = crypto.getRandomValues(new Uint32Array(count));
  return Array.from(bytes, (b) => String(b % 10)).join('');
}

export class MockStore {
  seed: Seed = 'demo';
  businesses = new Map<string, Stamped<Business>>();
  users = new Map<string, UserState>();
  codes = new Map<string, { code: string; expiresAt: number; used: boolean }>();
  lastCodePhone: string | null = null;
  sessions = new Map<string, string>();
  links = new Map<string, ReceiptLink>();
  faults = new Map<string, Faults>();
  pushLog: PushEntry[] = [];
  lastSignedIn: string | null = null;
  readonly codeTtlSeconds = CODE_TTL_SECONDS;
  // Never reset: a client holding a cursor from before a reset must still see everything new.
  private seqCounter = 0;
  private idCounter = 1000;

  constructor(seed: Seed = 'demo') {
    this.reset(seed);
  }

  /** Drop every user, session, link, fault and push; reload the businesses of `seed`. */
  reset(seed: Seed): void {
    this.seed = seed;
    for (const map of [this.businesses, this.users, this.codes, this.sessions, this.links, this.faults]) map.clear();
    this.pushLog = [];
    this.lastCodePhone = null;
    this.lastSignedIn = null;
    if (seed === 'empty') return;
    const now = new Date();
    for (const business of seedBusinesses(now)) this.putBusiness(business);
    for (const link of seedLinks(now)) this.links.set(link.code, link);
  }

  nextSeq(): number {
    return ++this.seqCounter;
  }

  /** Ids unique across users and resets, e.g. `ord-1007`. */
  nextId(prefix: string): string {
    return `${prefix}-${++this.idCounter}`;
  }

  putBusiness(business: Business): Business {
    this.businesses.set(business.id, { seq: this.nextSeq(), value: business });
    return business;
  }

  /** Store (or replace) one of a user's records and re-stamp it so the next sync delivers it. */
  put<K extends UserKind>(user: UserState, kind: K, value: UserRecords[K]): UserRecords[K] {
    const map = user[kind] as unknown as Map<string, Stamped<UserRecords[K]>>;
    const key = 'id' in value ? value.id : value.businessId;
    map.set(key, { seq: this.nextSeq(), value });
    return value;
  }

  /** The user for `phone`, created on first sight with the current seed's demo activity. */
  ensureUser(rawPhone: string): UserState {
    const phone = normalizePhone(rawPhone);
    const existing = this.users.get(phone);
    if (existing) return existing;
    const user: UserState = {
      id: this.nextId('usr'),
      phone,
      consents: new Map(),
      changedAt: new Map(),
      orders: new Map(),
      payments: new Map(),
      messages: new Map(),
      reports: [],
      events: [],
      idempotency: new Map(),
      pushSubscriptions: new Map(),
    };
    this.users.set(phone, user);
    if (this.seed === 'demo') {
      const activity = seedUserActivity(new Date(), (prefix) => this.nextId(prefix));
      for (const consent of activity.consents) this.put(user, 'consents', consent);
      for (const order of activity.orders) this.put(user, 'orders', order);
      for (const payment of activity.payments) this.put(user, 'payments', payment);
      for (const message of activity.messages) this.put(user, 'messages', message);
    }
    return user;
  }

  /** Find a record by id in whichever user holds it (order, payment and message ids are global). */
  findRecord<K extends 'orders' | 'payments' | 'messages'>(kind: K, id: string) {
    for (const user of this.users.values()) {
      const stamped = (user[kind] as unknown as Map<string, Stamped<UserRecords[K]>>).get(id);
      if (stamped) return { user, record: stamped.value };
    }
    return undefined;
  }

  /** Make and remember a fresh one-time code for `phone`. */
  issueCode(phone: string): string {
    const code = randomDigits(6);
    this.codes.set(phone, { code, expiresAt: Date.now() + CODE_TTL_SECONDS * 1000, used: false });
    this.lastCodePhone = phone;
    return code;
  }

  /** Check and use up a code (one use, like a real OTP); it stays readable for `/__mock/last-code`. */
  verifyCode(phone: string, code: string): 'ok' | 'wrong-code' | 'code-expired' {
    const issued = this.codes.get(phone);
    if (!issued || issued.used || issued.code !== code) return 'wrong-code';
    issued.used = true;
    return issued.expiresAt < Date.now() ? 'code-expired' : 'ok';
  }

  openSession(phone: string): string {
    const token = crypto.randomUUID().replaceAll('-', '') + crypto.randomUUID().replaceAll('-', '');
    this.sessions.set(token, phone);
    this.lastSignedIn = phone;
    return token;
  }

  /** End a session and every push subscription registered with it; unknown tokens are fine. */
  closeSession(token: string): void {
    const phone = this.sessions.get(token);
    this.sessions.delete(token);
    const user = phone === undefined ? undefined : this.users.get(phone);
    for (const [endpoint, subscription] of user?.pushSubscriptions ?? []) {
      if (subscription.token === token) user?.pushSubscriptions.delete(endpoint);
    }
  }

  userForToken(token: string): UserState | undefined {
    const phone = this.sessions.get(token);
    return phone === undefined ? undefined : this.users.get(phone);
  }

  /** Set faults for one phone, or for everyone when `phone` is null; all zero clears them. */
  setFaults(phone: string | null, faults: Faults): void {
    const scope = phone ?? '*';
    const inert = faults.failRate === 0 && faults.latencyMs === 0 && faults.afterCommitFailRate === 0;
    if (inert) this.faults.delete(scope);
    else this.faults.set(scope, faults);
  }

  /** A phone-scoped fault wins over the global one, so parallel e2e tests stay independent. */
  faultsFor(phone: string | null): Faults {
    return (phone !== null && this.faults.get(phone)) || this.faults.get('*') || NO_FAULTS;
  }

  recordPush(entry: Omit<PushEntry, 'at'>): void {
    this.pushLog.push({ ...entry, at: new Date().toISOString() });
  }
}
