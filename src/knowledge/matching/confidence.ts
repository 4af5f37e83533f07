import type { Candidate } from './article-index.ts';

/**
 * Features of a ranking that tell a right top answer from a wrong one, and the logistic model
 * that turns them into a probability. The weights are fitBotModel's fit on every labelled writer
 * (lindendaal/vragen-dev*.jsonl; features only, no wording); leave-one-writer-out in
 * `npm run eval:bot` shows how the same fit does on a writer it has not seen. Refit with
 * `npx tsx scripts/eval-bot-engine.ts --fit` after changing the ranking.
 */
export interface RankingFeatures {
  readonly top: number;
  /** (top − second) / top: how clearly the best article stands out. */
  readonly margin: number;
  readonly lexical: number;
  readonly ngram: number;
  /** Share of the asker's content words that no article knows. */
  readonly unknownShare: number;
  /** 0..2: whether word matching and character n-grams each rank the same article first. */
  readonly agreement: number;
  readonly logWords: number;
  /** √margin: a first clear lead says more than the same step added to a large one. */
  readonly sqrtMargin: number;
}

export function rankingFeatures(candidates: readonly Candidate[], sources: number, unmatched: number): RankingFeatures {
  const [first, second] = candidates;
  if (!first) {
    return { top: 0, margin: 0, lexical: 0, ngram: 0, unknownShare: 1, agreement: 0, logWords: 0, sqrtMargin: 0 };
  }
  let bestLexical = first;
  let bestNgram = first;
  for (const c of candidates) {
    if (c.lexical > bestLexical.lexical) bestLexical = c;
    if (c.ngram > bestNgram.ngram) bestNgram = c;
  }
  const secondScore = second?.score ?? 0;
  const margin = first.score > 0 ? (first.score - secondScore) / first.score : 0;
  return {
    top: first.score,
    margin,
    lexical: first.lexical,
    ngram: first.ngram,
    unknownShare: sources > 0 ? unmatched / sources : 1,
    agreement: (bestLexical.doc === first.doc ? 1 : 0) + (bestNgram.doc === first.doc ? 1 : 0),
    logWords: Math.log(1 + sources),
    sqrtMargin: Math.sqrt(Math.max(margin, 0)),
  };
}

/** sqrtMargin came later and is optional, so weights written before it still type-check. */
export type ConfidenceWeights = Readonly<Record<Exclude<keyof RankingFeatures, 'sqrtMargin'> | 'bias', number>> & {
  readonly sqrtMargin?: number;
};

export const FEATURE_NAMES: readonly (keyof RankingFeatures)[] = [
  'top',
  'margin',
  'lexical',
  'ngram',
  'unknownShare',
  'agreement',
  'logWords',
  'sqrtMargin',
];

export const DEFAULT_WEIGHTS: ConfidenceWeights = {
  top: 3.96,
  margin: 0.93,
  lexical: 3.85,
  ngram: 1.66,
  unknownShare: -0.07,
  agreement: 0.41,
  logWords: 1.16,
  sqrtMargin: 3.02,
  bias: -6.82,
};

export function confidenceOf(f: RankingFeatures, w: ConfidenceWeights = DEFAULT_WEIGHTS): number {
  const z =
    w.bias +
    w.top * f.top +
    w.margin * f.margin +
    w.lexical * f.lexical +
    w.ngram * f.ngram +
    w.unknownShare * f.unknownShare +
    w.agreement * f.agreement +
    w.logWords * f.logWords +
    (w.sqrtMargin ?? 0) * f.sqrtMargin;
  return 1 / (1 + Math.exp(-z));
}
