import { confidenceOf, type ConfidenceWeights } from './confidence.ts';
import { chooseThreshold, fitConfidence } from './fit-confidence.ts';
import { answerable, createMatcher } from './matcher.ts';
import { applyRules } from './rules.ts';
import type { KnowledgeArticle } from './types.ts';

/** What the bot learns from labelled questions: the confidence model and where to answer. */
export interface BotModel {
  readonly weights: ConfidenceWeights;
  readonly answerThreshold: number;
}

export interface TrainingQuestion {
  readonly text: string;
  readonly articleId: string | null;
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
  const base = createMatcher(articles);
  // Each question is ranked once: the ranking does not depend on the weights being fitted.
  const rows = training
    .filter((q) => applyRules(q.text) === null)
    .map((q) => {
      const ranking = base.rank(q.text, true);
      return {
        features: ranking.features,
        correct: ranking.candidates[0]?.article.id === q.articleId,
        answerable: answerable(q.text, ranking),
      };
    });
  const weights = fitConfidence(rows);
  const given = rows.filter((r) => r.answerable).map((r) => ({ confidence: confidenceOf(r.features, weights), correct: r.correct }));
  return { weights, answerThreshold: chooseThreshold(given, precision) };
}
