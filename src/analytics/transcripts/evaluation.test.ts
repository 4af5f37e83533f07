import { describe, expect, it } from 'vitest';
import { compareKeys, emptyScore, f1, precision, recall } from './evaluation.ts';

describe('evaluation', () => {
  it('counts hits, misses and extras across calls', () => {
    const score = emptyScore();
    expect(compareKeys(score, ['3', '7'], ['3', '9'])).toEqual({ missed: ['7'], extra: ['9'] });
    compareKeys(score, ['1'], ['1']);
    expect(score).toEqual({ truePositives: 2, falsePositives: 1, falseNegatives: 1 });
    expect(precision(score)).toBeCloseTo(2 / 3);
    expect(recall(score)).toBeCloseTo(2 / 3);
    expect(f1(score)).toBeCloseTo(2 / 3);
  });
  it('scores an empty prediction of an empty truth as perfect', () => {
    const score = emptyScore();
    compareKeys(score, [], []);
    expect(f1(score)).toBe(1);
  });
});
