import { describe, expect, it } from 'vitest';
import { gemiddelde, procent, standaardPeriode, weekKort } from './xla-logic.ts';

describe('XLA page helpers', () => {
  it("defaults to the last eight weeks up to today in Amsterdam, whatever the browser's zone", () => {
    // 22:30 UTC on 29 March is 00:30 on 30 March in Amsterdam (summer time began that night).
    expect(standaardPeriode(new Date('2026-03-29T22:30:00Z'))).toEqual({ van: '2026-02-03', tot: '2026-03-30' });
    expect(standaardPeriode(new Date('2026-01-05T00:10:00Z'))).toEqual({ van: '2025-11-11', tot: '2026-01-05' });
  });

  it('writes shares and means, and a dash for nothing measured', () => {
    expect([procent(0.667), procent(0), procent(null)]).toEqual(['67%', '0%', '–']);
    expect([gemiddelde(4, 'nl'), gemiddelde(3.25, 'en'), gemiddelde(null, 'nl')]).toEqual(['4,0', '3.3', '–']);
    expect([weekKort('2026-03-02', 'nl'), weekKort('2026-03-02', 'en')]).toEqual(['2 mrt', '2 Mar']);
  });
});
