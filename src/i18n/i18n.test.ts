import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import { en } from './en';
import { es } from './es';
import { describeError, formatMoney, formatRelative, setLocale, t } from './index';

describe('i18n', () => {
  it('has every English key in Spanish, none empty', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const value of Object.values(es)) expect(value.trim()).not.toBe('');
  });

  it('switches language and fills placeholders', async () => {
    await setLocale('es');
    expect(t('signin.demoCode', { code: '123456' })).toBe('Demo: el código enviado es 123456');
    await setLocale('en');
    expect(t('signin.demoCode', { code: '123456' })).toBe('Demo: the code sent is 123456');
    expect(localStorage.getItem('permiso.lang')).toBe('en');
  });

  it('formats money from minor units in its own currency', async () => {
    await setLocale('en');
    expect(formatMoney({ amount: 123456, currency: 'EUR' })).toBe('€1,234.56');
    expect(formatMoney({ amount: 1500, currency: 'JPY' })).toBe('JP¥1,500');
    await setLocale('es');
    expect(formatMoney({ amount: 123456, currency: 'EUR' })).toMatch(/1234,56\s€|1\.234,56\s€/);
    await setLocale('en');
  });

  it('formats relative times with the largest unit that fits', () => {
    const now = Date.parse('2026-11-22T12:00:00Z');
    expect(formatRelative('2026-11-22T11:55:00Z', now)).toBe('5 minutes ago');
    expect(formatRelative('2026-11-21T12:00:00Z', now)).toBe('yesterday');
  });

  it('explains errors by the backend code when known, else by kind', () => {
    expect(describeError(new ApiError('http', 'wrong-code', 401))).toMatch(/code is not right/);
    expect(describeError(new ApiError('http', 'teapot', 418))).toMatch(/refused the request \(418\)/);
    expect(describeError(new ApiError('malformed', 'malformed'))).toMatch(/cannot read/);
  });
});
