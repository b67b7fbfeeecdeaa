/**
 * Which stored businesses imitate a verified one, computed once per data change for every
 * screen. The detector and its Unicode data load on first use in a separate chunk, so the
 * first screen's JavaScript stays small (PRODUCT.md quality budget).
 */
import { type Accessor, createEffect, createRoot, createSignal } from 'solid-js';
import type { Business } from '../api/schemas';
import { useBusinesses } from './queries';

/**
 * Whether `business` could imitate any of `all` at all: only a name that is not verified can
 * imitate a verified one. Cheap, so the detector loads only when there is something to check
 * (a signed-out visitor, with nothing stored, never loads it).
 */
export const couldImitate = (business: Business, all: Business[]): boolean =>
  business.verification.level !== 'verified' &&
  all.some((other) => other.id !== business.id && other.verification.level === 'verified');

/** For a list of businesses: impostor id → the verified business it imitates. */
export async function computeImitations(businesses: Business[]): Promise<Map<string, Business>> {
  const result = new Map<string, Business>();
  const suspects = businesses.filter((business) => couldImitate(business, businesses));
  if (suspects.length === 0) return result;
  const { findImitatedBusiness } = await import('../core/lookalike');
  for (const business of suspects) {
    const imitated = findImitatedBusiness(business, businesses);
    if (imitated) result.set(business.id, imitated);
  }
  return result;
}

let shared: Accessor<Map<string, Business>> | undefined;

/**
 * Impostor id → imitated verified business, over every business stored on this phone.
 * A plain signal, not a resource: it is shared by every screen, and a shared resource still
 * loading when a navigation starts could hold that route transition open (seen in e2e).
 */
export function useImitations(): Accessor<Map<string, Business>> {
  shared ??= createRoot(() => {
    const businesses = useBusinesses();
    const [imitations, setImitations] = createSignal(new Map<string, Business>());
    let latestRun = 0;
    createEffect(() => {
      const list = businesses.latest;
      if (!list) return;
      const run = ++latestRun;
      void computeImitations(list).then((result) => {
        if (run === latestRun) setImitations(result);
      });
    });
    return imitations;
  });
  return shared;
}
