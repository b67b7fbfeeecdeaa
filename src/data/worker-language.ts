import { writeMeta } from '../db/meta';
import type { Locale } from '../i18n';

/** The worker words notifications in the consumer's language; it cannot read localStorage. */
export function shareLanguageWithWorker(language: Locale): void {
  void writeMeta('language', language).catch(() => undefined);
}
