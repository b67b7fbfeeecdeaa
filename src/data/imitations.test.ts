import { describe, expect, it, vi } from 'vitest';
import { seedBusinesses } from '../../mocks/seed-businesses';
import { computeImitations } from './imitations';

// Records whether the detector (and its ~100 KB of Unicode data) was loaded at all.
const detector = vi.hoisted(() => ({ loaded: 0 }));
vi.mock('../core/lookalike', async (original) => {
  detector.loaded++;
  return original();
});

const seed = seedBusinesses(new Date('2026-01-01T00:00:00Z'));
const verified = seed.filter((b) => b.verification.level === 'verified');
const impostor = seed.find((b) => b.id === 'biz-horizonte-soporte');

describe('computeImitations', () => {
  it('loads no detector when nothing could imitate anything (signed out: nothing stored)', async () => {
    expect(await computeImitations([])).toEqual(new Map());
    expect(await computeImitations(verified)).toEqual(new Map());
    expect(detector.loaded).toBe(0);
  });

  it('loads the detector when a name that is not verified sits beside a verified one', async () => {
    const result = await computeImitations(seed);
    expect(detector.loaded).toBe(1);
    expect(result.get(impostor?.id ?? '')?.id).toBe('biz-horizonte');
  });
});
