/**
 * The demo scenario: businesses and receipt links are global; each consumer who first asks
 * for a code under the 'demo' seed gets their own copy of a month of activity (consents,
 * orders, payments, messages), dated relative to now so the demo always looks fresh.
 */
import type { Consent, Message, Order, Payment, Topic } from '../src/api/schemas';
import { seedMessages } from './seed-messages.ts';
import { at, type NextId, seedCommerce } from './seed-orders.ts';
import type { ReceiptLink } from './store';

export { LOOKALIKES, seedBusinesses } from './seed-businesses.ts';

const DAY = 86_400_000;

/** Allowed topics per business; absent businesses (the impostors among them) were never allowed. */
const ALLOWED: [string, Topic[], number][] = [
  ['biz-horizonte', ['payments', 'care'], 300],
  ['biz-veloz', ['orders', 'care'], 120],
  ['biz-moda-marina', ['orders', 'payments', 'promotions'], 90],
  ['biz-electronorte', ['orders', 'payments', 'care'], 60],
  ['biz-libreria-prado', ['orders'], 3],
  ['biz-huerta-ana', ['orders', 'payments'], 45],
  ['biz-farmacia-sol', ['orders', 'care'], 4],
  ['biz-onda', ['payments', 'care'], 200],
  ['biz-iberavia', ['payments', 'care', 'promotions'], 30],
  ['biz-casa-lucia', ['care', 'promotions'], 20],
  ['biz-surf-canarias', ['orders', 'payments'], 1],
];

function seedConsents(now: Date): Consent[] {
  const allowed = ALLOWED.map(
    ([businessId, topics, daysAgo]): Consent => ({
      businessId,
      topics: {
        orders: topics.includes('orders'),
        payments: topics.includes('payments'),
        care: topics.includes('care'),
        promotions: topics.includes('promotions'),
      },
      blocked: false,
      updatedAt: at(now, -daysAgo * DAY),
    }),
  );
  // Blocked after a month of unwanted offers: every topic withdrawn.
  const blocked: Consent = {
    businessId: 'biz-ferreteria-paco',
    topics: { orders: false, payments: false, care: false, promotions: false },
    blocked: true,
    updatedAt: at(now, -29 * DAY),
  };
  return [...allowed, blocked];
}

/** One consumer's demo activity; ids come from the store so they are unique across users. */
export function seedUserActivity(
  now: Date,
  nextId: NextId,
): { consents: Consent[]; orders: Order[]; payments: Payment[]; messages: Message[] } {
  const { orders, payments } = seedCommerce(now, nextId);
  const messages = seedMessages(now, nextId, orders, payments);
  return { consents: seedConsents(now), orders: [...orders.values()], payments: [...payments.values()], messages };
}

/** Receipt links printed "on paper": one per outcome the landing page must handle. */
export function seedLinks(now: Date): ReceiptLink[] {
  const link = (code: string, businessId: string, topics: Topic[], extra: Partial<ReceiptLink> = {}): ReceiptLink => ({
    id: `lnk-${code}`,
    code,
    businessId,
    orderId: null,
    topics,
    expiresAt: null,
    revoked: false,
    ...extra,
  });
  return [
    link('demo-libreria', 'biz-libreria-prado', ['orders', 'promotions']),
    link('demo-casa-lucia', 'biz-casa-lucia', ['care'], { expiresAt: at(now, 30 * DAY) }),
    link('demo-impostor', 'biz-horizonte-soporte', ['care', 'payments']),
    link('demo-expired', 'biz-moda-marina', ['orders'], { expiresAt: at(now, -DAY) }),
    link('demo-revoked', 'biz-electronorte', ['orders'], { revoked: true }),
  ];
}
