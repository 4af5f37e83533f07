import type { ArticleRanking } from './article-index.ts';

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
  /**
   * log(1 + content words), capped at a short question's length: a longer text is not evidence
   * for the match, and without the cap writers of long e-mails got the most confident answers.
   */
  readonly logWords: number;
  /** √margin: a first clear lead says more than the same step added to a large one. */
  readonly sqrtMargin: number;
  /**
   * In a message that tells a story around its question (questionSentences): +1 when the
   * question sentences alone rank the same article first, −1 when they point elsewhere; 0 for
   * a short message.
   */
  readonly questionAgreement: number;
  /** Share of the asker's content words that the best article's title, keywords or UPL name contain. */
  readonly nameShare: number;
  /**
   * Similarity (0..1, words and character n-grams, see example-neighbours.ts) of the text with
   * the nearest learnt example (a question agents confirmed) of the best article; 0 without
   * examples. The nearest one, not all of them: many examples of one article are no stronger
   * evidence than the closest.
   */
  readonly exampleSimilarity: number;
  /** exampleSimilarity minus the same for the nearest example of any other article: −1..1. */
  readonly exampleLead: number;
}

/** Content words beyond this many do not raise logWords. */
const LOG_WORDS_CAP = Math.log(1 + 8);

/**
 * `questionTop` is the article the question sentences of a longer message rank first on their
 * own (undefined for a short message, null when they rank none).
 */
export function rankingFeatures(
  ranking: Pick<
    ArticleRanking,
    'candidates' | 'maxLexical' | 'maxNgram' | 'sources' | 'unmatched' | 'nameShare' | 'exampleSimilarity' | 'otherExampleSimilarity'
  >,
  questionTop?: number | null,
): RankingFeatures {
  const { sources, unmatched } = ranking;
  const [first, second] = ranking.candidates;
  if (!first) {
    return {
      top: 0,
      margin: 0,
      lexical: 0,
      ngram: 0,
      unknownShare: 1,
      agreement: 0,
      logWords: 0,
      sqrtMargin: 0,
      questionAgreement: 0,
      nameShare: 0,
      exampleSimilarity: 0,
      exampleLead: 0,
    };
  }
  const secondScore = second?.score ?? 0;
  const margin = first.score > 0 ? (first.score - secondScore) / first.score : 0;
  return {
    top: first.score,
    margin,
    lexical: first.lexical,
    ngram: first.ngram,
    unknownShare: sources > 0 ? unmatched / sources : 1,
    // The best article by each kind of evidence is the first one when nothing beats it there.
    agreement: (first.lexical >= ranking.maxLexical ? 1 : 0) + (first.ngram >= ranking.maxNgram ? 1 : 0),
    logWords: Math.min(Math.log(1 + sources), LOG_WORDS_CAP),
    sqrtMargin: Math.sqrt(Math.max(margin, 0)),
    questionAgreement: questionTop === undefined ? 0 : questionTop === first.doc ? 1 : -1,
    nameShare: ranking.nameShare(first.doc),
    exampleSimilarity: ranking.exampleSimilarity(first.doc),
    exampleLead: ranking.exampleSimilarity(first.doc) - ranking.otherExampleSimilarity(first.doc),
  };
}

/** The features that came later are optional, so weights written before them still type-check. */
type LaterFeature = 'sqrtMargin' | 'questionAgreement' | 'nameShare' | 'exampleSimilarity' | 'exampleLead';
export type ConfidenceWeights = Readonly<Record<Exclude<keyof RankingFeatures, LaterFeature> | 'bias', number>> &
  Readonly<Partial<Record<LaterFeature, number>>>;

export const FEATURE_NAMES: readonly (keyof RankingFeatures)[] = [
  'top',
  'margin',
  'lexical',
  'ngram',
  'unknownShare',
  'agreement',
  'logWords',
  'sqrtMargin',
  'questionAgreement',
  'nameShare',
  'exampleSimilarity',
  'exampleLead',
];

export const DEFAULT_WEIGHTS: ConfidenceWeights = {
  top: 4.14,
  margin: 1.67,
  lexical: 4.38,
  ngram: 1.07,
  unknownShare: 0.41,
  agreement: 0.43,
  logWords: 3.06,
  sqrtMargin: 2.25,
  questionAgreement: 0.32,
  nameShare: 0.52,
  bias: -10.27,
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
    (w.sqrtMargin ?? 0) * f.sqrtMargin +
    (w.questionAgreement ?? 0) * f.questionAgreement +
    (w.nameShare ?? 0) * f.nameShare +
    (w.exampleSimilarity ?? 0) * f.exampleSimilarity +
    (w.exampleLead ?? 0) * f.exampleLead;
  return 1 / (1 + Math.exp(-z));
}
