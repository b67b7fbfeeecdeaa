/** All English messages. Keys are shared with es.ts, which must define every one of them. */
import { consent } from './en/consent';
import { core } from './en/core';
import { orders } from './en/orders';
import { trust } from './en/trust';

export const en = { ...core, ...trust, ...consent, ...orders } as const;

export type MessageKey = keyof typeof en;
