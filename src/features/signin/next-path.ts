/**
 * Where to go after signing in. Only a path on this origin is honoured, so a crafted
 * `?next=` can never send the consumer to another site.
 */
export function safeNextPath(next: string | string[] | undefined): string {
  const value = Array.isArray(next) ? next[0] : next;
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  try {
    const url = new URL(value, 'https://permiso.invalid');
    if (url.origin !== 'https://permiso.invalid' || url.pathname === '/signin') return '/';
    // Dot segments are resolved only now: `/.//evil.com` normalises to `//evil.com`, which
    // the router would treat as another origin (and navigate() throws on).
    if (url.pathname.startsWith('//') || url.pathname.startsWith('/\\')) return '/';
    return url.pathname + url.search + url.hash;
  } catch {
    return '/';
  }
}
