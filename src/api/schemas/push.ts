/**
 * What a push message carries (PRODUCT.md principle 5: minimal — ids only, never text). The
 * service worker parses every payload with this before it looks anything up; a payload that
 * fails is dropped. Loose, so a backend may add fields (the mock adds `phone`) without
 * breaking older apps.
 */
import * as v from 'valibot';
import { Id, Timestamp } from './common.ts';
import { Topic } from './records.ts';

export const PushType = v.picklist(['message', 'order', 'payment']);

export const PushPayload = v.looseObject({
  type: PushType,
  /** The message, order or payment that changed. */
  id: Id,
  businessId: Id,
  topic: Topic,
  at: Timestamp,
});

export type PushType = v.InferOutput<typeof PushType>;
export type PushPayload = v.InferOutput<typeof PushPayload>;
