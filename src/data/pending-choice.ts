/**
 * A choice made on a receipt landing before signing in, kept in this tab's sessionStorage so
 * the visitor does not have to choose twice after signing in. It is never read from the URL:
 * a crafted link must not be able to grant consent on anyone's behalf (PRODUCT.md Principle 1).
 */
import * as v from 'valibot';
import { Topic } from '../api/schemas';

const KEY = 'permiso.receiptChoice';
/** A choice older than this is stale: the visitor must choose again. */
const MAX_AGE_MS = 30 * 60 * 1000;

const PendingChoice = v.object({
  code: v.string(),
  businessId: v.string(),
  topics: v.array(Topic),
  shownText: v.pipe(v.string(), v.maxLength(2000)),
  dataUseVersion: v.pipe(v.string(), v.maxLength(40)),
  savedAt: v.number(),
});
export type PendingChoice = v.InferOutput<typeof PendingChoice>;

export function savePendingChoice(choice: Omit<PendingChoice, 'savedAt'>): void {
  sessionStorage.setItem(KEY, JSON.stringify({ ...choice, savedAt: Date.now() }));
}

/** The pending choice for this code and business (removing it), or null. */
export function takePendingChoice(code: string, businessId: string, now = Date.now()): PendingChoice | null {
  const raw = sessionStorage.getItem(KEY);
  if (raw === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = null;
  }
  const result = v.safeParse(PendingChoice, parsed);
  if (!result.success || result.output.code !== code) return null;
  sessionStorage.removeItem(KEY);
  const choice = result.output;
  return choice.businessId === businessId && now - choice.savedAt <= MAX_AGE_MS ? choice : null;
}
