import { seededRandom } from '../../platform/seeded-random.ts';
import type { WeeklyCount } from './types.ts';

/** Deterministic PRNG (mulberry32) so synthetic fixtures are the same on every run. */
export { seededRandom };

export function poisson(mean: number, random: () => number): number {
  // Knuth's method is fine for the small means used in tests.
  const limit = Math.exp(-mean);
  let k = 0;
  let p = random();
  while (p > limit) {
    k++;
    p *= random();
  }
  return k;
}

export const inwoners = new Map([
  ['WA', 8000],
  ['WB', 6000],
  ['WC', 4000],
  ['WD', 2000],
]);

export const WEEKS = Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(2026, 7, 31) + i * 7 * 86_400_000).toISOString().slice(0, 10));

/**
 * Poisson counts per wijk × week for one topic: `weeklyTotal` city-wide, spread by population,
 * multiplied by `wave(week)` everywhere and by `local(wijk, week)` in one place.
 */
export function simulate(
  topic: string,
  weeklyTotal: number,
  random: () => number,
  wave: (week: number) => number = () => 1,
  local: (wijk: string, week: number) => number = () => 1,
): WeeklyCount[] {
  const total = [...inwoners.values()].reduce((a, b) => a + b, 0);
  return WEEKS.flatMap((weekStart, k) =>
    [...inwoners].map(([wijk, n]) => ({
      topic,
      wijk,
      weekStart,
      count: poisson(((weeklyTotal * n) / total) * wave(k) * local(wijk, k), random),
    })),
  );
}

/** Gives each contact, with probability `noise`, another topic of the same counts (same wijk and week). */
export function misclassify(counts: readonly WeeklyCount[], noise: number, random: () => number): WeeklyCount[] {
  const topics = [...new Set(counts.map((c) => c.topic))].sort();
  const out = new Map<string, WeeklyCount>();
  const add = (topic: string, c: WeeklyCount) => {
    const key = `${topic}\u0000${c.wijk}\u0000${c.weekStart}`;
    const entry = out.get(key);
    if (entry) entry.count++;
    else out.set(key, { topic, wijk: c.wijk, weekStart: c.weekStart, count: 1 });
  };
  for (const c of counts)
    for (let i = 0; i < c.count; i++) {
      if (random() >= noise) add(c.topic, c);
      else {
        const others = topics.filter((t) => t !== c.topic);
        add(others[Math.floor(random() * others.length)]!, c);
      }
    }
  return [...out.values()];
}
