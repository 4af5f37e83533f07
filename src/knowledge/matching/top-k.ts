/**
 * The `k` best of `n` documents by `score`, best first; equal scores keep document order, as a
 * stable sort of all documents would. Only documents `allowed` lets through are considered.
 * One pass with a small sorted buffer: ranking 10,000 articles this way allocates k entries, not n.
 */
export function topK(n: number, k: number, score: (doc: number) => number, allowed?: (doc: number) => boolean): number[] {
  const docs: number[] = [];
  const scores: number[] = [];
  if (k <= 0) return docs;
  for (let doc = 0; doc < n; doc++) {
    if (allowed && !allowed(doc)) continue;
    const s = score(doc);
    if (docs.length === k && s <= (scores[k - 1] as number)) continue;
    let at = docs.length === k ? k - 1 : docs.length;
    while (at > 0 && (scores[at - 1] as number) < s) {
      docs[at] = docs[at - 1] as number;
      scores[at] = scores[at - 1] as number;
      at--;
    }
    docs[at] = doc;
    scores[at] = s;
  }
  return docs;
}
