import type { Period } from './analyse-api.ts';

const DAY_MS = 86_400_000;
/** The server refuses longer periods (src/analytics/analytics.routes.ts). */
export const MAX_DAYS = 2 * 366;
export const DEFAULT_WEEKS = 8;

const time = (date: string) => Date.parse(`${date}T00:00:00Z`);
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const addDays = (date: string, days: number): string => isoDate(time(date) + days * DAY_MS);

/** The Monday (UTC) of the ISO week holding the date. */
export function weekStart(date: string): string {
  const day = new Date(time(date)).getUTCDay();
  return addDays(date, -((day + 6) % 7));
}

/** The ISO 8601 week number: the week holding the year's first Thursday is week 1. */
export function isoWeekNumber(date: string): number {
  const thursday = addDays(weekStart(date), 3);
  const januaryFirst = time(`${thursday.slice(0, 4)}-01-01`);
  return Math.floor((time(thursday) - januaryFirst) / (7 * DAY_MS)) + 1;
}

export function isDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && Number.isFinite(time(text)) && isoDate(time(text)) === text;
}

/**
 * The last DEFAULT_WEEKS whole weeks up to the latest week that has contacts, or up to the
 * current week when there are none: imported history may end well before today.
 */
export function defaultPeriod(latestWeek: string | null, today: string): Period {
  const lastMonday = latestWeek ?? weekStart(today);
  return { from: addDays(lastMonday, -7 * (DEFAULT_WEEKS - 1)), to: addDays(lastMonday, 6) };
}

/** The window searched for the latest week with data: as long as the server allows. */
export function searchWindow(today: string): Period {
  return { from: addDays(today, -(MAX_DAYS - 1)), to: today };
}

export type PeriodProblem = 'ongeldig' | 'volgorde' | 'teLang';

/** Why the server would refuse the period, or null when it is fine. */
export function periodProblem(period: Period): PeriodProblem | null {
  if (!isDate(period.from) || !isDate(period.to)) return 'ongeldig';
  if (period.from > period.to) return 'volgorde';
  if (time(period.to) - time(period.from) > MAX_DAYS * DAY_MS) return 'teLang';
  return null;
}

export function weeksBetween(period: Period): number {
  return Math.floor((time(weekStart(period.to)) - time(weekStart(period.from))) / (7 * DAY_MS)) + 1;
}
