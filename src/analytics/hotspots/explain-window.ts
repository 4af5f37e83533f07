import { sharePosterior } from './baseline.ts';
import { betaBinomialUpperTail } from './beta-binomial.ts';
import { buildCountTables } from './count-table.ts';
import { buildNullModel } from './null-model.ts';
import { windowCounts } from './scan-windows.ts';
import type { HotspotOptions, WeeklyCount } from './types.ts';

export interface WindowExplanation {
  observed: number;
  /** What the rest of the city predicts for the wijk in these weeks. */
  expected: number;
  /** One-sided p-value of the weeks together, before multiple-testing correction. */
  pValue: number;
}

/**
 * The detector's test of one given run of weeks of one topic in one wijk, against a baseline of
 * all other weeks: to show how far a hotspot that was not flagged is from the bar.
 */
export function explainWindow(
  counts: readonly WeeklyCount[],
  inwoners: ReadonlyMap<string, number>,
  window: { topic: string; wijk: string; weekStarts: readonly string[] },
  options: HotspotOptions = {},
): WindowExplanation {
  const wijken = [...inwoners.keys()].sort();
  const { weeks, tables } = buildCountTables(counts, wijken);
  const model = buildNullModel(tables, wijken, inwoners, options.priorStrength);
  const w = wijken.indexOf(window.wijk);
  const table = tables.find((t) => t.topic === window.topic);
  if (!table || w < 0) return { observed: 0, expected: 0, pValue: 1 };
  const inWindow = new Set(window.weekStarts.map((ws) => weeks.indexOf(ws)));
  const row = table.counts[w]!;
  const elsewhere = weeks.map((_, k) => table.counts.reduce((s, r) => s + r[k]!, 0) - row[k]!);
  const { observed, others, baseWijk, baseCity } = windowCounts(row, elsewhere, (k) => inWindow.has(k));
  const { alpha, beta } = sharePosterior(model.shares[w]!, model.priorStrengths[w]!, baseWijk, baseCity);
  return { observed, expected: (others * alpha) / beta, pValue: betaBinomialUpperTail(observed, observed + others, alpha, beta) };
}
