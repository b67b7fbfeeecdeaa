/**
 * Lookalike detection (issue 3, PRODUCT.md Principle 2: names that imitate a verified business
 * are called out). A name imitates a verified one when, after UTS #39 skeletons fold away
 * homoglyphs, case and accents, and after the words impostors like to add ("Soporte",
 * "Official", "Atención al cliente") are set aside, it is the same name, nearly the same name
 * (a small edit distance, a bit larger when a word mixes scripts), or contains it.
 */
import type { Business } from '../api/schemas';
import { editDistance, hasMixedScriptWord, nameSkeleton } from './skeleton.ts';

/** Words that make "Banco Horizonte Soporte" sound official without naming anyone else. */
const DECOY_WORDS = [
  'support',
  'soporte',
  'oficial',
  'official',
  'help',
  'ayuda',
  'helpdesk',
  'atencion',
  'cliente',
  'clientes',
  'customer',
  'customers',
  'care',
  'service',
  'services',
  'servicio',
  'servicios',
  'team',
  'equipo',
  'avisos',
  'aviso',
  'alerts',
  'alert',
  'alertas',
  'notificaciones',
  'notifications',
  'info',
  'informacion',
  'seguridad',
  'security',
  'secure',
  'verificacion',
  'verification',
  'verified',
  'verificado',
  'online',
  'app',
  'pagos',
  'payments',
  'cuenta',
  'account',
  'centro',
  'center',
  'centre',
  'contacto',
  'contact',
  'es',
  'spain',
  'espana',
  'hq',
  'admin',
  'oficina',
  'office',
  'premium',
  'plus',
  'real',
  'original',
  'tm',
];
/** Connecting words ignored on both sides ("La Huerta de Ana" ≈ "Huerta Ana"). */
const FILLER_WORDS = ['de', 'del', 'la', 'el', 'los', 'las', 'al', 'y', 'e', 'the', 'of', 'and', 'by'];

const fold = (words: string[]) =>
  new Set(words.flatMap((word) => [...nameSkeleton(word), ...nameSkeleton(word, true)]));
const DECOYS = fold(DECOY_WORDS);
const FILLERS = fold(FILLER_WORDS);

const skeletonCache = new Map<string, string[]>();

/** nameSkeleton, remembered: every name is compared with every verified one. */
function skeletonOf(name: string, foldM: boolean): string[] {
  const key = `${foldM ? 1 : 0}${name}`;
  let words = skeletonCache.get(key);
  if (!words) {
    words = nameSkeleton(name, foldM);
    if (skeletonCache.size > 5000) skeletonCache.clear();
    skeletonCache.set(key, words);
  }
  return words;
}

/** How many edits still count as "the same name" for a skeleton of this length. */
function tolerance(length: number, mixedScripts: boolean): number {
  const base = length < 5 ? 0 : Math.max(1, Math.floor(length * 0.15));
  return base + (mixedScripts ? 1 : 0);
}

/**
 * How closely `candidate` imitates the name whose skeleton words are `target`: an edit distance
 * (lower is closer), or null when it does not imitate it.
 */
export function imitationDistance(candidate: string, target: string): number | null {
  const plain = distanceBetween(skeletonOf(candidate, false), skeletonOf(target, false), candidate);
  const folded = distanceBetween(skeletonOf(candidate, true), skeletonOf(target, true), candidate);
  if (plain === null) return folded;
  return folded === null ? plain : Math.min(plain, folded);
}

function distanceBetween(all: string[], targetAll: string[], candidate: string): number | null {
  const targetWords = targetAll.filter((word) => !FILLERS.has(word));
  const targetJoined = targetWords.join('');
  if (targetJoined.length < 3) return null;
  const targetSet = new Set(targetAll);
  const core = all.filter((word) => targetSet.has(word) || !isDecoy(word));
  const coreNoFillers = core.filter((word) => !FILLERS.has(word));
  const addedDecoys = core.length < all.length;
  const mixed = hasMixedScriptWord(candidate);
  const limit = tolerance(targetJoined.length, mixed);

  // The whole name, spaces and connecting words ignored ("BancoHorizonte", "LaHuertadeAna").
  const whole = Math.min(
    editDistance(coreNoFillers.join(''), targetJoined, limit),
    editDistance(core.filter((word) => targetSet.has(word) || !FILLERS.has(word)).join(''), targetAll.join(''), limit),
  );
  if (whole <= limit) return whole;

  // The verified name inside a longer one ("Banco Horizonte Particulares").
  if (targetJoined.length >= 6) {
    for (let start = 0; start + targetWords.length <= coreNoFillers.length; start++) {
      const window = coreNoFillers.slice(start, start + targetWords.length).join('');
      const distance = editDistance(window, targetJoined, limit);
      if (distance <= limit) return distance + 1;
    }
  }

  // Part of the verified name dressed up as official ("Veloz Avisos", "Moda Soporte").
  const coreJoined = coreNoFillers.join('');
  if ((addedDecoys || mixed) && coreJoined.length >= 5) {
    const partial = coreNoFillers.every((word) =>
      targetWords.some((t) => editDistance(word, t, 1) <= (t.length >= 5 ? 1 : 0)),
    );
    if (partial) return limit + 2;
  }
  return null;
}

const decoyCache = new Map<string, boolean>();

/** A decoy word, or a one-letter slip of a long one ("Soporet", "Oficcial"). */
function isDecoy(word: string): boolean {
  if (DECOYS.has(word)) return true;
  if (word.length < 5) return false;
  let known = decoyCache.get(word);
  if (known === undefined) {
    known = [...DECOYS].some((decoy) => decoy.length >= 5 && editDistance(word, decoy, 1) <= 1);
    if (decoyCache.size > 5000) decoyCache.clear();
    decoyCache.set(word, known);
  }
  return known;
}

/**
 * The verified business that `business` imitates, or null. A verified business never
 * imitates, and a business never imitates itself. Keep this signature stable: other screens
 * (payments, messages) call it.
 */
export function findImitatedBusiness(business: Business, all: Business[]): Business | null {
  if (business.verification.level === 'verified') return null;
  let best: { business: Business; distance: number } | null = null;
  for (const candidate of all) {
    if (candidate.id === business.id || candidate.verification.level !== 'verified') continue;
    const distance = imitationDistance(business.displayName, candidate.displayName);
    if (distance !== null && (best === null || distance < best.distance)) best = { business: candidate, distance };
  }
  return best?.business ?? null;
}
