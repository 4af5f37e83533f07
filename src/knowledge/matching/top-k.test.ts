import { describe, expect, it } from 'vitest';
import { topK } from './top-k.ts';

describe('topK', () => {
  it('returns the same order as a stable sort of every document, ties in document order', () => {
    let state = 7;
    const random = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    // Scores on a coarse grid, so there are many ties.
    const scores = Array.from({ length: 500 }, () => Math.round(random() * 20) / 20);
    const sorted = scores.map((s, doc) => ({ s, doc })).sort((a, b) => b.s - a.s);
    for (const k of [1, 2, 7, 50, 500, 600]) {
      expect(topK(scores.length, k, (d) => scores[d] ?? 0)).toEqual(sorted.slice(0, k).map((x) => x.doc));
    }
  });

  it('leaves out documents that are not allowed', () => {
    const scores = [0.9, 0.8, 0.7, 0.6];
    expect(
      topK(
        4,
        2,
        (d) => scores[d] ?? 0,
        (d) => d % 2 === 1,
      ),
    ).toEqual([1, 3]);
  });

  it('returns nothing for k = 0 or no documents', () => {
    expect(topK(3, 0, () => 1)).toEqual([]);
    expect(topK(0, 5, () => 1)).toEqual([]);
  });
});
