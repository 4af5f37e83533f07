/**
 * How a ranking weighs its two kinds of evidence: word matching (BM25, as a share of the
 * question's own best possible score) and character n-grams (cosine similarity).
 */

/**
 * Share of word evidence in the mix. 0.7 ranked best on the dev questions, but with the
 * confidence refitted for each value, 0.5 lets the bot answer more questions at the same
 * precision on both halves (chosen on the even half: 0.45–0.6 all beat 0.7 there and on the odd).
 */
export const LEXICAL_SHARE = 0.5;

/** A BM25 score as the share (0..1) of the question's words it explains. */
export function lexicalEvidence(score: number, maxScore: number): number {
  return maxScore > 0 ? Math.min(score / maxScore, 1) : 0;
}

/** Word and n-gram evidence mixed `share` : 1 − `share`. */
export function mixEvidence(lexical: number, ngram: number, share = LEXICAL_SHARE): number {
  return share * lexical + (1 - share) * ngram;
}
