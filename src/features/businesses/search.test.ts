import { describe, expect, it } from 'vitest';
import { seedBusinesses } from '../../../mocks/seed-businesses';
import { computeImitations } from '../../data/imitations';
import { searchBusinesses } from './search';

const seed = seedBusinesses(new Date('2026-01-01T00:00:00Z'));
const names = (query: string, imitations: Map<string, (typeof seed)[number]>) =>
  searchBusinesses(seed, query, imitations).map((b) => b.displayName);

describe('searchBusinesses', () => {
  it('finds by any word prefix, ignoring case, accents and homoglyphs', async () => {
    const imitations = await computeImitations(seed);
    expect(names('libreria', imitations)).toEqual(['Librería del Prado']);
    expect(names('LUCIA', imitations)).toEqual(['Casa Lucía']);
    expect(names('mensajería', imitations)).toEqual(['Veloz Mensajería', 'Vel0z Mensajeria Avisos']);
    expect(names('nothing like this', imitations)).toEqual([]);
  });

  it('never ranks an impostor above the verified business it imitates', async () => {
    const imitations = await computeImitations(seed);
    for (const query of ['banco', 'banco horizonte soporte', 'soporte', 'vel0z', 'avisos veloz', 'h']) {
      const found = searchBusinesses(seed, query, imitations);
      for (const [impostorId, real] of imitations) {
        const impostorAt = found.findIndex((b) => b.id === impostorId);
        const realAt = found.findIndex((b) => b.id === real.id);
        if (impostorAt >= 0 && realAt >= 0) expect(realAt, query).toBeLessThan(impostorAt);
      }
    }
    // An exact match on the impostor's own name still lists it after the real one.
    expect(names('Banco Horizonte Soporte', imitations)[0]).toBe('Banco Horizonte');
  });

  it('an empty query lists everyone', async () => {
    expect(searchBusinesses(seed, '  ', new Map())).toHaveLength(seed.length);
  });
});
