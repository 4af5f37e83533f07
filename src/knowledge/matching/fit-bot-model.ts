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
  if (byGroup.length < 2) return FIT_PRECISION;
  const models = PRECISIONS.map((precision) => ({ precision, held: [] as { right: number; given: number }[] }));
  byGroup.forEach((group, g) => {
    const rest = byGroup.filter((_, h) => h !== g).flat();
    const weights = fitConfidence(rest);
    const restGiven = givenAnswers(rest, weights);
    const groupGiven = givenAnswers(group, weights);
    for (const m of models) {
      const threshold = chooseThreshold(restGiven, m.precision);
      const answered = groupGiven.filter((a) => a.confidence >= threshold);
      m.held.push({ right: answered.filter((a) => a.correct).length, given: answered.length });
    }
  });
  const reaching = models.find(({ held }) => {
    const given = held.reduce((s, h) => s + h.given, 0);
    return given === 0 || held.reduce((s, h) => s + h.right, 0) / given >= TARGET_PRECISION;
  });
  return reaching?.precision ?? (PRECISIONS[PRECISIONS.length - 1] as number);
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
