/**
 * Every English message key, for types and tests. At run time the app loads core.ts with the
 * first screen and features.ts with the first lazy screen (src/i18n/index.ts).
 */
import { core } from './en/core';
import { features } from './en/features';

export const en = { ...core, ...features } as const;

export type MessageKey = keyof typeof en;
