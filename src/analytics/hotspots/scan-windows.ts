import { sharePosterior } from './baseline.ts';
import { betaBinomialUpperTail } from './beta-binomial.ts';
import type { HotspotOptions } from './types.ts';

/** One week inside a tested window, judged against the window's baseline. */
export interface WeekEvidence {
  week: number;
  observed: number;
  expected: number;
}

/** Consecutive weeks of one topic in one wijk, tested together against the remaining weeks. */
export interface WindowTest {
  wijk: number;
  /** Weeks in the window, which decides its family; `weeks` holds only those reported. */
  length: number;
  pValue: number;
  weeks: WeekEvidence[];
}

/** The prior on every wijk's share of a topic (baseline.ts, dispersion.ts). */
export interface NullModel {
  /** Each wijk's share of all contacts, the prior mean of its share of any topic. */
  shares: readonly number[];
  /** Per wijk, the prior's weight in contacts from that wijk. */
  priorStrengths: readonly number[];
}

export interface TopicCounts {
  /** Raw counts, wijk rows × week columns. */
  counts: readonly (readonly number[])[];
  /** Counts with already flagged cells replaced by their expectation. */
  cleaned: readonly (readonly number[])[];
  isFlagged: (wijk: number, week: number) => boolean;
}

/**
 * The counts a window's test is made of, for one wijk's `row` and the rest of the city's
 * `elsewhere` per week: the window's weeks, and as baseline every other week that is not `excluded`.
 */
export function windowCounts(
  row: readonly number[],
  elsewhere: readonly number[],
  inWindow: (week: number) => boolean,
  excluded: (week: number) => boolean = () => false,
): { observed: number; others: number; baseWijk: number; baseCity: number } {
  let observed = 0;
  let others = 0;
  let baseWijk = 0;
  let baseCity = 0;
  for (let k = 0; k < row.length; k++) {
    if (inWindow(k)) {
      observed += row[k]!;
      others += elsewhere[k]!;
    } else if (!excluded(k)) {
      baseWijk += row[k]!;
      baseCity += row[k]! + elsewhere[k]!;
    }
  }
  return { observed, others, baseWijk, baseCity };
}

/**
 * Only the weeks of a significant window that show an excess of their own (min count, min
 * ratio, one-sided p below this level) are reported, so one strong week cannot drag ordinary
 * neighbours along; a window without such a week is no candidate. A weak week inside a run no
 * longer keeps the run from being tested as a whole (Poisson chance often leaves one of three
 * hot weeks near normal). Which weeks are reported does not change which windows are tested,
 * so the count of tests (Tarone) and the error rate stay as they were. The level is lenient
 * because the window must still pass the strict test.
 */
const WEEK_LEVEL = 0.01;

/**
 * Tests every run of 1..maxWindow consecutive weeks per wijk. The baseline leaves out the
 * whole window (and flagged cells), so a hotspot lasting several weeks cannot hide behind its
 * own other weeks: the week-at-a-time test with a leave-one-out baseline misses those.
 */
export function scanWindows(
  topic: TopicCounts,
  model: NullModel,
  maxWindow: number,
  opts: Required<Pick<HotspotOptions, 'minCount' | 'minRatio'>>,
): { tests: WindowTest[]; minPValues: { singleWeek: number[]; multiWeek: number[] } } {
  const { counts, cleaned, isFlagged } = topic;
  const weekCount = counts[0]?.length ?? 0;
  const weekTotals = Array.from({ length: weekCount }, (_, k) => cleaned.reduce((sum, row) => sum + row[k]!, 0));
  const tests: WindowTest[] = [];
  const minPValues = { singleWeek: [] as number[], multiWeek: [] as number[] };
  counts.forEach((row, w) => {
    const elsewhere = row.map((_, k) => Math.round(weekTotals[k]! - cleaned[w]![k]!));
    for (let length = 1; length <= Math.min(maxWindow, weekCount); length++) {
      for (let start = 0; start + length <= weekCount; start++) {
        const { observed, others, baseWijk, baseCity } = windowCounts(
          row,
          elsewhere,
          (k) => k >= start && k < start + length,
          (k) => isFlagged(w, k),
        );
        const total = observed + others;
        if (total < opts.minCount) continue; // can never be flagged: not a test at all
        const { alpha, beta } = sharePosterior(model.shares[w]!, model.priorStrengths[w]!, baseWijk, baseCity);
        (length === 1 ? minPValues.singleWeek : minPValues.multiWeek).push(betaBinomialUpperTail(total, total, alpha, beta));
        // Expected: what the rest of the city predicts for this wijk, others × p / (1 − p).
        const passes = (n: number, expected: number) => n >= opts.minCount && n >= opts.minRatio * expected;
        if (!passes(observed, (others * alpha) / beta)) continue;
        const weeks: WeekEvidence[] = [];
        for (let k = start; k < start + length; k++) {
          const expected = (elsewhere[k]! * alpha) / beta;
          const p = betaBinomialUpperTail(row[k]!, row[k]! + elsewhere[k]!, alpha, beta);
          if (passes(row[k]!, expected) && p < WEEK_LEVEL) weeks.push({ week: k, observed: row[k]!, expected });
        }
        if (weeks.length === 0) continue;
        tests.push({ wijk: w, length, pValue: betaBinomialUpperTail(observed, total, alpha, beta), weeks });
      }
    }
  });
  return { tests, minPValues };
}
