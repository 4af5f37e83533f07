import { describe, expect, it } from 'vitest';
import { detectHotspots, detectHotspotsWithStats } from './detect-hotspots.ts';
import { explainWindow } from './explain-window.ts';
import { inwoners, misclassify, seededRandom, simulate, WEEKS } from './synthetic-counts.test-helpers.ts';
import type { WeeklyCount } from './types.ts';

/** Twelve topics of 10 to 120 contacts a week, each spread over the wijken like the population. */
const city = (random: () => number): WeeklyCount[] => Array.from({ length: 12 }, (_, i) => simulate(`t${i}`, 10 + 10 * i, random)).flat();
const cell = (topic: string, wijk: string, week: number) => (h: { topic: string; wijk: string; weekStart: string }) =>
  h.topic === topic && h.wijk === wijk && h.weekStart === WEEKS[week];

describe('detectHotspots under classification noise', () => {
  it('finds a small excess in one wijk of a topic that is asked about everywhere', () => {
    // 200 a week city-wide, about 20 of them from WD; one week WD asks 40 more, a fifth of the
    // city's week, and a fifth of all contacts get a wrong topic.
    let found = 0;
    for (let seed = 21; seed < 31; seed++) {
      const random = seededRandom(seed);
      const counts = [...city(random), ...simulate('paspoort', 200, random, undefined, (w, k) => (w === 'WD' && k === 5 ? 3 : 1))];
      if (detectHotspots(misclassify(counts, 0.2, random), inwoners).some(cell('paspoort', 'WD', 5))) found++;
    }
    expect(found).toBeGreaterThanOrEqual(9);
  });

  it('flags nothing in noisy tables without hotspots', () => {
    let runsWithAlarm = 0;
    for (let seed = 200; seed < 220; seed++) {
      const random = seededRandom(seed);
      if (detectHotspots(misclassify(city(random), 0.2, random), inwoners).length > 0) runsWithAlarm++;
    }
    expect(runsWithAlarm).toBeLessThanOrEqual(1);
  });

  it('learns a strong prior when topics follow the wijken, and keeps a given priorStrength', () => {
    const counts = misclassify(city(seededRandom(22)), 0.1, seededRandom(23));
    const learnt = detectHotspotsWithStats(counts, inwoners);
    expect(learnt.priorConcentration).toBeGreaterThan(200);
    expect(detectHotspotsWithStats(counts, inwoners, { priorStrength: 5 }).priorConcentration).toBeNull();
  });

  it('tests a run as a whole even when one of its weeks is near normal, and reports only the hot weeks', () => {
    // 5, 1, 5 where about 0.3 is usual: neither 5 alone clears the bar, the three weeks together do.
    const hot = new Map([
      [3, 5],
      [4, 1],
      [5, 5],
    ]);
    for (const seed of [24, 25, 26]) {
      const random = seededRandom(seed);
      const counts = [...city(random), ...simulate('ratten', 3, random)].map((c) => {
        const week = WEEKS.indexOf(c.weekStart);
        return c.topic === 'ratten' && c.wijk === 'WD' && hot.has(week) ? { ...c, count: hot.get(week)! } : c;
      });
      const found = detectHotspots(counts, inwoners).filter((h) => h.topic === 'ratten');
      expect(found.map((h) => h.weekStart).sort()).toEqual([WEEKS[3], WEEKS[5]]);
    }
  });

  it('explains a flagged week with the same counts and expectation the detector used', () => {
    const random = seededRandom(25);
    const counts = [...city(random), ...simulate('paspoort', 200, random, undefined, (w, k) => (w === 'WD' && k === 5 ? 3 : 1))];
    const hit = detectHotspots(counts, inwoners).find(cell('paspoort', 'WD', 5))!;
    const explained = explainWindow(counts, inwoners, { topic: 'paspoort', wijk: 'WD', weekStarts: [WEEKS[5]!] });
    expect(explained.observed).toBe(hit.observed);
    expect(explained.expected).toBeCloseTo(hit.expected, 6);
  });
});

describe('detectHotspots with falseAlarmsPerQuarter', () => {
  it('spends the allowed false alarms: more power than the family-wise default, few alarms on pure noise', () => {
    let alarms = 0;
    let foundDefault = 0;
    let foundBudget = 0;
    for (let seed = 300; seed < 320; seed++) {
      const random = seededRandom(seed);
      alarms += detectHotspots(city(random), inwoners, { falseAlarmsPerQuarter: 0.5 }).length;
      const counts = [...city(random), ...simulate('paspoort', 200, random, undefined, (w, k) => (w === 'WD' && k === 5 ? 1.6 : 1))];
      if (detectHotspots(counts, inwoners).some(cell('paspoort', 'WD', 5))) foundDefault++;
      if (detectHotspots(counts, inwoners, { falseAlarmsPerQuarter: 0.5 }).some(cell('paspoort', 'WD', 5))) foundBudget++;
    }
    // 20 runs of 12 weeks may spend 20 × 0.5 × 12/13 ≈ 9 expected false alarms.
    expect(alarms).toBeLessThanOrEqual(9);
    expect(foundBudget).toBeGreaterThan(foundDefault);
  });
});
