import { describe, expect, it } from 'vitest';
import { estimateShareConcentration } from './dispersion.ts';
import { poisson, seededRandom } from './synthetic-counts.test-helpers.ts';

const shares = [0.4, 0.3, 0.2, 0.1];

/** One topic: `weeks` weeks of Poisson counts per wijk with the given wijk shares. */
function topic(random: () => number, weekly: number, wijkShares: readonly number[], weeks = 12): number[][] {
  return wijkShares.map((s) => Array.from({ length: weeks }, () => poisson(weekly * s, random)));
}

describe('estimateShareConcentration', () => {
  it('is large when every topic is spread like all contacts, small when topics are local', () => {
    const random = seededRandom(11);
    const alike = Array.from({ length: 30 }, () => topic(random, 10, shares));
    const local = Array.from({ length: 30 }, (_, i) =>
      topic(
        random,
        10,
        shares.map((_, w) => (w === i % 4 ? 0.85 : 0.05)),
      ),
    );
    const nuAlike = estimateShareConcentration(alike, shares);
    const nuLocal = estimateShareConcentration(local, shares);
    expect(nuAlike).toBeGreaterThan(300);
    expect(nuLocal).toBeLessThan(10);
  });

  it('recovers the concentration topics were drawn with, to within a factor two', () => {
    const random = seededRandom(12);
    const nu = 40;
    // Gamma(a, 1) by Marsaglia-Tsang is overkill here; sums of exponentials give integer shapes.
    const gamma = (shape: number) => Array.from({ length: shape }, () => -Math.log(1 - random())).reduce((a, b) => a + b, 0);
    const tables = Array.from({ length: 60 }, () => {
      const draws = shares.map((s) => gamma(Math.round(nu * s)));
      const sum = draws.reduce((a, b) => a + b, 0);
      return topic(
        random,
        20,
        draws.map((d) => d / sum),
      );
    });
    const estimate = estimateShareConcentration(tables, shares);
    expect(estimate).toBeGreaterThan(nu / 2);
    expect(estimate).toBeLessThan(nu * 2);
  });
});
