/**
 * Scores the hotspot detector on histories it has never seen (hotspot-histories.ts): found,
 * missed and false alarms at article level, per noise level and per kind of injected hotspot.
 * The detector runs with its defaults, fixed before these histories existed; nothing is fitted here.
 * Choices about the detector were made on seeds 2001-2020 (--seeds=2001-2020), never on HISTORY_SEEDS.
 */
import { detectHotspotsWithStats, explainWindow, type HotspotRun, type WeeklyCount } from '../src/analytics/hotspots/index.ts';
import { generateHistory, type HistoryModel, type InjectedHotspot, type InjectedKind } from './hotspot-histories.ts';

/** The seeds reported on. Choose or fit anything on another range (--seeds=2001-2020), never on these. */
export const HISTORY_SEEDS = Array.from({ length: 10 }, (_, i) => 1001 + i);

/** "2001-2020" → [2001, …, 2020]. */
export function parseSeedRange(range: string): number[] {
  const m = /^(\d+)-(\d+)$/.exec(range);
  if (!m || Number(m[2]) < Number(m[1])) throw new Error(`--seeds must look like 2001-2020, not ${range}`);
  return Array.from({ length: Number(m[2]) - Number(m[1]) + 1 }, (_, i) => Number(m[1]) + i);
}

export const NOISE_LEVELS = [0, 0.1, 0.2];

interface Tally {
  weeks: number;
  weeksFound: number;
  hotspots: number;
  hotspotsFound: number;
}
const emptyTally = (): Tally => ({ weeks: 0, weeksFound: 0, hotspots: 0, hotspotsFound: 0 });

export interface HistoriesResult {
  noise: number;
  seeds: number[];
  histories: number;
  weeks: number;
  total: Tally;
  perKind: Map<InjectedKind, Tally>;
  falseAlarms: number;
  /** False alarms in the wijk and week of an injected hotspot: its misclassified contacts. */
  echoes: number;
  /** Per missed injected hotspot: its counts against the expectation and the bar it had to pass. */
  misses: string[];
}

type Detect = (counts: WeeklyCount[], inwoners: ReadonlyMap<string, number>) => HotspotRun;

export function evaluateHistories(
  model: HistoryModel,
  inwoners: ReadonlyMap<string, number>,
  noise: number,
  seeds: readonly number[] = HISTORY_SEEDS,
  detect: Detect = (c, i) => detectHotspotsWithStats(c, i),
): HistoriesResult {
  const result: HistoriesResult = {
    noise,
    seeds: [...seeds],
    histories: seeds.length,
    weeks: model.weeks.length,
    total: emptyTally(),
    perKind: new Map(),
    falseAlarms: 0,
    echoes: 0,
    misses: [],
  };
  for (const seed of seeds) {
    const history = generateHistory(model, { seed, noise });
    const run = detect(history.counts, inwoners);
    const flagged = run.hotspots;
    const key = (topic: string, wijk: string, week: string) => `${topic}|${wijk}|${week}`;
    const flaggedKeys = new Set(flagged.map((h) => key(h.topic, h.wijk, h.weekStart)));
    const injectedKeys = new Set<string>();
    for (const h of history.injected) {
      const kind = result.perKind.get(h.kind) ?? emptyTally();
      result.perKind.set(h.kind, kind);
      const found = h.weekStarts.filter((w) => flaggedKeys.has(key(h.topic, h.wijk, w))).length;
      for (const t of [kind, result.total]) {
        t.weeks += h.weekStarts.length;
        t.weeksFound += found;
        t.hotspots++;
        if (found > 0) t.hotspotsFound++;
      }
      if (found === 0) result.misses.push(`seed ${seed} ${describeMiss(h, history.counts, inwoners, run)}`);
      for (const w of h.weekStarts) injectedKeys.add(key(h.topic, h.wijk, w));
    }
    for (const h of flagged) {
      if (injectedKeys.has(key(h.topic, h.wijk, h.weekStart))) continue;
      result.falseAlarms++;
      if (history.injected.some((i) => i.wijk === h.wijk && i.weekStarts.includes(h.weekStart))) result.echoes++;
    }
  }
  return result;
}

/** Observed vs expected over the injected weeks together, and the p-value the run of weeks needed. */
function describeMiss(h: InjectedHotspot, counts: WeeklyCount[], inwoners: ReadonlyMap<string, number>, run: HotspotRun): string {
  const x = explainWindow(counts, inwoners, h);
  const tests = h.weekStarts.length > 1 ? run.testCount.multiWeek : run.testCount.singleWeek;
  const needed = run.familyAlpha / tests;
  return (
    `${h.kind}: ${h.topic} ${h.wijk} ${h.weekStarts.length} wk, ${x.observed} vs ${x.expected.toFixed(1)} expected, ` +
    `p ${x.pValue.toExponential(1)}, needed ≤ ${needed.toExponential(1)}${x.pValue <= needed ? ' (reachable)' : ''}`
  );
}

const share = (n: number, of: number) => `${n}/${of} (${of ? ((100 * n) / of).toFixed(0) : '-'}%)`;

export function printHistories(results: readonly HistoriesResult[], { misses = false } = {}): void {
  const first = results[0];
  if (!first) return;
  console.log(
    `\n== ${first.histories} further histories per noise level (seeds ${first.seeds[0]}-${first.seeds.at(-1)}), ` +
      `article × wijk × week, 3 injected hotspots each, detector defaults ==`,
  );
  for (const r of results) {
    const quarters = (r.histories * r.weeks) / 13;
    console.log(
      `  noise ${(100 * r.noise).toFixed(0).padStart(2)}%: hotspots found ${share(r.total.hotspotsFound, r.total.hotspots)}, ` +
        `weeks found ${share(r.total.weeksFound, r.total.weeks)}, missed ${r.total.hotspots - r.total.hotspotsFound} hotspots; ` +
        `false alarms ${r.falseAlarms} (${(r.falseAlarms / quarters).toFixed(2)} per quarter, ${r.echoes} beside an injected hotspot)`,
    );
    for (const [kind, t] of r.perKind)
      console.log(`      ${kind.padEnd(40)} hotspots ${share(t.hotspotsFound, t.hotspots)}, weeks ${share(t.weeksFound, t.weeks)}`);
    if (misses) for (const m of r.misses) console.log(`        missed, ${m}`);
  }
  const all = results.reduce((s, r) => ({ h: s.h + r.total.hotspots, f: s.f + r.total.hotspotsFound, fa: s.fa + r.falseAlarms }), {
    h: 0,
    f: 0,
    fa: 0,
  });
  console.log(`  over all ${results.length * first.histories} histories: found ${share(all.f, all.h)}, false alarms ${all.fa}`);
}
