/**
 * UTS #39 confusable skeletons (https://www.unicode.org/reports/tr39/#Confusable_Detection).
 * The mapping is Unicode's own confusables.txt, as packaged by `unhomoglyph` (nodeca) — not a
 * hand-made table. Only lazy screen chunks may import this module: the data is ~100 KB.
 */
import confusables from 'unhomoglyph/data.json';

const MAP = confusables as Record<string, string>;
const MARKS = /\p{M}+/gu;

/** UTS #39 `skeleton(X)`: NFD, map every code point through confusables.txt, NFD again. */
export function skeleton(text: string): string {
  let mapped = '';
  for (const char of text.normalize('NFD')) mapped += MAP[char] ?? char;
  return mapped.normalize('NFD');
}

/**
 * A skeleton made for comparing business names: case, accents and punctuation don't make a
 * name different ("Mensajería" ≈ "MENSAJERIA" ≈ "Mensajeria."), so they are folded away.
 * NFKC (between two skeleton passes, so nothing confusables.txt maps is lost) folds
 * compatibility forms such as fullwidth `Ｍ` and mathematical `𝖆`. After lowercasing, `i` is
 * merged with `l`: skeletons already merge `I`, `l`, `1` and `|`, and lowercasing must not split them.
 * `m` is the one Latin letter confusables.txt spells with two (`rn`); `foldM` folds it back to
 * one letter so a doubled `m` costs one edit, like any other doubled letter (but then a typo
 * that makes "rn" costs more: callers compare both ways).
 */
export function nameSkeleton(name: string, foldM = false): string[] {
  const compatible = skeleton(skeleton(name).normalize('NFKC')).replace(MARKS, '').toLowerCase();
  const folded = skeleton(compatible).replace(MARKS, '').replaceAll('i', 'l');
  return (foldM ? folded.replaceAll('rn', 'm') : folded).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

const SCRIPTS = ['Latin', 'Cyrillic', 'Greek', 'Armenian', 'Cherokee', 'Georgian', 'Hebrew', 'Arabic', 'Han'];
const SCRIPT_RES = SCRIPTS.map((name) => [name, new RegExp(`\\p{Script=${name}}`, 'u')] as const);

/** The scripts of a text's letters (Common and Inherited ignored), e.g. {Latin, Cyrillic}. */
export function scriptsOf(text: string): Set<string> {
  const found = new Set<string>();
  for (const char of text.normalize('NFD')) {
    if (!/\p{L}/u.test(char)) continue;
    found.add(SCRIPT_RES.find(([, re]) => re.test(char))?.[0] ?? 'Other');
  }
  return found;
}

/** True when one word mixes letters of several scripts ("Вanco": Cyrillic В, Latin anco). */
export function hasMixedScriptWord(text: string): boolean {
  return text.split(/\s+/).some((word) => scriptsOf(word).size > 1);
}

/** Levenshtein distance, with an early exit once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? 0;
}
