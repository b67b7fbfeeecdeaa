/**
 * The Content-Security-Policy every response carries (preview server and deployments).
 * Solid compiles JSX to `<template>` strings set through `innerHTML`, so Trusted Types need a
 * `default` policy; src/trusted-types.ts keeps it narrow (see ARCHITECTURE.md "Security").
 */
export function contentSecurityPolicy(apiBase = ''): string {
  const api = apiBase ? ` ${new URL(apiBase).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${api}`,
    "manifest-src 'self'",
    "worker-src 'self'",
    "media-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "require-trusted-types-for 'script'",
    'trusted-types default permiso',
  ].join('; ');
}

export const securityHeaders: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(self), geolocation=(), microphone=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
