import { buildArticleIndex, buildArticleIndexCooperatively, type ArticleIndex, type Candidate } from './article-index.ts';
import { confidenceOf, DEFAULT_WEIGHTS, rankingFeatures, type ConfidenceWeights } from './confidence.ts';
import { applyRules, mentions, namedExternalBodies, soundsLikeComplaint } from './rules.ts';
import { DEFAULT_SYNONYMS } from './synonym-list.ts';
import { questionSentences } from './question-text.ts';
import { LIFE_EVENT_SYNONYMS } from './life-events.ts';
import type { Ranking } from './ranking.ts';
import { DEFAULT_TOPIC_MODEL, topicGuess, type TopicModel } from './topic-guess.ts';
import type { ArticleRef, BotAnswer, KnowledgeArticle, TopicGuess, TrainingExample } from './types.ts';

export interface MatcherOptions {
  /** Extra synonym groups (first entry canonical), added to the default list. */
  readonly synonyms?: readonly (readonly string[])[];
  /** The bot answers at or above this confidence. */
  readonly answerThreshold?: number;
  /** How classify() turns its ranking into a topic (DEFAULT_TOPIC_MODEL where left out). */
  readonly topic?: Partial<TopicModel>;
  readonly weights?: ConfidenceWeights;
}

export type { Ranking };

export interface Matcher {
  answer(text: string): BotAnswer;
  classify(text: string): TopicGuess;
  /** Adds examples to those already known and rebuilds the index. */
  train(examples: readonly TrainingExample[]): void;
  /**
   * Builds the index behind answer() and rank() ('antwoorden') or behind classify() and
   * rankTopics() ('onderwerpen') in slices, leaving the event loop free in between; without it
   * the first call builds it at once. A service that serves others while it builds calls this first.
   */
  prepare(use: 'antwoorden' | 'onderwerpen'): Promise<void>;
  /** The ranking behind answer(), for evaluation and for agents' "suggested articles". */
  rank(text: string, publicOnly?: boolean): Ranking;
  /** The classifier's ranking behind classify(), over every article, life events read as products. */
  rankTopics(text: string): Ranking;
}

/**
 * Lowest confidence with ≥ 98.5% precision (FIT_PRECISION) on every labelled writer's questions,
 * with DEFAULT_WEIGHTS (fitBotModel via scripts/eval-bot-engine.ts --fit). The margin over the
 * 97% target is there because a threshold fitted on some writers lets more errors through on
 * another; leave-one-writer-out in `npm run eval:bot` measures that.
 */
export const DEFAULT_ANSWER_THRESHOLD = 0.938;
/** An article within this share of the best score is offered as an alternative. */
const ALTERNATIVE_SHARE = 0.75;
/** Below this combined score the best article is too weak even to offer as a choice. */
const MIN_ALTERNATIVE_SCORE = 0.25;

/**
 * Whether the best public article of a ranking may be given as the answer at all, whatever the
 * confidence: not when the text names another organisation the article does not mention, and
 * not without a single matching word (the margin feature is a ratio, noisy on near-zero
 * scores). The rules (applyRules) are checked before ranking.
 */
export function answerable(text: string, ranking: Pick<Ranking, 'candidates'>): boolean {
  const [best] = ranking.candidates;
  return best !== undefined && best.lexical > 0 && !namesOtherBody(text, best.article);
}

/** The text names another organisation that the article does not talk about. */
function namesOtherBody(text: string, article: KnowledgeArticle): boolean {
  const articleText = `${article.title} ${article.summary} ${article.body}`;
  return namedExternalBodies(text).some((body) => !mentions(articleText, body));
}

