import { createAnalyser, vocabularySteps, type Analyser, type Analysis } from './analyse.ts';
import { bm25IndexSteps, type FieldSpec } from './bm25-index.ts';
import { ngramIndexSteps } from './char-ngrams.ts';
import { runCooperatively, runNow, type Steps } from './cooperative.ts';
import { LEXICAL_SHARE, lexicalEvidence, mixEvidence } from './evidence-mix.ts';
import { exampleNeighboursSteps } from './example-neighbours.ts';
import { tokenise } from './normalise.ts';
import { questionText } from './question-text.ts';
import { buildSynonymTable } from './synonyms.ts';
import { topK } from './top-k.ts';
import type { KnowledgeArticle, TrainingExample } from './types.ts';

/** Field weights: titles and keywords name the product; bodies mention many other things. */
const FIELDS: Readonly<Record<string, FieldSpec>> = {
  title: { weight: 3, b: 0.3 },
  keywords: { weight: 3, b: 0.3 },
  upl: { weight: 2, b: 0.3 },
  summary: { weight: 1.5, b: 0.6 },
  body: { weight: 1, b: 0.75 },
  examples: { weight: 2, b: 0.5 },
};

export interface Candidate {
  readonly doc: number;
  /** Weighted mix of the two evidence kinds, 0..1. */
  readonly score: number;
  /** BM25 score / the query's own maximum: share of the asker's words the article explains. */
  readonly lexical: number;
  readonly ngram: number;
}

/** How many of the best articles a ranking lists: enough for the answer, its alternatives and the margin. */
export const RANKING_DEPTH = 20;

/** One text ranked against every article; only the best are materialised. */
export interface ArticleRanking {
  /** The best RANKING_DEPTH allowed articles by score, best first. */
  readonly candidates: readonly Candidate[];
  /** The highest lexical and n-gram evidence of any allowed article. */
  readonly maxLexical: number;
  readonly maxNgram: number;
  readonly sources: number;
  readonly unmatched: number;
  /** Share of the asker's content words that the document's title, keywords or UPL name contain. */
  nameShare(doc: number): number;
  /** The best `count` allowed articles when the two kinds of evidence are mixed `lexicalShare` : 1 − `lexicalShare`. */
  top(lexicalShare: number, count: number): Candidate[];
  /** Similarity (0..1) of the text with the document's nearest learnt example (0 without examples). */
  exampleSimilarity(doc: number): number;
  /** The highest exampleSimilarity of any allowed document other than `doc`. */
  otherExampleSimilarity(doc: number): number;
}

export interface ArticleIndex {
  readonly articles: readonly KnowledgeArticle[];
  readonly analyser: Analyser;
  /** `allowed` narrows the ranking to some articles (the public ones, for the bot). */
  rank(text: string, allowed?: (doc: number) => boolean): ArticleRanking;
}

export function buildArticleIndex(
  articles: readonly KnowledgeArticle[],
  examples: readonly TrainingExample[],
  synonymGroups: readonly (readonly string[])[],
): ArticleIndex {
  return runNow(articleIndexSteps(articles, examples, synonymGroups));
}

/**
 * The same index, built in slices that leave the event loop free in between: over a large
 * kennisbank the build takes seconds, which would otherwise freeze the node's sockets.
 */
export function buildArticleIndexCooperatively(
  articles: readonly KnowledgeArticle[],
  examples: readonly TrainingExample[],
  synonymGroups: readonly (readonly string[])[],
): Promise<ArticleIndex> {
  return runCooperatively(articleIndexSteps(articles, examples, synonymGroups));
}

