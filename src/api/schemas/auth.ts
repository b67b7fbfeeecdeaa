/** Sign-in: the only schemas the first screen needs. */
import * as v from 'valibot';
import { Id } from './common.ts';

export const Phone = v.pipe(
  v.string(),
  v.trim(),
  v.regex(/^\+?[0-9 ()-]{6,20}$/, 'invalid-phone'),
  v.transform((s) => s.replace(/[ ()-]/g, '')),
);
export const OneTimeCode = v.pipe(v.string(), v.trim(), v.regex(/^\d{6}$/, 'invalid-code'));

export const CodeRequest = v.object({ phone: Phone });
export const CodeSent = v.object({
  phone: v.string(),
  expiresInSeconds: v.number(),
  /** Only the demo backend tells the code; a real one never does. */
  demoCode: v.optional(v.string()),
});
export const SessionRequest = v.object({ phone: Phone, code: OneTimeCode });
export const Session = v.object({
  token: v.pipe(v.string(), v.minLength(16)),
  user: v.object({ id: Id, phone: v.string() }),
});

export type CodeSent = v.InferOutput<typeof CodeSent>;
export type Session = v.InferOutput<typeof Session>;
