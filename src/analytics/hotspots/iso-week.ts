const DAY_MS = 86_400_000;

/** Monday (UTC) of the ISO week containing the timestamp, as YYYY-MM-DD. */
export function isoWeekStart(timestamp: string | number | Date): string {
  const ms = timestamp instanceof Date ? timestamp.getTime() : typeof timestamp === 'number' ? timestamp : Date.parse(timestamp);
  if (!Number.isFinite(ms)) throw new RangeError(`not a timestamp: ${String(timestamp)}`);
  const dayStart = Math.floor(ms / DAY_MS) * DAY_MS;
  // getUTCDay: Sunday 0 … Saturday 6; ISO weeks start on Monday, so Sunday is 6 days in.
  const daysSinceMonday = (new Date(dayStart).getUTCDay() + 6) % 7;
  return new Date(dayStart - daysSinceMonday * DAY_MS).toISOString().slice(0, 10);
}
