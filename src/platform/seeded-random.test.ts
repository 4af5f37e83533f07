import { describe, expect, it } from 'vitest';
import { seededRandom } from './seeded-random.ts';

describe('seededRandom', () => {
  it('is uniform-ish in [0, 1) and repeatable', () => {
    const draws = Array.from({ length: 1000 }, seededRandom(42));
    expect(draws.every((d) => d >= 0 && d < 1)).toBe(true);
    expect(draws.reduce((s, d) => s + d, 0) / draws.length).toBeCloseTo(0.5, 1);
    expect(Array.from({ length: 5 }, seededRandom(42))).toEqual(draws.slice(0, 5));
  });
});
