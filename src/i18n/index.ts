/**
 * Language and formatting. The first screen carries only the English core messages; the
 * messages of the lazy screens, and Spanish, load on demand (before the screen that needs
 * them renders, so nothing flashes). The language follows the browser until the consumer
 * picks one in Settings, and is remembered on this device.
 */
import { createSignal } from 'solid-js';
import type { MessageKey } from './en';
import { core as englishCore } from './en/core';

export type Locale = 'en' | 'es';
export const LOCALES: Locale[] = ['en', 'es'];
const STORAGE_KEY = 'permiso.lang';

type Dictionary = Partial<Record<MessageKey, string>>;
const dictionaries: Record<Locale, Dictionary> = { en: { ...englishCore }, es: {} };
const loadedParts = new Set<string>(['en/core']);
/** Bumps when messages arrive, so text rendered before them updates. */
const [messagesVersion, setMessagesVersion] = createSignal(0);

const PARTS: Record<string, () => Promise<Dictionary>> = {
  'es/core': async () => (await import('./es/core')).core,
  'en/features': async () => (await import('./en/features')).features,
  'es/features': async () => (await import('./es/features')).features,
};

async function loadPart(locale: Locale, part: 'core' | 'features'): Promise<void> {
  const name = `${locale}/${part}`;
  if (loadedParts.has(name)) return;
  const messages = await PARTS[name]!();
  Object.assign(dictionaries[locale], messages);
  loadedParts.add(name);
  setMessagesVersion((n) => n + 1);
}

function initialLocale(): Locale {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (stored === 'en' || stored === 'es') return stored;
  const preferred = globalThis.navigator?.languages ?? [globalThis.navigator?.language ?? 'en'];
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'es' || base === 'en') return base;
  }
  return 'en';
}

const [locale, setLocaleSignal] = createSignal<Locale>('en');

export { locale };

function applyLocale(next: Locale): void {
  setLocaleSignal(next);
  if (typeof document !== 'undefined') document.documentElement.lang = next;
}

/** Loads the language this device uses; awaited once before the first render. */
export async function loadInitialLocale(): Promise<void> {
  const initial = initialLocale();
  const loaded = await loadPart(initial, 'core').then(
    () => true,
    () => false,
  );
  applyLocale(loaded ? initial : 'en');
}

/** Loads the messages of the lazy screens in the current language (and English, the fallback). */
export async function loadScreenMessages(): Promise<void> {
  await Promise.all([loadPart('en', 'features'), loadPart(locale(), 'features')]);
}

/** Wraps a lazy screen's import so its messages are there before it renders. */
export function withMessages<T>(load: () => Promise<T>): () => Promise<T> {
  return async () => (await Promise.all([load(), loadScreenMessages()]))[0];
}

export async function setLocale(next: Locale): Promise<void> {
  await Promise.all([
    loadPart(next, 'core'),
    loadedParts.has('en/features') ? loadPart(next, 'features') : Promise.resolve(),
  ]);
  localStorage.setItem(STORAGE_KEY, next);
  applyLocale(next);
}

/** The message for `key` in the current language, with `{name}` placeholders filled. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  messagesVersion();
  const template = dictionaries[locale()][key] ?? dictionaries.en[key] ?? key;
  return params ? template.replace(/\{(\w+)\}/g, (match, name: string) => String(params[name] ?? match)) : template;
}

/** What i18n needs of a failed call (the API client's `ApiError` has this shape). */
interface DescribedError {
  kind: string;
  code: string;
  status?: number;
}

const isDescribed = (error: unknown): error is DescribedError =>
  error instanceof Error && typeof (error as Partial<DescribedError>).kind === 'string' && 'code' in error;

/** A translated sentence for a failed call: the backend's code when we know it, else the kind. */
export function describeError(error: unknown): string {
  if (!isDescribed(error)) return t('error.network');
  const specific = `error.${error.code}` as MessageKey;
  if (specific in dictionaries.en) return t(specific);
  return t(`error.${error.kind}` as MessageKey, { status: error.status ?? 0 });
}

interface Formatters {
  tag: string;
  plural: Intl.PluralRules;
  number: Intl.NumberFormat;
  date: Intl.DateTimeFormat;
  dateTime: Intl.DateTimeFormat;
  relative: Intl.RelativeTimeFormat;
}
let cached: { locale: Locale; formatters: Formatters } | null = null;

/** Intl formatters for the current language, made on first use (they are slow to construct). */
function formatters(): Formatters {
  const current = locale();
  if (cached?.locale !== current) {
    const tag = current === 'es' ? 'es-ES' : 'en-GB';
    cached = {
      locale: current,
      formatters: {
        tag,
        plural: new Intl.PluralRules(tag),
        number: new Intl.NumberFormat(tag),
        date: new Intl.DateTimeFormat(tag, { dateStyle: 'medium' }),
        dateTime: new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }),
        relative: new Intl.RelativeTimeFormat(tag, { numeric: 'auto' }),
      },
    };
  }
  return cached.formatters;
}

/** A message per plural category; `other` serves every category without its own message. */
export type PluralForms = { one: MessageKey; other: MessageKey } & Partial<Record<Intl.LDMLPluralRule, MessageKey>>;

/**
 * The message for `count` in the current language's plural category (Intl.PluralRules, so
 * Spanish "1 cambio" / "2 cambios" and whatever other languages need), with `{count}` filled
 * in as a localised number and any other `params`.
 */
export function plural(count: number, forms: PluralForms, params?: Record<string, string | number>): string {
  const { plural: rules, number } = formatters();
  const category = rules.select(count);
  return t(forms[category] ?? forms.other, { ...params, count: number.format(count) });
}

export const formatDate = (iso: string): string => formatters().date.format(new Date(iso));
export const formatDateTime = (iso: string): string => formatters().dateTime.format(new Date(iso));

/** Money in minor units, in its own currency (PRODUCT.md Domain: Money). */
export function formatMoney(money: { amount: number; currency: string }): string {
  const format = new Intl.NumberFormat(formatters().tag, { style: 'currency', currency: money.currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(money.amount / 10 ** digits);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** "5 minutes ago", "tomorrow": the largest unit that fits. */
export function formatRelative(iso: string, now = Date.now()): string {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second') {
      return formatters().relative.format(Math.round(seconds / size), unit);
    }
  }
  return '';
}
