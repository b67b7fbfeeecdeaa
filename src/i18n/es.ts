/** Every Spanish (Spain) message, for tests: the type demands every key of en.ts. */
import type { MessageKey } from './en';
import { core } from './es/core';
import { features } from './es/features';

export const es: Record<MessageKey, string> = { ...core, ...features };
