/**
 * The worker's few words (it has no Solid i18n): notification texts in English and Spanish,
 * chosen by the language the page stored in IndexedDB (`meta.language`), else the browser's.
 */
import type { PushType, VerificationLevel } from '../api/schemas';
import { readMeta } from '../db/meta';

export type WorkerLocale = 'en' | 'es';

interface Words {
  title: Record<PushType, string>;
  level: Record<VerificationLevel, string>;
  /** Body when the business is not known on this device (never a name from the payload). */
  unknownBusiness: string;
}

export const WORDS: Record<WorkerLocale, Words> = {
  en: {
    title: { message: 'New message', order: 'Order update', payment: 'Payment update' },
    level: { verified: 'Verified', confirmed: 'Confirmed', unconfirmed: 'Unconfirmed' },
    unknownBusiness: 'A business you have not added yet',
  },
  es: {
    title: { message: 'Nuevo mensaje', order: 'Novedades de tu pedido', payment: 'Novedades de tu pago' },
    level: { verified: 'Verificada', confirmed: 'Confirmada', unconfirmed: 'Sin confirmar' },
    unknownBusiness: 'Una empresa que aún no has añadido',
  },
};

/** The stored UI language, else the browser's, else English. */
export async function workerLocale(): Promise<WorkerLocale> {
  const stored = await readMeta('language').catch(() => undefined);
  if (stored === 'en' || stored === 'es') return stored;
  return globalThis.navigator?.language?.toLowerCase().startsWith('es') ? 'es' : 'en';
}
