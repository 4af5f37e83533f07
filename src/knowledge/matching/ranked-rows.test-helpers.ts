import type { RankingFeatures } from './confidence.ts';
import type { RankedQuestion } from './fit-bot-model.ts';

/** Ranking features that all grow with one number: the higher, the surer. */
export const features = (lexical: number): RankingFeatures => ({
  top: lexical,
  margin: lexical,
  lexical,
  ngram: lexical,
  unknownShare: 0,
  agreement: 2,
  logWords: 1,
  sqrtMargin: Math.sqrt(lexical),
  questionAgreement: 0,
  nameShare: lexical,
  exampleSimilarity: lexical,
  exampleLead: lexical,
});

export const row = (lexical: number, correct: boolean): RankedQuestion => ({
  features: features(lexical),
  correct,
  answerable: true,
  inScope: true,
});

/** Three groups where right answers rank high and wrong ones low: any threshold fitted on two holds on the third. */
export const separable = [0, 1, 2].map((g) =>
  Array.from({ length: 20 }, (_, i) => row(0.5 + i / 50 + g / 200, true)).concat(
    Array.from({ length: 5 }, (_, i) => row(0.1 + i / 50, false)),
  ),
);
