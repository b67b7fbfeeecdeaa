/**
 * Offline search over the businesses stored on this phone (issue 3, "Finding businesses").
 * Names are compared as confusable skeletons, so typing "veloz" also finds "Vel0z" — and an
 * impostor is never ranked above the verified business it imitates.
 */
import type { Business } from '../../api/schemas';
import { editDistance, nameSkeleton } from '../../core/skeleton';

const LEVEL_RANK = { verified: 0, confirmed: 1, unconfirmed: 2 } as const;

/** How well `name` matches the query words: 0 best (prefix of a word), 2 fuzzy, null no match. */
function matchScore(name: string, query: string[]): number | null {
  const words = nameSkeleton(name);
  const joined = words.join(' ');
  let worst = 0;
  for (const term of query) {
    if (words.some((word) => word.startsWith(term))) continue;
    if (joined.includes(term)) worst = Math.max(worst, 1);
    else if (term.length >= 4 && words.some((word) => editDistance(word.slice(0, term.length), term, 1) <= 1))
      worst = Math.max(worst, 2);
    else return null;
  }
  return worst;
}

/**
 * Businesses whose name matches `query`, best first: businesses that imitate nobody, then match
 * quality, verification level and name. An impostor brings the business it imitates into the
 * results, above itself. `imitates` maps impostor id → the verified business it imitates.
 */
export function searchBusinesses(
  businesses: Business[],
  query: string,
  imitates: ReadonlyMap<string, Business>,
): Business[] {
  const terms = nameSkeleton(query);
  const scored = businesses
    .map((business) => ({ business, score: terms.length === 0 ? 0 : matchScore(business.displayName, terms) }))
    .filter((entry): entry is { business: Business; score: number } => entry.score !== null);
  // Whoever searches for an impostor's name is looking for the real business: show it first.
  const found = new Set(scored.map((entry) => entry.business.id));
  for (const { business } of [...scored]) {
    const real = imitates.get(business.id);
    if (real && !found.has(real.id) && businesses.some((b) => b.id === real.id)) {
      found.add(real.id);
      scored.push({ business: real, score: 0 });
    }
  }
  scored.sort(
    (a, b) =>
      Number(imitates.has(a.business.id)) - Number(imitates.has(b.business.id)) ||
      a.score - b.score ||
      LEVEL_RANK[a.business.verification.level] - LEVEL_RANK[b.business.verification.level] ||
      a.business.displayName.localeCompare(b.business.displayName),
  );
  return scored.map((entry) => entry.business);
}
