import type { consent as en } from '../en/consent';

/** Spanish (Spain) for en/consent.ts: every key must be here, the type checks it. */
export const consent: Record<keyof typeof en, string> = {};
