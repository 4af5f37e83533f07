import type { Ranking } from './ranking.ts';
import type { TopicGuess } from './types.ts';

/** What classify() decides from a ranking; fitted by fitTopicModel. */
export interface TopicModel {
  /** The classifier names an article at or above this confidence. */
  readonly threshold: number;
  /** Articles scoring at least this share of the best one vote for their category (1: the best article alone). */
  readonly voteShare: number;
  /**
   * Share of word evidence (BM25) against character n-grams in the article scores the classifier
   * reads; the ranking itself mixes them half and half (LEXICAL_SHARE in evidence-mix.ts), as the bot's does.
   */
  readonly lexicalShare: number;
}

/**
 * fitTopicModel on all four labelled writers (dev, devA, devB, devC) with DEFAULT_WEIGHTS, no
 * wrap-up examples; `npm run eval:topics` fits it again without each writer and prints what
 * each fold chose (lexical share 0.7 in every fold, vote share 0.8 or 1).
 * Article accuracy counts an unnamed article as wrong, so the fitted threshold is 0: naming
 * the best article always scored best, on all data and in every fold. `confidence` is still
 * the ranking's (how sure its best article is right), for a consumer to weigh the guess by.
 */
export const DEFAULT_TOPIC_MODEL: TopicModel = { threshold: 0, voteShare: 0.8, lexicalShare: 0.7 };

/** At most this many of the best articles vote. */
const VOTE_DEPTH = 5;

/**
 * The category the near top of a ranking votes for (each article with its score, so two close
 * articles of one category can outweigh a lone other), and that category's best article when
 * the ranking is confident enough. Null when the ranking is empty.
 */
export function topicGuess(ranking: Pick<Ranking, 'topBy' | 'confidence'>, model: TopicModel): TopicGuess | null {
  // The winning category has a voter among these, so its best article is among them too.
  const candidates = ranking.topBy(model.lexicalShare, VOTE_DEPTH);
  const [best] = candidates;
  if (!best) return null;
  const votes = new Map<string, number>();
  for (const c of candidates) {
    if (c.score < best.score * model.voteShare) break;
    votes.set(c.article.category, (votes.get(c.article.category) ?? 0) + c.score);
  }
  const category = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? best.article.category;
  const article = candidates.find((c) => c.article.category === category)?.article ?? best.article;
  const named = ranking.confidence >= model.threshold;
  return { category, articleId: named ? article.id : null, confidence: ranking.confidence };
}
