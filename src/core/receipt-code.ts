/**
 * Reads a receipt-link code from what a person typed or a QR code held: a bare code, a path
 * `/r/<code>` or a full URL. Only the code is kept — whatever host or query came with it is
 * dropped, because the code alone is resolved through our backend (PRODUCT.md Principle 2).
 */
const CODE = /^[A-Za-z0-9_-]{4,64}$/;

export function parseReceiptCode(input: string): string | null {
  const text = input.trim();
  if (CODE.test(text)) return text;
  try {
    const url = new URL(text, 'https://permiso.invalid');
    const match = /^\/r\/([^/]+)\/?$/.exec(url.pathname);
    const code = match?.[1] ? decodeURIComponent(match[1]) : null;
    return code && CODE.test(code) ? code : null;
  } catch {
    return null;
  }
}

/** The receipt link's absolute URL on this app's origin, for QR codes and sharing. */
export function receiptUrl(code: string, origin = globalThis.location?.origin ?? ''): string {
  return `${origin}/r/${encodeURIComponent(code)}`;
}
