/** All Spanish (Spain) messages, loaded only when Spanish is in use. */
import type { MessageKey } from './en';
import { consent } from './es/consent';
import { core } from './es/core';
import { orders } from './es/orders';
import { trust } from './es/trust';

export const es: Record<MessageKey, string> = { ...core, ...trust, ...consent, ...orders };
