/** The records the backend syncs to the device: businesses, consents, orders, payments, messages. */
import * as v from 'valibot';
import { HttpsUrl, Id, Text, Timestamp } from './common.ts';

export const VerificationLevel = v.picklist(['verified', 'confirmed', 'unconfirmed']);
export const Topic = v.picklist(['orders', 'payments', 'care', 'promotions']);
export const TOPICS = Topic.options;

/** Money in minor units with an ISO 4217 code (PRODUCT.md Domain). */
export const Money = v.object({
  amount: v.pipe(v.number(), v.integer()),
  currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/)),
});

export const Verification = v.object({
  level: VerificationLevel,
  /** Who checked it (the platform's team, or the carrier for phone numbers). */
  checkedBy: v.nullable(Text(200)),
  since: v.nullable(Timestamp),
  /** What was checked, in plain words the backend localises. */
  checks: v.array(Text(300)),
});

export const OpeningHours = v.object({
  /** 0 = Sunday … 6 = Saturday, in the business's own time zone. */
  day: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(6)),
  opens: v.pipe(v.string(), v.regex(/^\d\d:\d\d$/)),
  closes: v.pipe(v.string(), v.regex(/^\d\d:\d\d$/)),
});

export const DataUse = v.object({
  version: Text(40),
  controller: Text(200),
  purposes: v.array(Text(300)),
  retention: Text(300),
  privacyPolicyUrl: HttpsUrl,
});

/**
 * An image the app may load: an absolute path on this origin, never another site (PRODUCT.md
 * Principle 5). `//host/x` and `/\\host/x` resolve off-origin, and URL parsers drop tabs and
 * newlines (`/\t/host`), so the second character may be neither slash and no whitespace or
 * control character may appear anywhere.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses.
const SAME_ORIGIN_PATH = /^\/(?![/\\])[^\s\u0000-\u001f\u007f\\]*$/;
export const SameOriginImagePath = v.pipe(v.string(), v.maxLength(500), v.regex(SAME_ORIGIN_PATH));

export const Business = v.object({
  id: Id,
  displayName: Text(120),
  category: Text(80),
  logoUrl: v.nullable(SameOriginImagePath),
  verification: Verification,
  website: v.nullable(HttpsUrl),
  phone: v.nullable(Text(40)),
  timeZone: Text(64),
  hours: v.array(OpeningHours),
  awayMessage: v.nullable(Text(500)),
  dataUse: DataUse,
  /** What the business says it will send on each topic. */
  topicStatements: v.record(Topic, Text(500)),
  updatedAt: Timestamp,
});

export const TopicStates = v.object({
  orders: v.boolean(),
  payments: v.boolean(),
  care: v.boolean(),
  promotions: v.boolean(),
});

export const Consent = v.object({
  businessId: Id,
  topics: TopicStates,
  blocked: v.boolean(),
  updatedAt: Timestamp,
});

export const OrderStatus = v.picklist([
  'placed',
  'confirmed',
  'shipped',
  'out_for_delivery',
  'delivered',
  'cancelled',
  'returned',
  'exception',
]);

export const OrderItem = v.object({
  name: Text(200),
  quantity: v.pipe(v.number(), v.integer(), v.minValue(1)),
  unitPrice: Money,
});

export const StatusChange = <T extends v.GenericSchema<string>>(status: T) =>
  v.object({ status, at: Timestamp, note: v.nullable(Text(500)) });

export const Order = v.object({
  id: Id,
  businessId: Id,
  reference: Text(64),
  items: v.array(OrderItem),
  total: Money,
  status: OrderStatus,
  timeline: v.array(StatusChange(OrderStatus)),
  carrier: v.nullable(Text(80)),
  trackingNumber: v.nullable(Text(80)),
  trackingUrl: v.nullable(HttpsUrl),
  expectedBy: v.nullable(Timestamp),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export const PaymentStatus = v.picklist(['requested', 'pending', 'paid', 'failed', 'refunded', 'partially_refunded']);

export const Payment = v.object({
  id: Id,
  businessId: Id,
  orderId: v.nullable(Id),
  amount: Money,
  status: PaymentStatus,
  timeline: v.array(StatusChange(PaymentStatus)),
  description: Text(300),
  payUrl: v.nullable(HttpsUrl),
  invoiceNumber: v.nullable(Text(64)),
  refund: v.nullable(v.object({ amount: Money, expectedAt: v.nullable(Timestamp) })),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export const TemplateButton = v.variant('type', [
  v.object({ type: v.literal('url'), label: Text(40), url: HttpsUrl }),
  v.object({ type: v.literal('reply'), label: Text(40) }),
  v.object({ type: v.literal('call'), label: Text(40), phone: Text(40) }),
]);

export const MessageTemplate = v.object({
  headerImageUrl: v.nullable(SameOriginImagePath),
  body: Text(2000),
  buttons: v.pipe(v.array(TemplateButton), v.maxLength(10)),
});

export const Message = v.object({
  id: Id,
  businessId: Id,
  from: v.picklist(['business', 'consumer']),
  topic: Topic,
  text: Text(4000),
  template: v.nullable(MessageTemplate),
  orderId: v.nullable(Id),
  paymentId: v.nullable(Id),
  sentAt: Timestamp,
});

export type VerificationLevel = v.InferOutput<typeof VerificationLevel>;
export type Topic = v.InferOutput<typeof Topic>;
export type Money = v.InferOutput<typeof Money>;
export type Business = v.InferOutput<typeof Business>;
export type Consent = v.InferOutput<typeof Consent>;
export type TopicStates = v.InferOutput<typeof TopicStates>;
export type Order = v.InferOutput<typeof Order>;
export type OrderStatus = v.InferOutput<typeof OrderStatus>;
export type Payment = v.InferOutput<typeof Payment>;
export type PaymentStatus = v.InferOutput<typeof PaymentStatus>;
export type Message = v.InferOutput<typeof Message>;
