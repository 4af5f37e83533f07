import type { Analysis } from './analyse.ts';

/**
 * BM25F over weighted fields. The per-document saturation input is query-independent, so it
 * is computed once at build time and a query only walks the postings of its own terms.
 */
export interface FieldSpec {
  readonly weight: number;
  readonly b: number;
}

/** A document as analysed text per field name. */
export type AnalysedFields = Readonly<Record<string, Analysis>>;

interface Posting {
  readonly doc: number;
  readonly pseudoTf: number;
}

export interface Bm25Index {
  readonly size: number;
  /** Per document: Σ over the query's content words of idf · saturation, and the total idf. */
  score(query: Analysis): { scores: Float64Array; maxScore: number; unmatched: number };
  knows(term: string): boolean;
}

const K1 = 1.2;

export function buildBm25Index(docs: readonly AnalysedFields[], fields: Readonly<Record<string, FieldSpec>>): Bm25Index {
  const fieldNames = Object.keys(fields);
  // tf per field per doc, and field lengths.
  const perDoc = docs.map((doc) =>
    fieldNames.map((name) => {
      const tf = new Map<string, number>();
      let length = 0;
      for (const t of doc[name]?.terms ?? []) {
        tf.set(t.term, (tf.get(t.term) ?? 0) + t.weight);
        length += t.weight;
      }
      return { tf, length };
    }),
  );
  const avgLength = fieldNames.map((_, f) => {
    const total = perDoc.reduce((sum, d) => sum + (d[f]?.length ?? 0), 0);
    return Math.max(total / Math.max(docs.length, 1), 1);
  });

  const postings = new Map<string, Posting[]>();
  perDoc.forEach((docFields, doc) => {
    const pseudo = new Map<string, number>();
    docFields.forEach(({ tf, length }, f) => {
      const spec = fields[fieldNames[f] ?? ''];
      if (!spec) return;
      const norm = 1 - spec.b + spec.b * (length / (avgLength[f] ?? 1));
      for (const [term, count] of tf) {
        pseudo.set(term, (pseudo.get(term) ?? 0) + (spec.weight * count) / norm);
      }
    });
    for (const [term, pseudoTf] of pseudo) {
      const list = postings.get(term) ?? [];
      list.push({ doc, pseudoTf });
      postings.set(term, list);
    }
  });

  const n = docs.length;
  const idf = (df: number): number => Math.log(1 + (n - df + 0.5) / (df + 0.5));

  return {
    size: n,
    knows: (term) => postings.has(term),
    score(query) {
      const scores = new Float64Array(n);
      // Per content word only its best-matching term counts, so a word and its synonym or
      // compound parts do not add up to more than the word itself.
      const bySource = new Map<number, { term: string; weight: number }[]>();
      for (const t of query.terms) {
        const list = bySource.get(t.source) ?? [];
        if (!list.some((x) => x.term === t.term && x.weight >= t.weight)) list.push(t);
        bySource.set(t.source, list);
      }
      let maxScore = 0;
      let unmatched = 0;
      const best = new Float64Array(n);
      for (const terms of bySource.values()) {
        best.fill(0);
        let sourceIdf = 0;
        for (const { term, weight } of terms) {
          const list = postings.get(term);
          const termIdf = idf(list?.length ?? 0);
          sourceIdf = Math.max(sourceIdf, weight === 1 ? termIdf : 0);
          if (!list) continue;
          for (const p of list) {
            const s = (weight * termIdf * p.pseudoTf) / (K1 + p.pseudoTf);
            if (s > (best[p.doc] ?? 0)) best[p.doc] = s;
          }
        }
        if (!terms.some((t) => postings.has(t.term))) unmatched++;
        if (sourceIdf === 0) sourceIdf = Math.max(...terms.map((t) => idf(postings.get(t.term)?.length ?? 0)));
        maxScore += sourceIdf;
        for (let d = 0; d < n; d++) scores[d] = (scores[d] ?? 0) + (best[d] ?? 0);
      }
      return { scores, maxScore, unmatched };
    },
  };
}
