/**
 * Further contact histories for the hotspot eval: the real history's topic volumes and wijk
 * shares, resampled with another seed, other seasonal waves and other injected hotspots, and
 * a share of contacts given a wrong topic (classification noise).
 */
import type { WeeklyCount } from '../src/analytics/hotspots/index.ts';
import { poisson, seededRandom } from '../src/analytics/hotspots/synthetic-counts.test-helpers.ts';

export type InjectedKind = 'lokaal onderwerp' | 'klein surplus in stadsbreed onderwerp' | 'tijdens stadsbrede golf';

export interface InjectedHotspot {
  kind: InjectedKind;
  topic: string;
  wijk: string;
  weekStarts: string[];
}

export interface History {
  counts: WeeklyCount[];
  injected: InjectedHotspot[];
}

/** What a history is drawn from: measured on the real history, not on the generated ones. */
export interface HistoryModel {
  weeks: string[];
  wijken: string[];
  /** Median weekly city-wide count per article (the median ignores waves and hotspots). */
  weeklyRate: Map<string, number>;
  /** Per article, each wijk's share of its contacts (smoothed toward the wijk's overall share). */
  wijkShare: Map<string, number[]>;
  categoryOf: Map<string, string>;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** Pseudo-contacts pulling an article's wijk shares toward the wijk's share of all contacts. */
const SHARE_PRIOR_CONTACTS = 20;

export function historyModel(counts: readonly WeeklyCount[], wijken: string[], categoryOf: Map<string, string>): HistoryModel {
  const weeks = [...new Set(counts.map((c) => c.weekStart))].sort();
  const wijkIndex = new Map(wijken.map((w, i) => [w, i]));
  const perTopic = new Map<string, { weekly: number[]; perWijk: number[] }>();
  const allPerWijk = wijken.map(() => 0);
  for (const c of counts) {
    let t = perTopic.get(c.topic);
    if (!t) perTopic.set(c.topic, (t = { weekly: weeks.map(() => 0), perWijk: wijken.map(() => 0) }));
    t.weekly[weeks.indexOf(c.weekStart)]! += c.count;
    t.perWijk[wijkIndex.get(c.wijk)!]! += c.count;
    allPerWijk[wijkIndex.get(c.wijk)!]! += c.count;
  }
  const all = allPerWijk.reduce((a, b) => a + b, 0);
  const weeklyRate = new Map<string, number>();
  const wijkShare = new Map<string, number[]>();
  for (const [topic, t] of perTopic) {
    const total = t.perWijk.reduce((a, b) => a + b, 0);
    weeklyRate.set(topic, Math.max(median(t.weekly), total / weeks.length / 4));
    wijkShare.set(
      topic,
      t.perWijk.map((n, w) => (n + (SHARE_PRIOR_CONTACTS * allPerWijk[w]!) / all) / (total + SHARE_PRIOR_CONTACTS)),
    );
  }
  return { weeks, wijken, weeklyRate, wijkShare, categoryOf };
}

export interface HistoryOptions {
  seed: number;
  /** Share of contacts given a wrong topic: mostly another article of the same category. */
  noise: number;
}

/** Of the misclassified contacts, the share that lands in the same category (the rest anywhere). */
const SAME_CATEGORY_CONFUSION = 0.6;

export function generateHistory(model: HistoryModel, { seed, noise }: HistoryOptions): History {
  const random = seededRandom(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const { weeks, wijken } = model;
  const topics = [...model.weeklyRate.keys()].sort();
  const byVolume = [...topics].sort((a, b) => model.weeklyRate.get(b)! - model.weeklyRate.get(a)!);
  // Mean per topic × wijk × week, with week-to-week wobble city-wide and per cell.
  const mean = new Map(
    topics.map((t) => {
      const rate = model.weeklyRate.get(t)!;
      const share = model.wijkShare.get(t)!;
      const weekly = weeks.map(() => rate * Math.exp(0.15 * normal()));
      return [t, wijken.map((_, w) => weekly.map((r) => r * share[w]! * Math.exp(0.1 * normal())))];
    }),
  );
  const run = (length: number) => {
    const start = Math.floor(random() * (weeks.length - length + 1));
    return Array.from({ length }, (_, i) => start + i);
  };
  // Two city-wide waves on busy topics: the expectation must follow them.
  const waves = [pick(byVolume.slice(0, 20)), pick(byVolume.slice(20, 40))].map((topic) => ({
    topic,
    weeks: run(3 + Math.floor(random() * 4)),
  }));
  for (const wave of waves) {
    const factor = 2 + random();
    for (const row of mean.get(wave.topic)!) for (const k of wave.weeks) row[k]! *= factor;
  }
  const injected: InjectedHotspot[] = [];
  const inject = (kind: InjectedKind, topic: string, wijk: number, ks: number[], extra: (cellMean: number) => number) => {
    const row = mean.get(topic)![wijk]!;
    for (const k of ks) row[k]! += extra(row[k]!);
    injected.push({ kind, topic, wijk: wijken[wijk]!, weekStarts: ks.map((k) => weeks[k]!) });
  };
  const busiestWijk = (topic: string) => {
    const share = model.wijkShare.get(topic)!;
    const candidates = wijken.map((_, w) => w).filter((w) => share[w]! >= 0.05);
    return pick(candidates.length ? candidates : wijken.map((_, w) => w));
  };
  // A local problem with a modest topic, one to three weeks.
  const modest = byVolume.filter((t) => model.weeklyRate.get(t)! >= 3 && model.weeklyRate.get(t)! < 30);
  inject('lokaal onderwerp', pick(modest), Math.floor(random() * wijken.length), run(1 + Math.floor(random() * 3)), (m) => 6 + m);
  // A small excess in one wijk of one of the busiest topics, which is asked about everywhere:
  // a fifth of the topic's usual city-wide week, which hardly moves the city-wide count.
  const cityWide = byVolume.slice(0, 8).filter((t) => !waves.some((w) => w.topic === t));
  const big = pick(cityWide);
  const fifth = 0.2 * model.weeklyRate.get(big)!;
  inject('klein surplus in stadsbreed onderwerp', big, busiestWijk(big), run(1 + Math.floor(random() * 2)), () => fifth);
  // A local excess on top of a city-wide wave of the same topic.
  const wave = waves[0]!;
  const inWave = wave.weeks.slice(0, 1 + Math.floor(random() * 2));
  inject('tijdens stadsbrede golf', wave.topic, busiestWijk(wave.topic), inWave, (m) => Math.max(4, m));

  const sameCategory = new Map<string, string[]>();
  for (const t of topics)
    sameCategory.set(
      t,
      topics.filter((o) => o !== t && model.categoryOf.get(o) === model.categoryOf.get(t)),
    );
  const tally = new Map<string, number>();
  const add = (topic: string, w: number, k: number) => {
    const key = `${topic}\u0000${w}\u0000${k}`;
    tally.set(key, (tally.get(key) ?? 0) + 1);
  };
  for (const t of topics)
    mean.get(t)!.forEach((row, w) =>
      row.forEach((m, k) => {
        const n = poisson(m, random);
        for (let i = 0; i < n; i++) {
          if (random() >= noise) add(t, w, k);
          else {
            const siblings = sameCategory.get(t)!;
            const wrong = siblings.length && random() < SAME_CATEGORY_CONFUSION ? pick(siblings) : pick(topics.filter((o) => o !== t));
            add(wrong, w, k);
          }
        }
      }),
    );
  const counts = [...tally].map(([key, count]) => {
    const [topic, w, k] = key.split('\u0000');
    return { topic: topic!, wijk: wijken[Number(w)]!, weekStart: weeks[Number(k)]!, count };
  });
  return { counts, injected };
}
