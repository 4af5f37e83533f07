import { describe, expect, it } from 'vitest';
import { taroneTestCount } from './tarone.ts';

describe('taroneTestCount', () => {
  it('leaves out tests that could never reach significance', () => {
    // Three tests can reach 0.05/3; the 0.5s never can.
    expect(taroneTestCount([1e-9, 1e-9, 1e-9, 0.5, 0.5, 0.5, 0.5], 0.05)).toBe(3);
  });

  it('counts every test when all could be significant, and at least one', () => {
    expect(taroneTestCount([1e-9, 1e-9, 1e-9, 1e-9], 0.05)).toBe(4);
    expect(taroneTestCount([], 0.05)).toBe(1);
  });
});
