import { createMemo } from 'solid-js';
import type { Business } from '../api/schemas';
import { useBusinesses } from './queries';

/** Businesses by id, for screens that show a business next to each row. */
export function useBusinessIndex(): () => Map<string, Business> {
  const businesses = useBusinesses();
  return createMemo(() => new Map((businesses.latest ?? []).map((business) => [business.id, business])));
}
