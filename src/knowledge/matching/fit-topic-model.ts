import type { ConfidenceWeights } from './confidence.ts';
import { createMatcher } from './matcher.ts';
import type { Ranking } from './ranking.ts';
import { topicGuess, type TopicModel } from './topic-guess.ts';
import type { KnowledgeArticle, TopicGuess } from './types.ts';

export interface TopicTrainingQuestion {
  readonly text: string;
  readonly articleId: string | null;
  readonly category: string | null;
}

/** The vote shares tried, simplest first: 1 lets the best article alone decide the category. */
const VOTE_SHARES = [1, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6];
/** The lexical shares tried, the ranking's own mix (0.5) first. */
const LEXICAL_SHARES = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8];

/**
 * Fits how classify() reads its ranking on `training` only (questions with a category), so that
 * questions left out of it can score it honestly: the lexical share with the best article
 * accuracy, then the vote share with the best category accuracy, then the confidence threshold
 * with the best article accuracy (an unnamed article counts as wrong). Ties go to the first
 * share tried and the lowest threshold.
 * `weights` are the confidence weights the classifier will run with.
 */
export function fitTopicModel(
  articles: readonly KnowledgeArticle[],
  training: readonly TopicTrainingQuestion[],
  weights?: ConfidenceWeights,
): TopicModel {
  const matcher = createMatcher(articles, weights ? { weights } : {});
  // Each question is ranked once: the ranking does not depend on the model being fitted.
  const rows = training.filter((q) => q.category !== null).map((q) => ({ q, ranking: matcher.rankTopics(q.text) }));
  return fitOnRankings(rows);
}

export function fitOnRankings(rows: readonly { q: TopicTrainingQuestion; ranking: Ranking }[]): TopicModel {
  const guessed = (model: TopicModel) => rows.map(({ q, ranking }) => ({ q, g: topicGuess(ranking, model) }));
  const count = (model: TopicModel, right: (q: TopicTrainingQuestion, g: TopicGuess | null) => boolean) =>
    guessed(model).filter(({ q, g }) => right(q, g)).length;
  const best = <T>(values: readonly T[], score: (v: T) => number): T => {
    let chosen = values[0] as T;
    let top = -1;
    for (const v of values) {
      const s = score(v);
      if (s > top) [top, chosen] = [s, v];
    }
    return chosen;
  };
  const lexicalShare = best(LEXICAL_SHARES, (share) =>
    count({ threshold: 0, voteShare: 1, lexicalShare: share }, (q, g) => g?.articleId === q.articleId),
  );
  const voteShare = best(VOTE_SHARES, (share) =>
    count({ threshold: 0, voteShare: share, lexicalShare }, (q, g) => g?.category === q.category),
  );
  // Only a confidence some question has can change what is named.
  const thresholds = [0, ...new Set(rows.map((r) => r.ranking.confidence))].sort((a, b) => a - b);
  const named = guessed({ threshold: 0, voteShare, lexicalShare });
  const threshold = best(thresholds, (t) => named.filter(({ q, g }) => g?.articleId === q.articleId && g.confidence >= t).length);
  return { threshold, voteShare, lexicalShare };
}
