import { confidenceOf, type ConfidenceWeights, type RankingFeatures } from './confidence.ts';
import { sampleExamples, type ExampleRegime } from './example-regimes.ts';
import { chooseThreshold, fitConfidence } from './fit-confidence.ts';
import { answerable, createMatcher, type Matcher } from './matcher.ts';
import { applyRules } from './rules.ts';
import type { KnowledgeArticle, TrainingExample } from './types.ts';

/** What the bot learns from labelled questions: the confidence model and where to answer. */
export interface BotModel {
  readonly weights: ConfidenceWeights;
  readonly answerThreshold: number;
}

export interface TrainingQuestion {
  readonly text: string;
  readonly articleId: string | null;
}

/** One training question as the bot ranked it: what the fit learns from. */
export interface RankedQuestion {
  readonly features: RankingFeatures;
  readonly correct: boolean;
  readonly answerable: boolean;
  /** Whether the question has an article (in scope): only those can be ranked right. */
  readonly inScope: boolean;
}

/**
 * The precision the threshold is chosen for on the training questions: a margin over the 97%
 * target, because a threshold fitted on some writers lets more errors through on another.
 */
export const FIT_PRECISION = 0.985;

/**
 * Fits the bot on `training` only, so that questions left out of it can score it honestly.
 * Weights come from the rankings of the questions the rules let through (out-of-scope ones
 * count as rankings whose best article is wrong); the threshold is the lowest confidence at
 * which the answers given on the training questions reach `precision`.
 */
export function fitBotModel(
  articles: readonly KnowledgeArticle[],
  training: readonly TrainingQuestion[],
  precision = FIT_PRECISION,
): BotModel {
  return fitOnRankings(rankedQuestions(createMatcher(articles), training), precision);
}

/**
 * Fits the bot that will also learn `training`'s in-scope questions as examples (agents'
 * confirmed wrap-ups). Fitting on rankings by a matcher that learnt the very question it ranks
 * would teach the model that a question matching its own example is a sure answer; so the
 * rankings are nested (nestedRankings). On those rankings it chooses, without a `precision`, the
 * precision the threshold is fitted for (choosePrecision), then the weights and threshold.
 */
export function fitBotModelLearning<Q extends TrainingQuestion>(
  articles: readonly KnowledgeArticle[],
  training: readonly Q[],
  groupOf: (q: Q) => string,
  precision?: number,
): BotModel & { readonly fitPrecision: number } {
  const byGroup = nestedRankings(articles, training, groupOf);
  const fitPrecision = precision ?? choosePrecision(byGroup);
  return { ...fitOnRankings(byGroup.flat(), fitPrecision), fitPrecision };
}

/**
 * Each group's questions (`groupOf`, e.g. the writer) ranked by a matcher that learnt only the
 * other groups' in-scope questions as examples (all of them, or a seeded sample of `regime` per
 * article); one list per group.
 */
export function nestedRankings<Q extends TrainingQuestion>(
  articles: readonly KnowledgeArticle[],
  training: readonly Q[],
  groupOf: (q: Q) => string,
  regime: ExampleRegime = 'all',
): RankedQuestion[][] {
  return [...new Set(training.map(groupOf))].map((group) => {
    const matcher = createMatcher(articles);
    matcher.train(sampleExamples(examplesOf(training.filter((q) => groupOf(q) !== group)), regime));
    return rankedQuestions(
      matcher,
      training.filter((q) => groupOf(q) === group),
    );
  });
}

/** The precisions the threshold may be fitted for, most answers first. */
export const PRECISIONS = [0.97, 0.975, 0.98, 0.985, 0.99, 0.995];
/** What the answers must reach on a group the model was not fitted on. */
export const TARGET_PRECISION = 0.97;

/**
 * The lowest fitting precision at which a model fitted on all groups but one, scored on the
 * group left out, reaches TARGET_PRECISION pooled over the groups: how much margin the
 * threshold needs for a writer it has not seen, measured on the training writers themselves.
 * FIT_PRECISION when there are fewer than two groups.
 */
export function choosePrecision(byGroup: readonly (readonly RankedQuestion[])[]): number {
  return byGroup.length < 2 ? FIT_PRECISION : choosePrecisionAcrossRegimes([byGroup]);
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

/** The in-scope questions as the examples a matcher learns (out-of-scope ones have no article). */
export function examplesOf(questions: readonly TrainingQuestion[]): TrainingExample[] {
  return questions.flatMap((q) => (q.articleId === null ? [] : [{ text: q.text, articleId: q.articleId }]));
}

// Each question is ranked once: the ranking does not depend on the weights being fitted.
function rankedQuestions(matcher: Matcher, questions: readonly TrainingQuestion[]): RankedQuestion[] {
  return questions
    .filter((q) => applyRules(q.text) === null)
    .map((q) => {
      const ranking = matcher.rank(q.text, true);
      return {
        features: ranking.features,
        correct: ranking.candidates[0]?.article.id === q.articleId,
        answerable: answerable(q.text, ranking),
        inScope: q.articleId !== null,
      };
    });
}

function fitOnRankings(rows: readonly RankedQuestion[], precision: number): BotModel {
  const weights = fitConfidence(rows);
  return { weights, answerThreshold: chooseThreshold(givenAnswers(rows, weights), precision) };
}

/** The answers the bot would give at threshold 0, with their confidence under `weights`. */
export function givenAnswers(rows: readonly RankedQuestion[], weights: ConfidenceWeights) {
  return rows.filter((r) => r.answerable).map((r) => ({ confidence: confidenceOf(r.features, weights), correct: r.correct }));
}
