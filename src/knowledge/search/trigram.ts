/**
 * pg_trgm's `similarity()` for single words, computed in memory over the cached vocabulary: the
 * word padded with two spaces in front and one behind, its distinct three-character pieces, and
 * shared / (all of both − shared). search.test.ts checks it against pg_trgm on both databases.
 * Asking the database instead costs a round trip per search, and a trigram index over a table
 * whose counts change on every publication bloats where nothing vacuums it (PGlite).
 */
export function trigrams(word: string): Set<string> {
  const chars = [' ', ' ', ...word, ' '];
  const result = new Set<string>();
  for (let i = 0; i + 3 <= chars.length; i++) result.add(chars.slice(i, i + 3).join(''));
  return result;
}

export function similarity(a: string, b: string): number {
  const [left, right] = [trigrams(a), trigrams(b)];
  let shared = 0;
  for (const gram of left) if (right.has(gram)) shared++;
  return shared / (left.size + right.size - shared);
}

export interface TrigramIndex {
  /** Known words at least `min` similar to `word`, most similar first (then more frequent). */
  nearest(word: string, min: number, limit: number): string[];
}

/** An inverted index from trigram to words, so a lookup visits only words sharing a trigram. */
export function trigramIndex(counts: ReadonlyMap<string, number>): TrigramIndex {
  const words = [...counts.keys()];
  const sizes = new Int32Array(words.length);
  const postings = new Map<string, number[]>();
  words.forEach((word, id) => {
    const grams = trigrams(word);
    sizes[id] = grams.size;
    for (const gram of grams) {
      const list = postings.get(gram);
      if (list) list.push(id);
      else postings.set(gram, [id]);
    }
  });
  return {
    nearest(word, min, limit) {
      const grams = trigrams(word);
      const shared = new Map<number, number>();
      for (const gram of grams) for (const id of postings.get(gram) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
      const found: { word: string; score: number; count: number }[] = [];
      for (const [id, n] of shared) {
        const score = n / (grams.size + sizes[id]! - n);
        if (score >= min) found.push({ word: words[id]!, score, count: counts.get(words[id]!) ?? 0 });
      }
      found.sort((a, b) => b.score - a.score || b.count - a.count || (a.word < b.word ? -1 : 1));
      return found.slice(0, limit).map((f) => f.word);
    },
  };
}