function* articleIndexSteps(
  articles: readonly KnowledgeArticle[],
  examples: readonly TrainingExample[],
  synonymGroups: readonly (readonly string[])[],
): Steps<ArticleIndex> {
  // An example confirmed again and again (the same wrap-up text) counts once, in the examples
  // field and as a neighbour.
  const distinct = new Map<string, TrainingExample>();
  for (const e of examples) distinct.set(`${e.articleId}\u0000${tokenise(e.text).join(' ')}`, e);
  const byArticle = new Map<string, string[]>();
  for (const e of distinct.values()) {
    const list = byArticle.get(e.articleId) ?? [];
    list.push(e.text);
    byArticle.set(e.articleId, list);
  }
  const docs = articles.map((a) => ({
    title: a.title,
    keywords: a.keywords.join(' . '),
    upl: a.upl ?? '',
    summary: a.summary,
    body: a.body,
    examples: (byArticle.get(a.id) ?? []).join(' . '),
  }));

  const vocabulary = yield* vocabularySteps(docs.flatMap((d) => Object.values(d)).concat(synonymGroups.flatMap((g) => [...g])));
  yield;
  const analyser = createAnalyser(vocabulary, buildSynonymTable(synonymGroups));
  const analysed: Record<string, Analysis>[] = [];
  for (const d of docs) {
    analysed.push(Object.fromEntries(Object.entries(d).map(([field, text]) => [field, analyser.analyse(text)])));
    yield;
  }
  const bm25 = yield* bm25IndexSteps(analysed, FIELDS);
  // The terms that name each article's product: a question in those words is about that article.
  const nameTerms = analysed.map(
    (a) => new Set(['title', 'keywords', 'upl'].flatMap((field) => (a[field]?.terms ?? []).map((t) => t.term))),
  );
  // Bodies are left out of the n-gram profile: they cost most of the build time and, measured
  // on the dev questions, did not improve the ranking (90.8% top-1 with and without).
  const words = (a: Record<string, { words: readonly string[] }>, field: string): readonly string[] => a[field]?.words ?? [];
  const ngrams = yield* ngramIndexSteps(
    analysed.map((a) => [
      { words: [...words(a, 'title'), ...words(a, 'keywords'), ...words(a, 'upl')], weight: 3 },
      { words: words(a, 'summary'), weight: 1 },
      { words: words(a, 'examples'), weight: 2 },
    ]),
  );
  const docOf = new Map(articles.map((a, doc) => [a.id, doc]));
  const learnt: { doc: number; analysis: Analysis }[] = [];
  for (const e of distinct.values()) {
    const doc = docOf.get(e.articleId);
    if (doc === undefined) continue;
    learnt.push({ doc, analysis: analyser.analyse(questionText(e.text)) });
    yield;
  }
  const neighbours = yield* exampleNeighboursSteps(articles.length, learnt);

  return {
    articles,
    analyser,
    rank(text, allowed) {
      const analysis = analyser.analyse(questionText(text));
      const { scores, maxScore, unmatched } = bm25.score(analysis);
      const ngram = ngrams.similarity(analysis.words);
      const lexical = scores.map((s) => lexicalEvidence(s, maxScore));
      const scoreOf = (doc: number, share: number) => mixEvidence(lexical[doc] ?? 0, ngram[doc] ?? 0, share);
      const top = (share: number, count: number): Candidate[] =>
        topK(articles.length, count, (doc) => scoreOf(doc, share), allowed).map((doc) => ({
          doc,
          lexical: lexical[doc] ?? 0,
          ngram: ngram[doc] ?? 0,
          score: scoreOf(doc, share),
        }));
      let maxLexical = 0;
      let maxNgram = 0;
      for (let doc = 0; doc < articles.length; doc++) {
        if (allowed && !allowed(doc)) continue;
        maxLexical = Math.max(maxLexical, lexical[doc] ?? 0);
        maxNgram = Math.max(maxNgram, ngram[doc] ?? 0);
      }
      const nameShare = (doc: number): number => {
        const names = nameTerms[doc];
        if (!names || analysis.sources === 0) return 0;
        const named = new Set(analysis.terms.filter((t) => names.has(t.term)).map((t) => t.source));
        return named.size / analysis.sources;
      };
      // The examples' similarities, computed when the confidence features first ask for them.
      let nearest: { sims: Float64Array; first: number; second: number } | null = null;
      const nearestNow = () => (nearest ??= nearestTwo(neighbours.nearest(analysis), allowed));
      const exampleSimilarity = (doc: number): number => nearestNow().sims[doc] ?? 0;
      const otherExampleSimilarity = (doc: number): number => {
        const { sims, first, second } = nearestNow();
        const other = doc === first ? second : first;
        return other < 0 ? 0 : (sims[other] ?? 0);
      };
      return {
        exampleSimilarity,
        otherExampleSimilarity,
        candidates: top(LEXICAL_SHARE, RANKING_DEPTH),
        maxLexical,
        maxNgram,
        sources: analysis.sources,
        unmatched,
        nameShare,
        top,
      };
    },
  };
}

/** The two allowed documents with the nearest examples: the best other than any one document is among them. */
function nearestTwo(sims: Float64Array, allowed?: (doc: number) => boolean) {
  let first = -1;
  let second = -1;
  for (let doc = 0; doc < sims.length; doc++) {
    if (allowed && !allowed(doc)) continue;
    const s = sims[doc] ?? 0;
    if (first < 0 || s > (sims[first] ?? 0)) [second, first] = [first, doc];
    else if (second < 0 || s > (sims[second] ?? 0)) second = doc;
  }
  return { sims, first, second };
}
