import type { Analysis } from './analyse.ts';
import { bm25IndexSteps } from './bm25-index.ts';
import { ngramIndexSteps } from './char-ngrams.ts';
import { runNow, type Steps } from './cooperative.ts';
import { lexicalEvidence, mixEvidence } from './evidence-mix.ts';

/**
 * Confirmed questions (training examples) each kept as their own document, so that a new
 * question can be compared with the single nearest one. Taking the nearest example per article
 * keeps the evidence bounded: an article with fifty (near-)identical examples is no nearer than
 * with one of them.
 */
export interface ExampleNeighbours {
  /**
   * Per article (index into the articles), the similarity (0..1) of the analysed text with its
   * nearest example; 0 for an article without examples.
   */
  nearest(text: Analysis): Float64Array;
}

export function buildExampleNeighbours(
  articleCount: number,
  examples: readonly { readonly doc: number; readonly analysis: Analysis }[],
): ExampleNeighbours {
  return runNow(exampleNeighboursSteps(articleCount, examples));
}

/** buildExampleNeighbours in steps of one example (cooperative.ts): wrap-ups add up over the years. */
export function* exampleNeighboursSteps(
  articleCount: number,
  examples: readonly { readonly doc: number; readonly analysis: Analysis }[],
): Steps<ExampleNeighbours> {
  if (examples.length === 0) return { nearest: () => new Float64Array(articleCount) };
  const words = yield* bm25IndexSteps(
    examples.map((e) => ({ text: e.analysis })),
    { text: { weight: 1, b: 0.75 } },
  );
  const grams = yield* ngramIndexSteps(examples.map((e) => [{ words: e.analysis.words, weight: 1 }]));
  return {
    nearest(text) {
      const { scores, maxScore } = words.score(text);
      const ngram = grams.similarity(text.words);
      const best = new Float64Array(articleCount);
      examples.forEach((e, i) => {
        // Mixed as the article ranking mixes them.
        const s = mixEvidence(lexicalEvidence(scores[i] ?? 0, maxScore), ngram[i] ?? 0);
        if (s > (best[e.doc] ?? 0)) best[e.doc] = s;
      });
      return best;
    },
  };
}
