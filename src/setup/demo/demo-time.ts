import { isoWeekStart } from '../../analytics/hotspots/index.ts';

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

/** Monday of the last week in lindendaal/contacten-dev.jsonl (2026-11-16 … 2026-11-22). */
export const HISTORY_LAST_WEEK = '2026-11-16';

/**
 * Whole weeks to add to the Lindendaal dates so their last week becomes the week of `now`.
 * Whole weeks keep a Monday a Monday, and the injected hotspots in the weeks they were put in.
 */
export function weeksToNow(now: Date): number {
  return Math.round((Date.parse(`${isoWeekStart(now)}T00:00:00Z`) - Date.parse(`${HISTORY_LAST_WEEK}T00:00:00Z`)) / WEEK_MS);
}

export function shiftWeeks(iso: string, weeks: number): string {
  return new Date(Date.parse(iso) + weeks * WEEK_MS).toISOString();
}

/** `days` before `now` at hh:mm UTC. */
export function daysBefore(now: Date, days: number, hour: number, minute = 0): Date {
  const date = new Date(now.getTime() - days * DAY_MS);
  date.setUTCHours(hour, minute, 0, 0);
  return date;
}

/** The working day (Monday–Friday) a week before `now`, or the Friday before it, at hh:mm UTC. */
export function workdayAWeekBefore(now: Date, hour: number, minute = 0): Date {
  const date = daysBefore(now, 7, hour, minute);
  const weekday = date.getUTCDay();
  return weekday === 6 ? daysBefore(date, 1, hour, minute) : weekday === 0 ? daysBefore(date, 2, hour, minute) : date;
}

export function minutesBefore(now: Date, minutes: number): Date {
  return new Date(now.getTime() - minutes * 60_000);
}
