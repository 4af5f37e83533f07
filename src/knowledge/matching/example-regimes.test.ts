import { describe, expect, it } from 'vitest';
import { sampleExamples } from './example-regimes.ts';

const examples = ['a', 'b', 'c'].flatMap((articleId) =>
  Array.from({ length: articleId === 'c' ? 2 : 6 }, (_, i) => ({ text: `${articleId} vraag ${i}`, articleId })),
);
const perArticle = (sample: readonly { articleId: string }[]) =>
  Object.fromEntries(['a', 'b', 'c'].map((id) => [id, sample.filter((e) => e.articleId === id).length]));

describe('sampleExamples', () => {
  it('keeps at most the asked number per article, all of an article with fewer', () => {
    expect(perArticle(sampleExamples(examples, 3))).toEqual({ a: 3, b: 3, c: 2 });
    expect(perArticle(sampleExamples(examples, 1))).toEqual({ a: 1, b: 1, c: 1 });
    expect(sampleExamples(examples, 0)).toEqual([]);
    expect(sampleExamples(examples, 'all')).toEqual(examples);
  });

  it('draws the same sample for the same seed and, over seeds, not always the first examples', () => {
    expect(sampleExamples(examples, 3, 5)).toEqual(sampleExamples(examples, 3, 5));
    const samples = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => JSON.stringify(sampleExamples(examples, 3, seed))));
    expect(samples.size).toBeGreaterThan(1);
    expect(samples.has(JSON.stringify(examples.filter((e) => Number(e.text.slice(-1)) < 3)))).toBe(false);
  });

  it('keeps the examples in their original order', () => {
    const sample = sampleExamples(examples, 3, 9);
    expect(sample).toEqual(examples.filter((e) => sample.includes(e)));
  });
});
