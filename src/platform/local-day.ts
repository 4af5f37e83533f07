/**
 * The municipality's calendar day. Review dates, hotspot weeks and "today" on the dashboards are
 * days in Amsterdam: between midnight and 01:00 (02:00 in summer) the UTC date is still
 * yesterday's, and the machine's own time zone says nothing about the municipality's.
 */
export const TIJDZONE = 'Europe/Amsterdam';

const dayFormat = new Intl.DateTimeFormat('en-GB', { timeZone: TIJDZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The date ('YYYY-MM-DD') in Amsterdam at the given moment. */
export function localDay(at: Date): string {
  const part = (type: string) => dayFormat.formatToParts(at).find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}
