/**
 * Character n-gram TF-IDF with cosine similarity. It catches what word matching misses:
 * spelling variants, inflections the stemmer leaves apart and unseen compounds
 * (idkaart ~ identiteitskaart shares "kaart"; bladkorf ~ bladkorven shares "bladkor").
 * Grams are interned as numbers and cached per word: building is dominated by this.
 */
import { runNow, type Steps } from './cooperative.ts';

const MIN_N = 3;
const MAX_N = 5;

export function charNgrams(word: string): string[] {
  const padded = `<${word}>`;
  const grams: string[] = [];
  for (let n = MIN_N; n <= MAX_N; n++) {
    for (let i = 0; i + n <= padded.length; i++) grams.push(padded.slice(i, i + n));
  }
  return grams;
}

export interface WeightedWords {
  readonly words: readonly string[];
  readonly weight: number;
}

export interface NgramIndex {
  /** Cosine similarity of the query words with every document (0..1). */
  similarity(words: readonly string[]): Float64Array;
}

export function buildNgramIndex(docs: readonly (readonly WeightedWords[])[]): NgramIndex {
  return runNow(ngramIndexSteps(docs));
}

/** buildNgramIndex in steps of one document (cooperative.ts). */
export function* ngramIndexSteps(docs: readonly (readonly WeightedWords[])[]): Steps<NgramIndex> {
  const gramIds = new Map<string, number>();
  const wordGrams = new Map<string, number[]>();
  const gramsOf = (word: string, create: boolean): number[] => {
    let ids = wordGrams.get(word);
    if (ids) return ids;
    ids = [];
    for (const g of charNgrams(word)) {
      let id = gramIds.get(g);
      if (id === undefined && create) {
        id = gramIds.size;
        gramIds.set(g, id);
      }
      if (id !== undefined) ids.push(id);
    }
    if (create) wordGrams.set(word, ids);
    return ids;
  };
  const count = (parts: readonly WeightedWords[], create: boolean): Map<number, number> => {
    const tf = new Map<number, number>();
    for (const { words, weight } of parts) {
      for (const w of words) for (const g of gramsOf(w, create)) tf.set(g, (tf.get(g) ?? 0) + weight);
    }
    return tf;
  };

  const docTf: Map<number, number>[] = [];
  for (const d of docs) {
    docTf.push(count(d, true));
    yield;
  }
  const df = new Uint32Array(gramIds.size);
  for (const tf of docTf) {
    for (const g of tf.keys()) df[g] = (df[g] ?? 0) + 1;
    yield;
  }
  const n = docs.length;
  const idf = Float64Array.from(df, (f) => Math.log((n + 1) / (f + 1)) + 1);

  const docLists: number[][] = Array.from({ length: gramIds.size }, () => []);
  const weightLists: number[][] = Array.from({ length: gramIds.size }, () => []);
  const norms = new Float64Array(n);
  for (const [doc, tf] of docTf.entries()) {
    let sq = 0;
    for (const [g, c] of tf) {
      const w = (1 + Math.log(c)) * (idf[g] ?? 0);
      sq += w * w;
      docLists[g]?.push(doc);
      weightLists[g]?.push(w);
    }
    norms[doc] = Math.sqrt(sq) || 1;
    yield;
  }
  // Typed postings: a long question walks many common grams' lists, each up to every document.
  const postDocs: Int32Array[] = [];
  const postWeights: Float64Array[] = [];
  for (const [g, list] of docLists.entries()) {
    postDocs.push(new Int32Array(list));
    postWeights.push(new Float64Array(weightLists[g] ?? []));
    if (g % 64 === 0) yield;
  }

  return {
    similarity(words) {
      const sims = new Float64Array(n);
      let sq = 0;
      for (const [g, c] of count([{ words, weight: 1 }], false)) {
        const qw = (1 + Math.log(c)) * (idf[g] ?? 0);
        sq += qw * qw;
        const ds = postDocs[g];
        const ws = postWeights[g];
        if (!ds || !ws) continue;
        for (let i = 0; i < ds.length; i++) {
          const d = ds[i] as number;
          sims[d] = (sims[d] as number) + qw * (ws[i] as number);
        }
      }
      // Grams no document has still count in the query's norm: unknown words lower similarity.
      const qNorm = Math.sqrt(sq + unknownGrams(words, gramIds) * (Math.log(n + 1) + 1) ** 2) || 1;
      for (let d = 0; d < n; d++) sims[d] = (sims[d] ?? 0) / (qNorm * (norms[d] ?? 1));
      return sims;
    },
  };
}

function unknownGrams(words: readonly string[], gramIds: ReadonlyMap<string, number>): number {
  let missing = 0;
  for (const w of words) for (const g of charNgrams(w)) if (!gramIds.has(g)) missing++;
  return missing;
}
