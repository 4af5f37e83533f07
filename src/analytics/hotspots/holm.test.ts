import { describe, expect, it } from 'vitest';
import { holmRejections } from './holm.ts';

describe('holmRejections', () => {
  it('steps down from the smallest p-value and stops at the first miss', () => {
    // m = 100: thresholds 0.05/100, 0.05/99, 0.05/98, …
    const rejected = holmRejections([0.0004, 0.00052, 0.00001, 0.2], 100, 0.05);
    expect([...rejected].sort()).toEqual([0, 2]);
  });

  it('counts untested cells in m', () => {
    expect(holmRejections([0.001], 10, 0.05).size).toBe(1);
    expect(holmRejections([0.001], 100, 0.05).size).toBe(0);
  });
});
