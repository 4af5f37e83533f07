import { describe, expect, it } from 'vitest';
import { confidenceOf, type RankingFeatures } from './confidence.ts';
import { chooseThreshold, fitConfidence } from './fit-confidence.ts';

function features(margin: number, lexical: number): RankingFeatures {
  return {
    top: lexical,
    margin,
    lexical,
    ngram: lexical / 2,
    unknownShare: 0,
    agreement: 2,
    logWords: Math.log(4),
    sqrtMargin: Math.sqrt(margin),
    questionAgreement: 0,
    nameShare: lexical,
    exampleSimilarity: 0,
    exampleLead: 0,
  };
}

describe('fitConfidence', () => {
  it('learns that clear, well-covered rankings are the right ones', () => {
    const rows = [
      ...[0.5, 0.6, 0.7, 0.8].map((m) => ({ features: features(m, m), correct: true })),
      ...[0.05, 0.1, 0.15, 0.2].map((m) => ({ features: features(m, m), correct: false })),
    ];
    const weights = fitConfidence(rows);
    expect(confidenceOf(features(0.7, 0.7), weights)).toBeGreaterThan(0.8);
    expect(confidenceOf(features(0.1, 0.1), weights)).toBeLessThan(0.2);
  });
});

describe('chooseThreshold', () => {
  it('picks the lowest confidence at which the answers reach the precision', () => {
    const outcomes = [
      { confidence: 0.95, correct: true },
      { confidence: 0.9, correct: true },
      { confidence: 0.85, correct: true },
      { confidence: 0.8, correct: false },
      { confidence: 0.7, correct: true },
      { confidence: 0.6, correct: false },
    ];
    expect(chooseThreshold(outcomes, 1)).toBe(0.85);
    expect(chooseThreshold(outcomes, 0.8)).toBe(0.7);
  });
});
