/** Pure helpers of the XLA page, tested without a browser. */

const AMSTERDAM = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The default period: the last 8 weeks up to and including today, as Amsterdam days (the days the
 * report counts in), whatever the browser's own time zone.
 */
export function standaardPeriode(nu: Date): { van: string; tot: string } {
  const tot = AMSTERDAM.format(nu);
  const van = new Date(Date.parse(`${tot}T00:00:00Z`) - 55 * 86_400_000).toISOString().slice(0, 10);
  return { van, tot };
}

/** A share 0–1 as a whole percentage; '–' when nothing was measured. */
export function procent(deel: number | null): string {
  return deel === null ? '–' : `${Math.round(deel * 100)}%`;
}

/** A mean with one decimal in the language's notation; '–' when nothing was measured. */
export function gemiddelde(n: number | null, lang: 'nl' | 'en'): string {
  return n === null ? '–' : n.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** A week's Monday, short, for a chart label: "2 mrt" / "2 Mar". */
export function weekKort(maandag: string, lang: 'nl' | 'en'): string {
  const date = new Date(`${maandag}T00:00:00Z`);
  return Number.isNaN(date.getTime())
    ? maandag
    : date.toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
}
