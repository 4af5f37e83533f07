import type { Candidate } from './article-index.ts';
import type { RankingFeatures } from './confidence.ts';
import type { KnowledgeArticle } from './types.ts';

export type RankedArticle = Candidate & { readonly article: KnowledgeArticle };

/** What the matcher ranks for a text: the bot answers from it, the classifier reads it as a topic. */
export interface Ranking {
  /** The best articles (RANKING_DEPTH of them), best first, with the article they stand for. */
  readonly candidates: readonly RankedArticle[];
  /** The best `count` articles when word and n-gram evidence are mixed `lexicalShare` : 1 − `lexicalShare`. */
  topBy(lexicalShare: number, count: number): readonly RankedArticle[];
  readonly features: RankingFeatures;
  readonly confidence: number;
}
