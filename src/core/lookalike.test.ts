/**
 * Lookalike detection, tested with generated homoglyph variants of every verified name in the
 * demo seed (fast-check) and with legitimate, distinct names that must never be flagged.
 * The "rates" test prints the detection and false-positive rates reported in issue 3.
 */
import fc from 'fast-check';
import confusables from 'unhomoglyph/data.json';
import { describe, expect, it } from 'vitest';
import { seedBusinesses } from '../../mocks/seed-businesses';
import type { Business } from '../api/schemas';
import { findImitatedBusiness } from './lookalike';
import { skeleton } from './skeleton';

const seed = seedBusinesses(new Date('2026-01-01T00:00:00Z'));
const verified = seed.filter((b) => b.verification.level === 'verified');
const base = seed[0] as Business;
const impostor = (displayName: string, level: 'unconfirmed' | 'confirmed' = 'unconfirmed'): Business => ({
  ...base,
  id: 'biz-test-candidate',
  displayName,
  verification: { level, checkedBy: null, since: null, checks: [] },
});

/** Unicode's confusables, reversed: a character → every other character with its skeleton. */
const LOOKALIKES = new Map<string, string[]>();
for (const source of Object.keys(confusables as Record<string, string>)) {
  const target = skeleton(source);
  if (source === target || [...target].length !== 1) continue;
  LOOKALIKES.set(target, [...(LOOKALIKES.get(target) ?? []), source]);
}

const DECOYS = ['Soporte', 'Support', 'Oficial', 'Official', 'Help', 'Atención al Cliente', 'Avisos', 'Ayuda'];
const DIGITS: Record<string, string> = { o: '0', O: '0', l: '1', I: '1', i: '1' };

/** Swap 1–3 letters for confusable characters from Unicode's data (other scripts, symbols). */
const homoglyphs = (name: string) =>
  fc.array(fc.nat({ max: name.length - 1 }), { minLength: 1, maxLength: 3 }).chain((positions) =>
    fc.tuple(...positions.map(() => fc.nat())).map((picks) => {
      const chars = [...name];
      positions.forEach((position, i) => {
        const options = LOOKALIKES.get(chars[position] ?? '') ?? [];
        if (options.length > 0) chars[position] = options[(picks[i] ?? 0) % options.length] ?? '';
      });
      return chars.join('');
    }),
  );

const digitSwap = (name: string) => name.replace(/[oOlIi]/, (c) => DIGITS[c] ?? c);
const stripAccents = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '');

/** One typo: a letter doubled, dropped or replaced (only for names long enough to tolerate it). */
const typo = (name: string) =>
  fc.tuple(fc.nat({ max: name.length - 1 }), fc.constantFrom('double', 'drop', 'swap')).map(([at, kind]) => {
    const letters = [...name];
    if (!/\p{L}/u.test(letters[at] ?? '')) return name;
    if (kind === 'double') letters.splice(at, 0, letters[at] ?? '');
    else if (kind === 'drop') letters.splice(at, 1);
    else letters[at] = letters[at] === 'a' ? 'e' : 'a';
    return letters.join('');
  });

/** A verified name and a disguise of it: case, accents, spacing, homoglyphs, digits, decoys, typos. */
const disguised = fc.constantFrom(...verified).chain((real) =>
  fc
    .tuple(
      fc.constantFrom('same', 'upper', 'lower', 'noAccents', 'noSpaces', 'dashes'),
      fc.boolean(),
      fc.option(fc.constantFrom(...DECOYS), { nil: undefined }),
      fc.boolean(),
      fc.boolean(),
    )
    .chain(([shape, digits, decoy, decoyFirst, withTypo]) => {
      // Case first: lowercasing a confusable (Greek Μ → μ) makes a character that no longer looks alike.
      let text = real.displayName;
      if (shape === 'upper') text = text.toUpperCase();
      if (shape === 'lower') text = text.toLowerCase();
      if (shape === 'noAccents') text = stripAccents(text);
      if (shape === 'noSpaces') text = text.replaceAll(' ', '');
      if (shape === 'dashes') text = text.replaceAll(' ', '-');
      const long = stripAccents(real.displayName).replace(/\W/g, '').length >= 7;
      return (withTypo && long ? typo(text) : fc.constant(text))
        .chain((typed) => homoglyphs(digits ? digitSwap(typed) : typed))
        .map((name) => ({ real, name: decoy ? (decoyFirst ? `${decoy} ${name}` : `${name} ${decoy}`) : name }));
    }),
);

