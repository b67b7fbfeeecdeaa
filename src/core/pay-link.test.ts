import { describe, expect, it } from 'vitest';
import { checkPayLink, ownDomain } from './pay-link';

const shop = { website: 'https://www.ondamovil.example' };

describe('pay links (payment-request guard)', () => {
  it('takes the domain from the website, without www', () => {
    expect(ownDomain(shop)).toBe('ondamovil.example');
    expect(ownDomain({ website: null })).toBeNull();
  });

  it('offers https links on the business’s own domain and its subdomains', () => {
    expect(checkPayLink('https://www.ondamovil.example/pagar/1', shop)).toMatchObject({ ok: true });
    expect(checkPayLink('https://pagos.ondamovil.example/x', shop)).toMatchObject({ ok: true });
    expect(checkPayLink('https://ondamovil.example/x', shop)).toMatchObject({ ok: true });
  });

  it('withholds every other link, saying why', () => {
    const reason = (url: string | null, business: { website: string | null } | undefined = shop) => {
      const verdict = checkPayLink(url, business);
      return verdict.ok ? 'ok' : verdict.reason;
    };
    expect(reason(null)).toBe('no-link');
    expect(reason('http://www.ondamovil.example/pagar')).toBe('not-https');
    expect(reason('javascript:alert(1)')).toBe('not-https');
    expect(reason('not a url')).toBe('malformed');
    expect(reason('https://ondamovil.example.evil.example/pagar')).toBe('other-domain');
    expect(reason('https://evilondamovil.example/pagar')).toBe('other-domain');
    expect(reason('https://veloz-entregas-aviso.example/pago')).toBe('other-domain');
    expect(reason('https://user:pw@www.ondamovil.example/')).toBe('malformed');
    expect(reason('https://www.ondamovil.example/x', { website: null })).toBe('no-website');
    expect(checkPayLink('https://www.ondamovil.example/x', undefined)).toEqual({ ok: false, reason: 'no-website' });
  });
});
