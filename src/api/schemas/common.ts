/** Building blocks shared by every part of the contract. */
import * as v from 'valibot';

export const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(128));
export const Timestamp = v.pipe(v.string(), v.isoTimestamp());
export const HttpsUrl = v.pipe(v.string(), v.url(), v.startsWith('https://'));
/** Untrusted display text: bounded, rendered only as text, never as HTML. */
export const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));

export const ProblemDetails = v.looseObject({
  type: v.optional(v.string()),
  title: v.optional(v.string()),
  status: v.optional(v.number()),
  detail: v.optional(v.string()),
  instance: v.optional(v.string()),
  /** Our stable machine-readable reason, used to pick a translated message. */
  code: v.optional(v.string()),
});

export type ProblemDetails = v.InferOutput<typeof ProblemDetails>;
