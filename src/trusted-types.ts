/**
 * Trusted Types (CSP `require-trusted-types-for 'script'`). Solid's compiled JSX builds its
 * static templates by assigning compiler-made HTML strings to `<template>.innerHTML`, which is
 * a Trusted Types sink, so a `default` policy is needed. It stays narrow: HTML that could run
 * code (script-like elements, inline handlers after any separator, formaction/srcdoc,
 * javascript: URLs even when written with character references) is refused, and the only
 * script URL allowed is our own service worker. App code never assigns HTML itself (lint:
 * noDangerouslySetInnerHtml, and no `innerHTML` in src/).
 */
const UNSAFE_ELEMENT = /<(?:script|iframe|frame|frameset|object|embed|applet|portal|base|meta|link|style)\b/i;
/** An inline handler after any separator HTML accepts: `<svg/onload=…>`, `<img/src/onerror=…>`, `x="1"onclick=…`. */
const HANDLER = /[\s/"']on[a-z]+\s*=/i;
/** Attributes that run or load code through another path: a submit button's URL, an iframe's document. */
const CODE_ATTRIBUTE = /[\s/"'](?:formaction|srcdoc)\s*=/i;
const SCRIPT_URL = /(?:java|vb)script:|data:text\/html/i;

const NAMED_REFERENCES: Record<string, string> = { colon: ':', tab: '\t', newline: '\n' };

/**
 * The text a URL parser would see: character references decoded (`&#106;`, `&#x6A;`,
 * `&colon;`, `&Tab;`…) and the whitespace and control characters it strips removed, so
 * `&#106;ava&Tab;script&colon;` is caught. Other named references (`&nbsp;`, `&lt;`) stay.
 */
function decoded(html: string): string {
  const references = html.replace(
    /&#x([0-9a-f]+);?|&#(\d+);?|&(colon|tab|newline);/gi,
    (_, hex?: string, dec?: string, named?: string) => {
      if (named) return NAMED_REFERENCES[named.toLowerCase()] ?? '';
      const code = hex ? Number.parseInt(hex, 16) : Number(dec);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    },
  );
  // biome-ignore lint/suspicious/noControlCharactersInRegex: URL parsers drop these, so must we.
  return references.replace(/[\s\u0000-\u001f\u007f]+/g, '');
}

export function checkTemplateHtml(html: string): string {
  if (
    UNSAFE_ELEMENT.test(html) ||
    HANDLER.test(html) ||
    CODE_ATTRIBUTE.test(html) ||
    SCRIPT_URL.test(html) ||
    SCRIPT_URL.test(decoded(html))
  ) {
    throw new TypeError('Refused HTML that could run code');
  }
  return html;
}

export function checkScriptUrl(url: string): string {
  const parsed = new URL(url, location.href);
  if (parsed.origin === location.origin && parsed.pathname === '/sw.js') return parsed.href;
  throw new TypeError(`Refused script URL ${url}`);
}

interface TrustedTypesFactory {
  createPolicy(name: string, rules: Record<string, (input: string) => string>): unknown;
  defaultPolicy: unknown;
}

const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
if (factory && !factory.defaultPolicy) {
  factory.createPolicy('default', { createHTML: checkTemplateHtml, createScriptURL: checkScriptUrl });
}