/** Real, distinct businesses: some share a word with a verified one, none imitates it. */
const LEGITIMATE = [
  'Farmacia del Sol',
  'Librería del Prado',
  'Casa Lucía',
  'Surf Canarias',
  'Ferretería Paco',
  'Banco Sabadell',
  'Banca March',
  'Banco Central Europeo',
  'Caja Rural del Sur',
  'Onda Cero Radio',
  'Ondas del Mediterráneo',
  'Movistar',
  'Vodafone España',
  'Iberia',
  'Air Europa',
  'Vueling',
  'Binter Canarias',
  'Moda Joven Sevilla',
  'Marina Yachts',
  'Marinas de Galicia',
  'ElectroSur',
  'Electrodomésticos García',
  'MediaMarkt',
  'La Huerta de Pepe',
  'Huerta del Valle',
  'Frutas Ana',
  'Panadería Ana',
  'Taxis Rápidos',
  'Mensajería Express Norte',
  'SEUR',
  'Correos',
  'Horizonte Inmobiliaria Sur',
  'Hotel Horizonte Azul',
  'Viajes Meridiano',
  'Pescadería Moda',
  'Zapatería Ana',
  'Óptica Norte',
  'Norte Seguros',
  'Clínica Dental Sonrisa',
  'Gimnasio Fuerza',
  'Academia Veloz de Idiomas',
  'Talleres Mecánicos López',
  'Floristería Margarita',
  'Carnicería Hermanos Ruiz',
  'Mercadona',
  'El Corte Inglés',
  'Decathlon',
  'Bricomart',
  'Pharma Sol Online',
  'Café Central',
  'Restaurante Iberico Madrid',
  'Mobile Onda Tech',
  'Banco de Alimentos',
  'Frutería La Huertana',
  'Support Desk Ltd',
  'Soporte Informático Pérez',
  'Oficial Mayor Notaría',
  'Help Point Canarias',
  'Atención Dental Plus',
  'Modas Carolina',
  'Iberdrola',
  'Navantia',
  'Telepizza',
  'Glovo',
];

describe('findImitatedBusiness', () => {
  it('finds the seed lookalikes and nothing else in the seed', () => {
    for (const business of seed) {
      const found = findImitatedBusiness(business, seed);
      const expected =
        { 'biz-horizonte-soporte': 'biz-horizonte', 'biz-veloz-avisos': 'biz-veloz' }[business.id] ?? null;
      expect(found?.id ?? null, business.displayName).toBe(expected);
    }
  });

  it('never flags a verified business, nor a business as imitating itself', () => {
    fc.assert(
      fc.property(fc.constantFrom(...seed), (business) => {
        expect(
          findImitatedBusiness({ ...business, verification: { ...business.verification, level: 'verified' } }, seed),
        ).toBeNull();
        const asUnverified = { ...business, verification: { ...business.verification, level: 'unconfirmed' as const } };
        expect(findImitatedBusiness(asUnverified, [asUnverified])).toBeNull();
      }),
    );
  });

  it('names the verified business behind generated homoglyph disguises', () => {
    fc.assert(
      fc.property(disguised, ({ real, name }) => {
        expect(findImitatedBusiness(impostor(name), seed)?.displayName).toBe(real.displayName);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('flags mixed-script names (Cyrillic letters inside Latin words)', () => {
    expect(findImitatedBusiness(impostor('Вапсо Ноrizonte'), seed)?.id).toBe('biz-horizonte');
    expect(findImitatedBusiness(impostor('Оnda Мóvil Оficial'), seed)?.id).toBe('biz-onda');
    expect(findImitatedBusiness(impostor('ΙΒΕRΑVΙΑ'), seed)?.id).toBe('biz-iberavia');
  });

  it('does not flag legitimate, distinct names', () => {
    for (const name of LEGITIMATE) expect(findImitatedBusiness(impostor(name), seed), name).toBeNull();
  });

  it('reports the detection and false-positive rates', () => {
    const samples = fc.sample(disguised, {
      numRuns: Number(process.env.LOOKALIKE_SAMPLES ?? 3000),
      seed: Number(process.env.LOOKALIKE_SEED ?? 20261122),
    });
    const detected = samples.filter(({ real, name }) => findImitatedBusiness(impostor(name), seed)?.id === real.id);
    if (process.env.SHOW_MISSES)
      for (const s of samples.filter((x) => !detected.includes(x)).slice(0, 40))
        console.info(s.real.displayName, '<-', s.name, findImitatedBusiness(impostor(s.name), seed)?.displayName);
    const flagged = LEGITIMATE.filter((name) => findImitatedBusiness(impostor(name), seed) !== null);
    const detection = detected.length / samples.length;
    const falsePositive = flagged.length / LEGITIMATE.length;
    console.info(
      `lookalike detection rate ${(detection * 100).toFixed(2)}% (${detected.length}/${samples.length}); ` +
        `false-positive rate ${(falsePositive * 100).toFixed(2)}% (${flagged.length}/${LEGITIMATE.length})`,
    );
    expect(detection).toBeGreaterThanOrEqual(0.99);
    expect(falsePositive).toBe(0);
  }, 60_000);
});
