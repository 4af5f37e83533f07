import type { Analysis } from './analyse.ts';
import { runNow, type Steps } from './cooperative.ts';

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

/** A term's postings as parallel typed arrays: scoring walks them for every query. */
interface Postings {
  readonly docs: Int32Array;
  readonly pseudoTf: Float64Array;
}

export interface Bm25Index {
  readonly size: number;
  /** Per document: Σ over the query's content words of idf · saturation, and the total idf. */
  score(query: Analysis): { scores: Float64Array; maxScore: number; unmatched: number };
  knows(term: string): boolean;
}

const K1 = 1.2;

export function buildBm25Index(docs: readonly AnalysedFields[], fields: Readonly<Record<string, FieldSpec>>): Bm25Index {
  return runNow(bm25IndexSteps(docs, fields));
}

/** buildBm25Index in steps of one document (cooperative.ts). */
export function* bm25IndexSteps(docs: readonly AnalysedFields[], fields: Readonly<Record<string, FieldSpec>>): Steps<Bm25Index> {
  const fieldNames = Object.keys(fields);
  // tf per field per doc, and field lengths.
  const perDoc: { tf: Map<string, number>; length: number }[][] = [];
  for (const doc of docs) {
    perDoc.push(
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
    yield;
  }
  const avgLength = fieldNames.map((_, f) => {
    const total = perDoc.reduce((sum, d) => sum + (d[f]?.length ?? 0), 0);
    return Math.max(total / Math.max(docs.length, 1), 1);
  });

  const lists = new Map<string, { docs: number[]; pseudoTf: number[] }>();
  for (const [doc, docFields] of perDoc.entries()) {
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
      let list = lists.get(term);
      if (!list) lists.set(term, (list = { docs: [], pseudoTf: [] }));
      list.docs.push(doc);
      list.pseudoTf.push(pseudoTf);
    }
    yield;
  }
  const postings = new Map<string, Postings>();
  for (const [term, list] of lists) {
    postings.set(term, { docs: new Int32Array(list.docs), pseudoTf: new Float64Array(list.pseudoTf) });
    if (postings.size % 64 === 0) yield;
  }

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
      // Per content word, each document's best term score; only the documents a term reaches
      // are touched (and reset), so a long question costs its postings, not words × documents.
      const best = new Float64Array(n);
      const touched = new Int32Array(n);
      for (const terms of bySource.values()) {
        let reached = 0;
        let sourceIdf = 0;
        for (const { term, weight } of terms) {
          const list = postings.get(term);
          const termIdf = idf(list?.docs.length ?? 0);
          sourceIdf = Math.max(sourceIdf, weight === 1 ? termIdf : 0);
          if (!list) continue;
          const { docs: listDocs, pseudoTf } = list;
          for (let i = 0; i < listDocs.length; i++) {
            const doc = listDocs[i] as number;
            const tf = pseudoTf[i] as number;
            const s = (weight * termIdf * tf) / (K1 + tf);
            const before = best[doc] as number;
            if (before === 0 && s > 0) touched[reached++] = doc;
            if (s > before) best[doc] = s;
          }
        }
        if (!terms.some((t) => postings.has(t.term))) unmatched++;
        if (sourceIdf === 0) sourceIdf = Math.max(...terms.map((t) => idf(postings.get(t.term)?.docs.length ?? 0)));
        maxScore += sourceIdf;
        for (let i = 0; i < reached; i++) {
          const doc = touched[i] as number;
          scores[doc] = (scores[doc] as number) + (best[doc] as number);
          best[doc] = 0;
        }
      }
      return { scores, maxScore, unmatched };
    },
  };
}
