/**
 * The Content-Security-Policy every response carries (preview server and deployments).
 * Solid compiles JSX to `<template>` strings set through `innerHTML`, so Trusted Types need a
 * `default` policy; src/trusted-types.ts keeps it narrow (see ARCHITECTURE.md "Security").
 */
export function contentSecurityPolicy(apiBase = '', styleHashes: string[] = []): string {
  const api = apiBase ? ` ${new URL(apiBase).origin}` : '';
  // The first screen's stylesheet is inlined into index.html (no render-blocking request);
  // it is allowed by its hash, never by 'unsafe-inline'.
  const styles = styleHashes.map((hash) => ` '${hash}'`).join('');
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self'${styles}`,
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
    // Only the `default` policy exists (src/trusted-types.ts); naming others would allow them.
    'trusted-types default',
  ].join('; ');
}

export const securityHeaders: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(self), geolocation=(), microphone=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** `sha256-…` sources for every inline `<style>` of an HTML document. */
export async function inlineStyleHashes(html: string): Promise<string[]> {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(match[1]));
    hashes.push(`sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`);
  }
  return hashes;
}

/** The headers of a deployment, in the `_headers` file format many static hosts read. */
export function headersFile(csp: string): string {
  const lines = Object.entries({ ...securityHeaders, 'Content-Security-Policy': csp }).map(
    ([name, value]) => `  ${name}: ${value}`,
  );
  return `/*\n${lines.join('\n')}\n/sw.js\n  Cache-Control: no-cache\n`;
}
