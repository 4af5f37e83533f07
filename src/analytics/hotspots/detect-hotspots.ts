import { buildCountTables, type TopicTable } from './count-table.ts';
import { holmRejections } from './holm.ts';
import { buildNullModel } from './null-model.ts';
import { taroneTestCount } from './tarone.ts';
import { scanWindows, type NullModel, type WindowTest } from './scan-windows.ts';
import type { Hotspot, HotspotOptions, WeeklyCount } from './types.ts';

const DEFAULTS: Required<Omit<HotspotOptions, 'priorStrength' | 'falseAlarmsPerQuarter'>> = {
  alpha: 0.05,
  minCount: 5,
  minRatio: 1.5,
  maxRounds: 5,
  maxWindow: 4,
};

const cellKey = (topic: string, wijk: number, week: number): string => `${topic}\u0000${wijk}\u0000${week}`;

/**
 * Flags topic × wijk × week cells with significantly more contacts than expected.
 * The test conditions on the topic's city-wide count that week (see baseline.ts), so
 * city-wide waves raise the expectation instead of raising alarms. Runs of 1..maxWindow
 * weeks are tested against a baseline without them (scan-windows.ts), with Holm's
 * correction over every run that could reach significance (tarone.ts). Flagged cells are
 * then dropped from all baselines and the scan repeats until the set is stable, for
 * hotspots longer than the window.
 */
export function detectHotspots(
  counts: readonly WeeklyCount[],
  inwoners: ReadonlyMap<string, number>,
  options: HotspotOptions = {},
): Hotspot[] {
  return detectHotspotsWithStats(counts, inwoners, options).hotspots;
}

export interface HotspotRun {
  hotspots: Hotspot[];
  /** Tests sharing α in the last round (Tarone), per family; see `rejectAcrossFamilies`. */
  testCount: { singleWeek: number; multiWeek: number };
  /** The α each family got. */
  familyAlpha: number;
  rounds: number;
  /** The Dirichlet concentration ν of topics' wijk shares, when estimated (no priorStrength given). */
  priorConcentration: number | null;
}

export function detectHotspotsWithStats(
  counts: readonly WeeklyCount[],
  inwoners: ReadonlyMap<string, number>,
  options: HotspotOptions = {},
): HotspotRun {
  const opts = { ...DEFAULTS, ...options };
  const wijken = [...inwoners.keys()].sort();
  const { weeks, tables } = buildCountTables(counts, wijken);
  const model = buildNullModel(tables, wijken, inwoners, options.priorStrength);

  let flagged = new Map<string, number>();
  let result: Hotspot[] = [];
  let testCount = { singleWeek: 0, multiWeek: 0 };
  let rounds = 0;
  const budget = errorBudget(options.falseAlarmsPerQuarter, weeks.length) ?? opts.alpha;
  const familyAlpha = opts.maxWindow > 1 ? budget / 2 : budget;
  const bonferroni = options.falseAlarmsPerQuarter !== undefined;
  while (rounds < opts.maxRounds) {
    rounds++;
    const { candidates, minPValues } = scanAll(tables, model, flagged, opts);
    testCount = {
      singleWeek: taroneTestCount(minPValues.singleWeek, familyAlpha),
      multiWeek: taroneTestCount(minPValues.multiWeek, familyAlpha),
    };
    const cells = hotspotsFrom(rejectAcrossFamilies(candidates, testCount, familyAlpha, bonferroni), wijken, weeks);
    result = [...cells.values()];
    const next = new Map([...cells].map(([key, h]) => [key, h.expected]));
    const stable = next.size === flagged.size && [...next.keys()].every((k) => flagged.has(k));
    flagged = next;
    if (stable) break;
  }
  const hotspots = result.sort(
    (a, b) => b.score - a.score || a.topic.localeCompare(b.topic) || a.wijk.localeCompare(b.wijk) || a.weekStart.localeCompare(b.weekStart),
  );
  return { hotspots, testCount, rounds, familyAlpha, priorConcentration: model.concentration };
}

/**
 * With `falseAlarmsPerQuarter`, the run may spend that many expected false alarms (pro rata to
 * its weeks) instead of a family-wise error rate: Bonferroni at level γ bounds the EXPECTED
 * number of false rejections by γ (Holm does not, so it is not used then). A false run of
 * several weeks counts once here but flags each of its weeks.
 */
function errorBudget(falseAlarmsPerQuarter: number | undefined, weekCount: number): number | undefined {
  return falseAlarmsPerQuarter === undefined ? undefined : (falseAlarmsPerQuarter * Math.max(weekCount, 1)) / 13;
}

/**
 * Single weeks and longer runs are two families that each get half of α (Bonferroni between
 * them, Holm within). Most hotspots are short; without the split, the many multi-week runs
 * would raise the bar for a one-week hotspot by about half an order of magnitude.
 */
function rejectAcrossFamilies(
  candidates: readonly Candidate[],
  testCount: { singleWeek: number; multiWeek: number },
  familyAlpha: number,
  bonferroni: boolean,
): Candidate[] {
  const single = candidates.filter((c) => c.test.length === 1);
  const multi = candidates.filter((c) => c.test.length > 1);
  const reject = (family: Candidate[], count: number) => {
    if (bonferroni) return family.filter((c) => c.test.pValue <= familyAlpha / count);
    const rejected = holmRejections(
      family.map((c) => c.test.pValue),
      count,
      familyAlpha,
    );
    return family.filter((_, i) => rejected.has(i));
  };
  return [...reject(single, testCount.singleWeek), ...reject(multi, testCount.multiWeek)];
}

interface Candidate {
  topic: string;
  test: WindowTest;
}

function scanAll(
  tables: readonly TopicTable[],
  model: NullModel,
  flagged: ReadonlyMap<string, number>,
  opts: typeof DEFAULTS,
): { candidates: Candidate[]; minPValues: { singleWeek: number[]; multiWeek: number[] } } {
  const candidates: Candidate[] = [];
  const minPValues = { singleWeek: [] as number[], multiWeek: [] as number[] };
  for (const { topic, counts } of tables) {
    // Flagged cells count at their expected value, so an excess in one wijk neither lowers
    // the learnt share of the others nor hides in their "elsewhere" totals.
    const cleaned = counts.map((row, w) => row.map((n, k) => flagged.get(cellKey(topic, w, k)) ?? n));
    const isFlagged = (w: number, k: number) => flagged.has(cellKey(topic, w, k));
    const scan = scanWindows({ counts, cleaned, isFlagged }, model, opts.maxWindow, opts);
    minPValues.singleWeek.push(...scan.minPValues.singleWeek);
    minPValues.multiWeek.push(...scan.minPValues.multiWeek);
    for (const test of scan.tests) candidates.push({ topic, test });
  }
  return { candidates, minPValues };
}

/** Every week of a significant window is a hotspot; a week in several keeps the strongest. */
function hotspotsFrom(rejected: readonly Candidate[], wijken: readonly string[], weeks: readonly string[]): Map<string, Hotspot> {
  const byCell = new Map<string, Hotspot>();
  for (const { topic, test } of rejected) {
    const score = -Math.log10(Math.max(test.pValue, Number.MIN_VALUE));
    for (const wk of test.weeks) {
      const key = cellKey(topic, test.wijk, wk.week);
      if ((byCell.get(key)?.score ?? -1) >= score) continue;
      byCell.set(key, {
        topic,
        wijk: wijken[test.wijk]!,
        weekStart: weeks[wk.week]!,
        observed: wk.observed,
        expected: wk.expected,
        pValue: test.pValue,
        score,
      });
    }
  }
  return byCell;
}
