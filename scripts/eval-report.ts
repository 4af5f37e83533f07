import { percentile, splitHalf, type LabelledQuestion } from '../src/knowledge/matching/lindendaal-data.ts';

/**
 * Reports the whole set, then its even and odd halves: the methods were fitted on the even half,
 * so the odd half shows how they do on questions they were not tuned on.
 */
export function reportByHalf<T extends { q: LabelledQuestion }>(items: readonly T[], report: (label: string, set: readonly T[]) => void): void {
  report('all', items);
  report('even', items.filter((i) => splitHalf(i.q) === 'even'));
  report('odd', items.filter((i) => splitHalf(i.q) === 'odd'));
}

export function printLatency(what: string, latencies: readonly number[]): void {
  const sorted = [...latencies].sort((a, b) => a - b);
  console.log(`latency per ${what}: p50 ${percentile(sorted, 0.5).toFixed(2)} ms, p95 ${percentile(sorted, 0.95).toFixed(2)} ms`);
}
