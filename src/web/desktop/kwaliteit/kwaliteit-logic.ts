import type { Cijfers } from './kwaliteit-api.ts';

/** The number and date locale of the desktop's language. */
export const locale = (lang: string): string => (lang === 'en' ? 'en-GB' : 'nl-NL');

/** Share of gesprekken without a disclosure before verification, in whole percent; null without gesprekken. */
export function naleving(c: Pick<Cijfers, 'gesprekken' | 'metOvertreding'>): number | null {
  if (c.gesprekken === 0) return null;
  return Math.round(((c.gesprekken - c.metOvertreding) / c.gesprekken) * 100);
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The figures of all rows together (the weeks of the trend cover every gesprek in the filter once). */
export function totaal(rows: Cijfers[]): Cijfers {
  const sum = (pick: (c: Cijfers) => number) => rows.reduce((n, r) => n + pick(r), 0);
  const gesprekken = sum((r) => r.gesprekken);
  const stiltes = sum((r) => r.stiltes);
  return {
    gesprekken,
    telefoongesprekken: sum((r) => r.telefoongesprekken),
    chats: sum((r) => r.chats),
    metOvertreding: sum((r) => r.metOvertreding),
    overtredingen: sum((r) => r.overtredingen),
    stiltes,
    stiltesPerGesprek: gesprekken === 0 ? 0 : round2(stiltes / gesprekken),
    stilteSeconden: round2(sum((r) => r.stilteSeconden)),
    zinAlerts: sum((r) => r.zinAlerts),
  };
}

/** The ISO 8601 week of a date (YYYY-MM-DD): the report's weeks start on Monday, as ISO weeks do. */
export function isoWeek(date: string): { jaar: number; week: number } {
  const d = new Date(`${date}T00:00:00Z`);
  // The Thursday of the same week decides the year the week belongs to.
  d.setUTCDate(d.getUTCDate() + 3 - ((d.getUTCDay() + 6) % 7));
  const jaar = d.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(jaar, 0, 4));
  firstThursday.setUTCDate(firstThursday.getUTCDate() + 3 - ((firstThursday.getUTCDay() + 6) % 7));
  return { jaar, week: 1 + Math.round((d.getTime() - firstThursday.getTime()) / (7 * 86_400_000)) };
}

export type PeriodeProbleem = 'volgorde';

/** A period whose end lies before its start finds nothing; say so instead of showing empty tables. */
export function checkPeriode(van: string, tot: string): PeriodeProbleem | null {
  return van && tot && tot < van ? 'volgorde' : null;
}

export const ZIN_MIN = 2;
export const ZIN_MAX = 200;

/** The phrase as the server stores it: trimmed, inner whitespace collapsed. */
export function normaliseerZin(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

export type ZinProbleem = 'verplicht' | 'teKort' | 'teLang' | 'bestaat';

/** The server's rules for a phrase (and its case-insensitive uniqueness), checked before sending. */
export function checkZin(text: string, bestaande: readonly string[]): ZinProbleem | null {
  const zin = normaliseerZin(text);
  if (zin === '') return 'verplicht';
  if (zin.length < ZIN_MIN) return 'teKort';
  if (zin.length > ZIN_MAX) return 'teLang';
  if (bestaande.some((b) => b.toLowerCase() === zin.toLowerCase())) return 'bestaat';
  return null;
}
