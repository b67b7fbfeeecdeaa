import { t } from '../../i18n';

/** "1 order" / "10,000 orders" in the current language. */
export function countLabel(kind: 'orders' | 'payments', count: number): string {
  const formatted = new Intl.NumberFormat(document.documentElement.lang || 'en').format(count);
  return t(count === 1 ? `${kind}.count.one` : `${kind}.count.other`, { count: formatted });
}
