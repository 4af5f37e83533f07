import { describe, expect, it } from 'vitest';
import { sparkline } from './sparkline-logic.ts';

describe('sparklines', () => {
  it('spreads the counts over the width with the largest at the top', () => {
    expect(sparkline([0, 5, 10], 104, 24, 2)).toEqual({
      d: 'M2,22L52,12L102,2',
      points: [
        { x: 2, y: 22 },
        { x: 52, y: 12 },
        { x: 102, y: 2 },
      ],
      max: 10,
    });
  });

  it('keeps a series of zeros on the baseline and a single week in the middle', () => {
    expect(sparkline([0, 0], 10, 10, 0).d).toBe('M0,10L10,10');
    expect(sparkline([3], 40, 10, 1).points).toEqual([{ x: 20, y: 1 }]);
    expect(sparkline([], 40, 10).d).toBe('');
  });
});
