import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScreenMessages, plural, setLocale } from './index';

const waiting = { one: 'outbox.waiting.one', other: 'outbox.waiting.other' } as const;

describe('plural', () => {
  beforeAll(loadScreenMessages);
  afterAll(() => setLocale('en'));

  it('picks the English form by Intl.PluralRules and formats the count', async () => {
    await setLocale('en');
    expect(plural(1, waiting)).toBe('1 change waiting to send');
    expect(plural(0, waiting)).toBe('0 changes waiting to send');
    expect(plural(2, waiting)).toBe('2 changes waiting to send');
    expect(plural(1000, waiting)).toBe('1,000 changes waiting to send');
  });

  it('picks the Spanish form, falling back to `other` for categories without a message', async () => {
    await setLocale('es');
    await loadScreenMessages();
    expect(plural(1, waiting)).toBe('1 cambio pendiente de envío');
    expect(plural(0, waiting)).toBe('0 cambios pendientes de envío');
    expect(plural(3, waiting)).toBe('3 cambios pendientes de envío');
    // Spanish has a `many` category (1 000 000); with no message of its own it uses `other`.
    expect(plural(1_000_000, waiting)).toMatch(/^1.000.000 cambios pendientes de envío$/);
  });

  it('fills other placeholders too', async () => {
    await setLocale('en');
    expect(plural(1, { one: 'orders.count.one', other: 'orders.count.other' })).toMatch(/^1 \w+/);
  });
});
