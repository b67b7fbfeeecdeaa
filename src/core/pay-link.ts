/**
 * Which payment links the app may offer (issue 5, payment-request guard): only `https`, only
 * on the business's own website domain (its host, or a subdomain of it), never with
 * credentials in the URL. Anything else is withheld — a lookalike domain is how the classic
 * "customs fee" scam works.
 */
import type { Business } from '../api/schemas';

/** The domain a business owns, from its website: `https://www.shop.example` → `shop.example`. */
export function ownDomain(business: Pick<Business, 'website'>): string | null {
  if (!business.website) return null;
  try {
    const url = new URL(business.website);
    if (url.protocol !== 'https:') return null;
    return url.hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

export type PayLinkVerdict =
  | { ok: true; url: URL }
  | { ok: false; reason: 'no-link' | 'not-https' | 'no-website' | 'other-domain' | 'malformed' };

/** Whether `payUrl` may be offered for a payment from `business`, and why not. */
export function checkPayLink(payUrl: string | null, business: Pick<Business, 'website'> | undefined): PayLinkVerdict {
  if (!payUrl) return { ok: false, reason: 'no-link' };
  let url: URL;
  try {
    url = new URL(payUrl);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (url.protocol !== 'https:') return { ok: false, reason: 'not-https' };
  if (url.username || url.password) return { ok: false, reason: 'malformed' };
  const domain = business ? ownDomain(business) : null;
  if (!domain) return { ok: false, reason: 'no-website' };
  const host = url.hostname.toLowerCase();
  if (host !== domain && !host.endsWith(`.${domain}`)) return { ok: false, reason: 'other-domain' };
  return { ok: true, url };
}