export function createMatcher(articles: readonly KnowledgeArticle[], options: MatcherOptions = {}): Matcher {
  const synonyms = [...DEFAULT_SYNONYMS, ...(options.synonyms ?? [])];
  const answerThreshold = options.answerThreshold ?? DEFAULT_ANSWER_THRESHOLD;
  const topicModel: TopicModel = { ...DEFAULT_TOPIC_MODEL, ...options.topic };
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  const known = new Set(articles.map((a) => a.id));
  const examples: TrainingExample[] = [];
  // Two indexes, each built on first use: the bot's, and the classifier's, which also reads life
  // events as the products they lead to (LIFE_EVENT_SYNONYMS). A caller that only classifies (or
  // only answers) builds one.
  let botIndex: ArticleIndex | null = null;
  let topicIndex: ArticleIndex | null = null;
  const topicSynonyms = [...synonyms, ...LIFE_EVENT_SYNONYMS];
  const botIndexNow = (): ArticleIndex => (botIndex ??= buildArticleIndex(articles, examples, synonyms));
  const topicIndexNow = (): ArticleIndex => (topicIndex ??= buildArticleIndex(articles, examples, topicSynonyms));
  // Bumped by train(): an index built cooperatively from the examples before it is dropped.
  let generation = 0;

  const rank = (text: string, publicOnly = false): Ranking => rankOn(botIndexNow(), text, publicOnly);
  const rankOn = (on: ArticleIndex, text: string, publicOnly: boolean): Ranking => {
    const allowed = publicOnly ? (doc: number): boolean => articles[doc]?.type === 'artikel' : undefined;
    const ranked = on.rank(text, allowed);
    // A long message's question sentences ranked on their own: do they point to the same article?
    const asked = questionSentences(text);
    const questionTop = asked === null ? undefined : (on.rank(asked, allowed).candidates.find((c) => c.score > 0)?.doc ?? null);
    const features = rankingFeatures(ranked, questionTop);
    const withArticle = (c: Candidate) => ({ ...c, article: articles[c.doc] as KnowledgeArticle });
    return {
      candidates: ranked.candidates.map(withArticle),
      topBy: (lexicalShare, count) => ranked.top(lexicalShare, count).map(withArticle),
      features,
      confidence: confidenceOf(features, weights),
    };
  };

  const handoff = (reason: BotAnswer['reason'], confidence = 0): BotAnswer => ({
    handoff: true,
    articleId: null,
    confidence,
    alternatives: [],
    reason,
  });

  const rankTopics = (text: string): Ranking => rankOn(topicIndexNow(), text, false);

  return {
    rank,
    rankTopics,
    answer(text) {
      const verdict = applyRules(text);
      if (verdict === 'emergency' || verdict === 'handoff_request') return handoff(verdict);
      if (verdict) return handoff('out_of_scope');

      const ranking = rank(text, true);
      const [best] = ranking.candidates;
      if (!best) return handoff('out_of_scope');
      if (namesOtherBody(text, best.article)) return handoff('out_of_scope');
      if (ranking.confidence >= answerThreshold && answerable(text, ranking)) {
        return {
          handoff: false,
          articleId: best.article.id,
          confidence: ranking.confidence,
          alternatives: [],
          reason: 'answered',
        };
      }
      const alternatives: ArticleRef[] = ranking.candidates
        .filter((c) => c.score >= best.score * ALTERNATIVE_SHARE)
        .slice(0, 3)
        .map((c) => ({ articleId: c.article.id, title: c.article.title }));
      if (best.score >= MIN_ALTERNATIVE_SCORE && alternatives.length >= 2) {
        return { handoff: false, articleId: null, confidence: ranking.confidence, alternatives, reason: 'ambiguous' };
      }
      return handoff(soundsLikeComplaint(text) ? 'complaint' : 'out_of_scope', ranking.confidence);
    },
    classify(text) {
      // Ranked with the classifier's own index: life events read as the products they lead to.
      const ranking = rankTopics(text);
      return topicGuess(ranking, topicModel) ?? { category: articles[0]?.category ?? 'algemeen', articleId: null, confidence: 0 };
    },
    train(newExamples) {
      for (const e of newExamples) if (known.has(e.articleId) && e.text.trim()) examples.push(e);
      botIndex = null;
      topicIndex = null;
      generation++;
    },
    async prepare(use) {
      const startedAt = generation;
      if (use === 'antwoorden' && !botIndex) {
        const built = await buildArticleIndexCooperatively(articles, [...examples], synonyms);
        if (generation === startedAt) botIndex ??= built;
      }
      if (use === 'onderwerpen' && !topicIndex) {
        const built = await buildArticleIndexCooperatively(articles, [...examples], topicSynonyms);
        if (generation === startedAt) topicIndex ??= built;
      }
    },
  };
}
