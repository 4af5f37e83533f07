import { describe, expect, it } from 'vitest';
import { niceMax, toBars } from './chart-logic.ts';

describe('bar chart scale', () => {
  it('rounds the axis up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 1, 3, 7, 12, 47, 180, 501].map(niceMax)).toEqual([1, 1, 5, 10, 20, 50, 200, 1000]);
  });

  it('sizes bars against that axis', () => {
    expect(
      toBars([
        { label: 'webchat', value: 3 },
        { label: 'email', value: 0 },
      ]),
    ).toEqual({
      max: 5,
      bars: [
        { label: 'webchat', value: 3, fraction: 0.6 },
        { label: 'email', value: 0, fraction: 0 },
      ],
    });
  });
});
