import { describe, expect, it } from 'vitest';
import { addDays, defaultPeriod, isoWeekNumber, periodProblem, searchWindow, weeksBetween, weekStart } from './period-logic.ts';

describe('dashboard periods', () => {
  it('finds the Monday of a date’s ISO week and its week number', () => {
    expect(weekStart('2026-10-18')).toBe('2026-10-12');
    expect(weekStart('2026-10-12')).toBe('2026-10-12');
    expect(isoWeekNumber('2026-10-12')).toBe(42);
    expect(isoWeekNumber('2027-01-01')).toBe(53);
    expect(isoWeekNumber('2025-12-29')).toBe(1);
  });

  it('defaults to the last eight whole weeks with data, or up to this week without', () => {
    expect(defaultPeriod('2026-11-16', '2026-11-30')).toEqual({ from: '2026-09-28', to: '2026-11-22' });
    expect(defaultPeriod(null, '2026-11-30')).toEqual({ from: '2026-10-12', to: '2026-12-06' });
    expect(weeksBetween(defaultPeriod('2026-11-16', '2026-11-30'))).toBe(8);
  });

  it('searches as far back as the server allows', () => {
    const window = searchWindow('2026-11-30');
    expect(periodProblem(window)).toBeNull();
    expect(periodProblem({ ...window, from: addDays(window.from, -2) })).toBe('teLang');
  });

  it('names what is wrong with a period', () => {
    expect(periodProblem({ from: '2026-10-01', to: '2026-10-31' })).toBeNull();
    expect(periodProblem({ from: '2026-02-30', to: '2026-10-31' })).toBe('ongeldig');
    expect(periodProblem({ from: '', to: '2026-10-31' })).toBe('ongeldig');
    expect(periodProblem({ from: '2026-11-01', to: '2026-10-31' })).toBe('volgorde');
  });
});
