/**
 * Trusted Types (CSP `require-trusted-types-for 'script'`). Solid's compiled JSX builds its
 * static templates by assigning compiler-made HTML strings to `<template>.innerHTML`, which is
 * a Trusted Types sink, so a `default` policy is needed. It stays narrow: HTML that could run
 * code (script-like elements, inline handlers, javascript: URLs) is refused, and the only
 * script URL allowed is our own service worker. App code never assigns HTML itself (lint:
 * noDangerouslySetInnerHtml, and no `innerHTML` in src/).
 */
const UNSAFE_HTML = /<(?:script|iframe|object|embed|base|meta|link|style)\b|\son[a-z]+\s*=|javascript:/i;

export function checkTemplateHtml(html: string): string {
  if (UNSAFE_HTML.test(html)) throw new TypeError('Refused HTML that could run code');
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
