/** Sync pages, changes the consumer makes, and receipt-link resolution. */
import * as v from 'valibot';
import { Id, Text, Timestamp } from './common.ts';
import { Business, Consent, Message, Order, Payment, Topic, TopicStates } from './records.ts';

export const SyncResponse = v.object({
  cursor: v.string(),
  hasMore: v.boolean(),
  businesses: v.array(Business),
  consents: v.array(Consent),
  orders: v.array(Order),
  payments: v.array(Payment),
  messages: v.array(Message),
});

export const ConsentMethod = v.picklist(['receipt-link', 'profile', 'notification', 'message', 'settings']);

/** A consent change as the consumer recorded it (Kantara-style fields where they fit). */
export const ConsentChange = v.object({
  businessId: Id,
  topics: v.partial(TopicStates),
  method: ConsentMethod,
  /** The exact text shown when the consumer chose. */
  shownText: Text(2000),
  dataUseVersion: Text(40),
  appVersion: Text(40),
  recordedAt: Timestamp,
});

export const BlockChange = v.object({ businessId: Id, blocked: v.boolean(), recordedAt: Timestamp });

/** One of the consumer's own consent records, attached to a report as evidence (issue 4). */
export const ConsentHistoryEntry = v.object({
  topics: v.partial(TopicStates),
  action: v.picklist(['granted', 'withdrawn', 'mixed']),
  method: ConsentMethod,
  dataUseVersion: Text(40),
  recordedAt: Timestamp,
});

export const ReportReason = v.picklist(['spam', 'scam', 'impersonation', 'offensive', 'not-signed-up', 'other']);
export const ReportRequest = v.object({
  businessId: Id,
  reason: ReportReason,
  messageIds: v.array(Id),
  comment: Text(2000),
  alsoBlock: v.boolean(),
  recordedAt: Timestamp,
  /** The consumer's consent history with this business, attached automatically. */
  consentHistory: v.optional(v.pipe(v.array(ConsentHistoryEntry), v.maxLength(500))),
});
export const ReportAccepted = v.object({ id: Id, status: v.picklist(['received', 'reviewing', 'closed']) });

/** What a receipt link resolves to (`GET /api/links/:code`); readable without a session. */
export const LinkResolution = v.object({
  code: Text(64),
  business: Business,
  order: v.nullable(Order),
  /** Topics the business asks for, and the statement shown with them. */
  consentRequest: v.object({
    topics: v.array(Topic),
    text: Text(2000),
    dataUseVersion: Text(40),
  }),
  expiresAt: v.nullable(Timestamp),
  /**
   * The verified business this one's name imitates, as the backend judged it (UTS #39
   * confusables, issue 3), so even a visitor with nothing stored is warned. Optional: the app
   * also checks against the businesses it has stored.
   */
  resembles: v.optional(v.nullable(v.object({ id: Id, displayName: Text(120) })), null),
});

export type SyncResponse = v.InferOutput<typeof SyncResponse>;
export type ConsentChange = v.InferOutput<typeof ConsentChange>;
export type BlockChange = v.InferOutput<typeof BlockChange>;
export type ReportRequest = v.InferOutput<typeof ReportRequest>;
export type LinkResolution = v.InferOutput<typeof LinkResolution>;
export type ConsentMethod = v.InferOutput<typeof ConsentMethod>;
export type ConsentHistoryEntry = v.InferOutput<typeof ConsentHistoryEntry>;
export type ReportReason = v.InferOutput<typeof ReportReason>;
