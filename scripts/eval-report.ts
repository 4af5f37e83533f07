import { percentile, splitHalf, writerOf, type LabelledQuestion } from '../src/knowledge/matching/lindendaal-data.ts';

/**
 * Reports the whole set, then its even and odd halves: the methods were fitted on the even half,
 * so the odd half shows how they do on questions they were not tuned on.
 */
export function reportByHalf<T extends { q: LabelledQuestion }>(
  items: readonly T[],
  report: (label: string, set: readonly T[]) => void,
): void {
  report('all', items);
  report(
    'even',
    items.filter((i) => splitHalf(i.q) === 'even'),
  );
  report(
    'odd',
    items.filter((i) => splitHalf(i.q) === 'odd'),
  );
}

/** The writers of a labelled set in order of first appearance ("dev", "devA", …). */
export function writersOf(items: readonly { readonly id: string }[]): string[] {
  return [...new Set(items.map(writerOf))];
}

/**
 * Leave-one-writer-out, as the judge measures: for each writer, fit on all the others and
 * predict that writer's items; returns every left-out prediction, so the caller can report
 * each writer and the pool. `fit` sees only training items, `predict` only the left-out ones.
 */
export function leaveOneWriterOut<I extends { readonly id: string }, M, O>(
  items: readonly I[],
  fit: (training: readonly I[], leftOut: string) => M,
  predict: (model: M, item: I) => O,
): { writer: string; item: I; outcome: O }[] {
  return writersOf(items).flatMap((writer) => {
    const model = fit(
      items.filter((i) => writerOf(i) !== writer),
      writer,
    );
    return items.filter((i) => writerOf(i) === writer).map((item) => ({ writer, item, outcome: predict(model, item) }));
  });
}

/** Reports each writer's items and then all of them together ("pooled"). */
export function reportByWriter<T>(
  items: readonly T[],
  writer: (t: T) => string,
  report: (label: string, set: readonly T[]) => void,
  allLabel = 'pooled',
): void {
  for (const w of [...new Set(items.map(writer))])
    report(
      w,
      items.filter((i) => writer(i) === w),
    );
  report(allLabel, items);
}

export function printLatency(what: string, latencies: readonly number[]): void {
  const sorted = [...latencies].sort((a, b) => a - b);
  console.log(`latency per ${what}: p50 ${percentile(sorted, 0.5).toFixed(2)} ms, p95 ${percentile(sorted, 0.95).toFixed(2)} ms`);
}

/** n out of d as a percentage with one decimal; 'n/a' when there is nothing to count. */
export const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');
