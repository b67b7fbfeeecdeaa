/**
 * Language and formatting. English ships in the first screen's bundle and Spanish loads when
 * chosen (before the first render, so nothing flashes); the choice follows the browser until
 * the consumer picks one in Settings, and is remembered on this device.
 */
import { createSignal } from 'solid-js';
import { ApiError } from '../api/errors';
import { en, type MessageKey } from './en';

export type Locale = 'en' | 'es';
export const LOCALES: Locale[] = ['en', 'es'];
const STORAGE_KEY = 'permiso.lang';
const dictionaries: Partial<Record<Locale, Record<MessageKey, string>>> = { en };

async function loadDictionary(locale: Locale): Promise<void> {
  if (locale === 'es') dictionaries.es ??= (await import('./es')).es;
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
  await loadDictionary(initial).catch(() => undefined);
  applyLocale(dictionaries[initial] ? initial : 'en');
}

export async function setLocale(next: Locale): Promise<void> {
  await loadDictionary(next);
  localStorage.setItem(STORAGE_KEY, next);
  applyLocale(next);
}

/** The message for `key` in the current language, with `{name}` placeholders filled. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const template = dictionaries[locale()]?.[key] ?? en[key];
  return params ? template.replace(/\{(\w+)\}/g, (match, name: string) => String(params[name] ?? match)) : template;
}

/** A translated sentence for a failed call: the backend's code when we know it, else the kind. */
export function describeError(error: unknown): string {
  if (!(error instanceof ApiError)) return t('error.network');
  const specific = `error.${error.code}` as MessageKey;
  if (specific in en) return t(specific);
  return t(`error.${error.kind}` as MessageKey, { status: error.status });
}

interface Formatters {
  tag: string;
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
        date: new Intl.DateTimeFormat(tag, { dateStyle: 'medium' }),
        dateTime: new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }),
        relative: new Intl.RelativeTimeFormat(tag, { numeric: 'auto' }),
      },
    };
  }
  return cached.formatters;
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
