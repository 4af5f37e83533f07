import { EXAMPLE_REGIMES, type ExampleRegime } from './example-regimes.ts';
import {
  givenAnswers,
  nestedRankings,
  PRECISIONS,
  TARGET_PRECISION,
  type BotModel,
  type RankedQuestion,
  type TrainingQuestion,
} from './fit-bot-model.ts';
import { chooseThreshold, fitConfidence } from './fit-confidence.ts';
import type { ConfidenceWeights } from './confidence.ts';
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

/** The lowest threshold at which the answers reach `precision` in every regime's rankings. */
export function safeThreshold(byRegime: readonly (readonly RankedQuestion[])[], weights: ConfidenceWeights, precision: number): number {
  return Math.max(...byRegime.map((rows) => chooseThreshold(givenAnswers(rows, weights), precision)));
}

/**
 * choosePrecision across regimes: `byRegime[r][g]` are group g's rankings in regime r. For each
 * group left out, a model is fitted on the other groups (all regimes) and the group's answers are
 * counted per regime; the result is the lowest fitting precision at which, pooled over the groups
 * left out, every regime reaches TARGET_PRECISION (the highest precision when none does).
 */
export function choosePrecisionAcrossRegimes(byRegime: readonly (readonly (readonly RankedQuestion[])[])[]): number {
  const groups = byRegime[0]?.length ?? 0;
  const highest = PRECISIONS[PRECISIONS.length - 1] as number;
  if (groups < 2) return highest;
  // held[p][r]: the right and given answers of the groups left out, at precision p in regime r.
  const held = PRECISIONS.map(() => byRegime.map(() => ({ right: 0, given: 0 })));
  for (let g = 0; g < groups; g++) {
    const rest = byRegime.map((regime) => regime.filter((_, h) => h !== g).flat());
    const weights = fitConfidence(rest.flat());
    PRECISIONS.forEach((precision, p) => {
      const threshold = safeThreshold(rest, weights, precision);
      byRegime.forEach((regime, r) => {
        const answered = givenAnswers(regime[g] ?? [], weights).filter((a) => a.confidence >= threshold);
        const counts = held[p]?.[r];
        if (!counts) return;
        counts.right += answered.filter((a) => a.correct).length;
        counts.given += answered.length;
      });
    });
  }
  const reaching = PRECISIONS.findIndex((_, p) => (held[p] ?? []).every((c) => c.given === 0 || c.right / c.given >= TARGET_PRECISION));
  return reaching < 0 ? highest : (PRECISIONS[reaching] as number);
}
