const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const parse = (value: string) => new Date(DATE_ONLY.test(value) ? `${value}T00:00:00Z` : value);

/**
 * A date as people write it: "14 maart 1975" (nl) or "14 March 1975" (en), never ISO. A date
 * without a time is a calendar day and stays that day; a moment is shown as the day it was in the
 * Netherlands. Anything unreadable is returned as it came, rather than hidden.
 */
export function datumVoluit(value: string, locale: 'nl-NL' | 'en-GB' = 'nl-NL'): string {
  const date = parse(value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleDateString(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: DATE_ONLY.test(value) ? 'UTC' : 'Europe/Amsterdam',
  });
}

/** The value for <time dateTime>, or undefined when it is not a date. */
export const machineDatum = (value: string) => (Number.isNaN(parse(value).getTime()) ? undefined : value);

/** A moment with its time as the Netherlands saw it: "7 dec 2026, 14:05"; anything unreadable as it came. */
export function momentKort(value: string, locale: 'nl-NL' | 'en-GB' = 'nl-NL'): string {
  const date = parse(value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleString(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Amsterdam',
  });
}
