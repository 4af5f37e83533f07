/** A knowledge-base item as far as matching needs it (see lindendaal/kennisbank.json). */
export interface KnowledgeArticle {
  readonly id: string;
  readonly type: 'artikel' | 'werkinstructie';
  readonly title: string;
  readonly category: string;
  readonly summary: string;
  readonly body: string;
  readonly keywords: readonly string[];
  readonly upl?: string;
}

/** A question known to be answered by an article: agents' wrap-up topics, "was dit nuttig". */
export interface TrainingExample {
  readonly text: string;
  readonly articleId: string;
}

export type AnswerReason = 'answered' | 'ambiguous' | 'out_of_scope' | 'handoff_request' | 'emergency' | 'complaint';

export interface ArticleRef {
  readonly articleId: string;
  readonly title: string;
}

export interface BotAnswer {
  readonly handoff: boolean;
  /** The article to answer with; null unless reason is 'answered'. */
  readonly articleId: string | null;
  /** Estimated probability that the best article is the right one (0..1). */
  readonly confidence: number;
  /** Articles to offer as "did you mean" when ambiguous. */
  readonly alternatives: readonly ArticleRef[];
  readonly reason: AnswerReason;
}

export interface TopicGuess {
  /** Always one of the knowledge base's categories: the best guess. */
  readonly category: string;
  /** Set only when reasonably sure. */
  readonly articleId: string | null;
  readonly confidence: number;
}
