import { describe, expect, it } from 'vitest';
import { detectHotspots } from './detect-hotspots.ts';
import { inwoners, seededRandom, simulate, WEEKS } from './synthetic-counts.test-helpers.ts';

const autumn = (k: number) => (k >= 6 && k <= 10 ? 5 : 1);

describe('detectHotspots', () => {
  it('does not flag a city-wide wave, even a fivefold one', () => {
    const random = seededRandom(1);
    const counts = [...simulate('bladkorven', 20, random, autumn), ...simulate('paspoort', 30, random)];
    expect(detectHotspots(counts, inwoners)).toEqual([]);
  });

  it('flags a local excess during a wave, with its expected count', () => {
    const random = seededRandom(2);
    const counts = simulate('bladkorven', 20, random, autumn, (w, k) => (w === 'WC' && k === 8 ? 3 : 1));
    const [first, ...rest] = detectHotspots(counts, inwoners);
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ topic: 'bladkorven', wijk: 'WC', weekStart: WEEKS[8] });
    // Expected follows the wave: about 5 × 20 × 4000/20000 = 20, not the quiet-week 4.
    expect(first!.expected).toBeGreaterThan(12);
    expect(first!.observed).toBeGreaterThan(first!.expected * 1.5);
    expect(first!.score).toBeCloseTo(-Math.log10(first!.pValue), 10);
  });

  it('finds every week of a hotspot that lasts several weeks', () => {
    const random = seededRandom(3);
    const hotWeeks = [3, 4, 5, 6];
    const counts = [...simulate('ratten', 5, random), ...simulate('afval', 40, random)].map((c) =>
      c.topic === 'ratten' && c.wijk === 'WB' && hotWeeks.some((k) => WEEKS[k] === c.weekStart) ? { ...c, count: 12 } : c,
    );
    const found = detectHotspots(counts, inwoners);
    expect(found.map((h) => `${h.topic} ${h.wijk} ${h.weekStart}`).sort()).toEqual(hotWeeks.map((k) => `ratten WB ${WEEKS[k]}`));
    // Each week on its own, with the other three in its baseline, looks almost normal.
    for (const h of found) expect(h.expected).toBeLessThan(4);
    for (let i = 1; i < found.length; i++) expect(found[i - 1]!.score).toBeGreaterThanOrEqual(found[i]!.score);
  });

  it('learns a wijk that always asks more about a topic instead of flagging it every week', () => {
    const random = seededRandom(4);
    const counts = simulate('parkeren', 20, random, undefined, (w) => (w === 'WD' ? 4 : 1));
    expect(detectHotspots(counts, inwoners)).toEqual([]);
  });

  it('needs a minimum count, however unlikely a small cluster is', () => {
    const counts = WEEKS.flatMap((weekStart, k) => [
      { topic: 'zeldzaam', wijk: 'WA', weekStart, count: k === 11 ? 4 : 0 },
      { topic: 'zeldzaam', wijk: 'WB', weekStart, count: 50 },
    ]);
    // A weak prior makes 4 contacts out of nowhere very unlikely, yet still too few.
    expect(detectHotspots(counts, inwoners, { priorStrength: 0.5 })).toEqual([]);
    expect(detectHotspots(counts, inwoners, { priorStrength: 0.5, minCount: 4 })).toHaveLength(1);
  });

  it('keeps false alarms rare on pure noise with waves (family-wise error ≈ alpha)', () => {
    let runsWithAlarm = 0;
    for (let seed = 100; seed < 140; seed++) {
      const random = seededRandom(seed);
      const counts = ['a', 'b', 'c', 'd', 'e'].flatMap((topic, i) => simulate(topic, 8 + 10 * i, random, i % 2 ? autumn : undefined));
      if (detectHotspots(counts, inwoners).length > 0) runsWithAlarm++;
    }
    expect(runsWithAlarm).toBeLessThanOrEqual(3);
  });

  it('is deterministic and rejects counts for unknown wijken', () => {
    const counts = simulate('x', 20, seededRandom(5), undefined, (w, k) => (w === 'WA' && k === 2 ? 3 : 1));
    expect(detectHotspots(counts, inwoners)).toEqual(detectHotspots([...counts].reverse(), inwoners));
    expect(() => detectHotspots([{ topic: 'x', wijk: 'WZ', weekStart: WEEKS[0]!, count: 1 }], inwoners)).toThrow(/WZ/);
  });
});
