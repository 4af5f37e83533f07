import { priorShares } from './baseline.ts';
import { buildCountTables, type TopicTable } from './count-table.ts';
import { holmRejections } from './holm.ts';
import { taroneTestCount } from './tarone.ts';
import { scanWindows, type WindowTest } from './scan-windows.ts';
import type { Hotspot, HotspotOptions, WeeklyCount } from './types.ts';

const DEFAULTS: Required<HotspotOptions> = {
  alpha: 0.05,
  minCount: 5,
  minRatio: 1.5,
  priorStrength: 5,
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
}

export function detectHotspotsWithStats(
  counts: readonly WeeklyCount[],
  inwoners: ReadonlyMap<string, number>,
  options: HotspotOptions = {},
): HotspotRun {
  const opts = { ...DEFAULTS, ...options };
  const wijken = [...inwoners.keys()].sort();
  const { weeks, tables } = buildCountTables(counts, wijken);
  const contactsPerWijk = wijken.map((_, w) => tables.reduce((s, t) => s + t.counts[w]!.reduce((a, b) => a + b, 0), 0));
  const shares = priorShares(wijken, inwoners, contactsPerWijk);

  let flagged = new Map<string, number>();
  let result: Hotspot[] = [];
  let testCount = { singleWeek: 0, multiWeek: 0 };
  let rounds = 0;
  const familyAlpha = opts.maxWindow > 1 ? opts.alpha / 2 : opts.alpha;
  while (rounds < opts.maxRounds) {
    rounds++;
    const { candidates, minPValues } = scanAll(tables, shares, flagged, opts);
    testCount = {
      singleWeek: taroneTestCount(minPValues.singleWeek, familyAlpha),
      multiWeek: taroneTestCount(minPValues.multiWeek, familyAlpha),
    };
    const cells = hotspotsFrom(rejectAcrossFamilies(candidates, testCount, familyAlpha), wijken, weeks);
    result = [...cells.values()];
    const next = new Map([...cells].map(([key, h]) => [key, h.expected]));
    const stable = next.size === flagged.size && [...next.keys()].every((k) => flagged.has(k));
    flagged = next;
    if (stable) break;
  }
  const hotspots = result.sort(
    (a, b) => b.score - a.score || a.topic.localeCompare(b.topic) || a.wijk.localeCompare(b.wijk) || a.weekStart.localeCompare(b.weekStart),
  );
  return { hotspots, testCount, rounds, familyAlpha };
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
): Candidate[] {
  const single = candidates.filter((c) => c.test.weeks.length === 1);
  const multi = candidates.filter((c) => c.test.weeks.length > 1);
  const reject = (family: Candidate[], count: number) => {
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
  shares: readonly number[],
  flagged: ReadonlyMap<string, number>,
  opts: Required<HotspotOptions>,
): { candidates: Candidate[]; minPValues: { singleWeek: number[]; multiWeek: number[] } } {
  const candidates: Candidate[] = [];
  const minPValues = { singleWeek: [] as number[], multiWeek: [] as number[] };
  for (const { topic, counts } of tables) {
    // Flagged cells count at their expected value, so an excess in one wijk neither lowers
    // the learnt share of the others nor hides in their "elsewhere" totals.
    const cleaned = counts.map((row, w) => row.map((n, k) => flagged.get(cellKey(topic, w, k)) ?? n));
    const isFlagged = (w: number, k: number) => flagged.has(cellKey(topic, w, k));
    const scan = scanWindows({ counts, cleaned, isFlagged }, shares, opts.maxWindow, opts);
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
