/**
 * The IndexedDB schema: one database per device, `permiso`. Records are the API's own shapes
 * (src/api/schemas/) plus a few derived fields for indexes; the outbox holds changes waiting
 * to reach the backend.
 */
import type { DBSchema } from 'idb';
import type {
  Business,
  Consent,
  ConsentMethod,
  Message,
  Order,
  Payment,
  PushPayload,
  Session,
  TopicStates,
} from '../api/schemas';

export const DB_NAME = 'permiso';

/** Named versions, oldest first. Add one here and a migration in migrations.ts together. */
export const DB_VERSIONS = {
  initial: 1,
  outboxAndSearch: 2,
  consentLedger: 3,
  reports: 4,
  heldNotifications: 5,
} as const;
export const DB_VERSION = DB_VERSIONS.heldNotifications;

export interface MetaValues {
  session: Session;
  /** The user whose data this database holds; another user signing in starts from empty. */
  owner: string;
  cursor: string;
  lastSyncedAt: string;
  /** When notifications wait silently (issue 4): globally and per business. */
  quietHours: QuietHoursSettings;
  /** The UI language, written by the page so the service worker words notifications alike. */
  language: 'en' | 'es';
}

/** A daily window in the device's local time, `HH:MM`; `start > end` spans midnight. */
export interface QuietWindow {
  start: string;
  end: string;
}

export interface QuietHoursSettings {
  global: QuietWindow | null;
  businesses: Record<string, QuietWindow>;
}

/**
 * A push that arrived during quiet hours (issue 4 §3): kept, not shown, until they end. The
 * payload is kept rather than the text, so blocks, consent and language are decided again at
 * release — a business blocked during the night stays silent in the morning.
 */
export interface HeldNotification {
  /** The notification tag (`type:id`): a newer push for the same order replaces the older. */
  tag: string;
  payload: PushPayload;
  heldAt: number;
  /** When the quiet hours that held it end (epoch ms), as known when it arrived. */
  releaseAt: number;
}

/** An order as stored: `search` is reference and item names, lower-cased, for offline search. */
export type StoredOrder = Order & { search: string };

/** A change the consumer made that has not yet been accepted by the backend. */
export interface OutboxEntry {
  id: string;
  /** Which endpoint of src/api/endpoints.ts delivers it. */
  kind: 'changeConsent' | 'changeBlock' | 'sendReport';
  body: unknown;
  /** The idempotency key, made when the change was recorded and reused on every retry. */
  idempotencyKey: string;
  createdAt: string;
  attempts: number;
  nextAttemptAt: number;
  lastError: string | null;
}

/**
 * The consumer's own proof of a consent change (PRODUCT.md Domain: consent record), with
 * Kantara Consent Receipt names where they fit. Kept on the device; exported from /privacy.
 */
export interface ConsentRecord {
  /** The receipt's id; also the idempotency key of the change that carried it. */
  id: string;
  piiPrincipalId: string;
  businessId: string;
  businessName: string;
  /** The topics this change set, and to what. */
  topics: Partial<TopicStates>;
  action: 'granted' | 'withdrawn' | 'mixed';
  method: ConsentMethod;
  shownText: string;
  dataUseVersion: string;
  appVersion: string;
  recordedAt: string;
  /** Which change carried it, when not a plain consent change: blocking withdraws every topic. */
  carriedBy?: 'block' | 'report';
}

/** A report the consumer filed, kept on the device with its delivery status (issue 4). */
export interface StoredReport {
  /** Also the idempotency key of the outbox entry that delivers it. */
  id: string;
  businessId: string;
  businessName: string;
  reason: string;
  messageIds: string[];
  comment: string;
  alsoBlock: boolean;
  recordedAt: string;
  /** `waiting` until the backend accepts it; then the backend's status. */
  status: 'waiting' | 'received' | 'reviewing' | 'closed' | 'refused';
  serverId: string | null;
}

export interface PermisoDB extends DBSchema {
  meta: { key: keyof MetaValues; value: MetaValues[keyof MetaValues] };
  businesses: { key: string; value: Business };
  consents: { key: string; value: Consent };
  orders: { key: string; value: StoredOrder; indexes: { byUpdated: string; byBusiness: string } };
  payments: { key: string; value: Payment; indexes: { byUpdated: string; byBusiness: string } };
  messages: { key: string; value: Message; indexes: { bySentAt: string; byBusiness: string } };
  outbox: { key: string; value: OutboxEntry; indexes: { byCreated: string } };
  consentRecords: { key: string; value: ConsentRecord; indexes: { byBusiness: string; byRecorded: string } };
  reports: { key: string; value: StoredReport; indexes: { byBusiness: string } };
  heldNotifications: { key: string; value: HeldNotification };
}
