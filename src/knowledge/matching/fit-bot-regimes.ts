import { EXAMPLE_REGIMES, type ExampleRegime } from './example-regimes.ts';
import { choosePrecisionAcrossRegimes, nestedRankings, safeThreshold, type BotModel, type TrainingQuestion } from './fit-bot-model.ts';
import { fitConfidence } from './fit-confidence.ts';
import type { KnowledgeArticle } from './types.ts';

/**
 * Fits one bot model for every volume of learnt examples, from a fresh install without any to a
 * bot that learnt every wrap-up. Each group's questions are ranked nested (nestedRankings) once
 * per regime — by matchers that learnt none, a sample of one or three per article, or all of the
 * other groups' examples — and the weights are fitted on the union, so that the example features
 * weigh what they are worth when examples are few as well as when they are many. The threshold
 * is the highest of those that reach the fitting precision in each regime on its own, and that
 * precision is the lowest at which groups left out reach TARGET_PRECISION in every regime
 * (choosePrecisionAcrossRegimes).
 */
export function fitBotModelAcrossRegimes<Q extends TrainingQuestion>(
  articles: readonly KnowledgeArticle[],
  training: readonly Q[],
  groupOf: (q: Q) => string,
  { regimes = EXAMPLE_REGIMES, precision }: { regimes?: readonly ExampleRegime[]; precision?: number } = {},
): BotModel & { readonly fitPrecision: number } {
  const byRegime = regimes.map((regime) => nestedRankings(articles, training, groupOf, regime));
  const fitPrecision = precision ?? choosePrecisionAcrossRegimes(byRegime);
  const weights = fitConfidence(byRegime.flat(2));
  return {
    weights,
    answerThreshold: safeThreshold(
      byRegime.map((groups) => groups.flat()),
      weights,
      fitPrecision,
    ),
    fitPrecision,
  };
}
