/**
 * Receipt links resolved in this tab, so a landing already seen still shows offline
 * (PRODUCT.md Principle 6). Read back through the contract schema; sign-out clears it.
 */
import * as v from 'valibot';
import { ApiError } from '../api/errors';
import { LinkResolution } from '../api/schemas';
import { resolveReceiptLink } from './links';

const PREFIX = 'permiso.link.';

export interface Resolved {
  link: LinkResolution;
  /** True when the network failed and this is what the link showed earlier. */
  fromCache: boolean;
}

/** Resolves through the backend; on a network failure, falls back to this tab's copy. */
export async function resolveWithCache(code: string): Promise<Resolved> {
  try {
    const link = await resolveReceiptLink(code);
    try {
      sessionStorage.setItem(PREFIX + code, JSON.stringify(link));
    } catch {
      // Storage full or unavailable: the landing still works, just not offline.
    }
    return { link, fromCache: false };
  } catch (error) {
    const unreachable = !(error instanceof ApiError) || error.kind !== 'http';
    const stored = unreachable ? sessionStorage.getItem(PREFIX + code) : null;
    if (stored) {
      const parsed = v.safeParse(LinkResolution, JSON.parse(stored));
      if (parsed.success) return { link: parsed.output, fromCache: true };
    }
    throw error;
  }
}
