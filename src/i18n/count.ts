import { plural } from '.';

/** "1 order" / "10,000 orders" in the current language. */
export function countLabel(kind: 'orders' | 'payments', count: number): string {
  return plural(count, { one: `${kind}.count.one`, other: `${kind}.count.other` });
}
