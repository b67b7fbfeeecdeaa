/**
 * Which stored businesses imitate a verified one, computed once per data change for every
 * screen. The detector and its Unicode data load on first use in a separate chunk, so the
 * first screen's JavaScript stays small (PRODUCT.md quality budget).
 */
import { createResource, createRoot, type Resource } from 'solid-js';
import type { Business } from '../../api/schemas';
import { useBusinesses } from '../../data/queries';

/** For a list of businesses: impostor id → the verified business it imitates. */
export async function computeImitations(businesses: Business[]): Promise<Map<string, Business>> {
  const { findImitatedBusiness } = await import('./lookalike');
  const result = new Map<string, Business>();
  for (const business of businesses) {
    const imitated = findImitatedBusiness(business, businesses);
    if (imitated) result.set(business.id, imitated);
  }
  return result;
}

let shared: Resource<Map<string, Business>> | undefined;

/** Impostor id → imitated verified business, over every business stored on this phone. */
export function useImitations(): Resource<Map<string, Business>> {
  shared ??= createRoot(() => {
    const businesses = useBusinesses();
    const [resource] = createResource(() => businesses.latest, computeImitations);
    return resource;
  });
  return shared;
}
