import type { trust as en } from '../en/trust';

/** Spanish (Spain) for en/trust.ts: every key must be here, the type checks it. */
export const trust: Record<keyof typeof en, string> = {};
