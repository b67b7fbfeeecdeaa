import type { orders as en } from '../en/orders';

/** Spanish (Spain) for en/orders.ts: every key must be here, the type checks it. */
export const orders: Record<keyof typeof en, string> = {};
