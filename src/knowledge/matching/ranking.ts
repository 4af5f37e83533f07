import type { Candidate } from './article-index.ts';
import type { RankingFeatures } from './confidence.ts';
import type { KnowledgeArticle } from './types.ts';

/** What the matcher ranks for a text: the bot answers from it, the classifier reads it as a topic. */
export interface Ranking {
  /** Public and internal articles, best first, with the article they stand for. */
  readonly candidates: readonly (Candidate & { readonly article: KnowledgeArticle })[];
  readonly features: RankingFeatures;
  readonly confidence: number;
}
