/**
 * Dutch public holidays (feestdagen) on which the municipality is closed. Goede Vrijdag is a
 * choice per municipality; Bevrijdingsdag is a day off every year for most municipalities, and
 * only in lustrum years (2025, 2030, …) under some collective agreements.
 */
import type { FeestdagOpties } from '../config.ts';

export const STANDAARD_FEESTDAGEN: FeestdagOpties = { goedeVrijdag: false, bevrijdingsdag: 'jaarlijks' };

/** Easter Sunday (month 1–12, day) by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function pasen(jaar: number): { maand: number; dag: number } {
  const a = jaar % 19;
  const b = Math.floor(jaar / 100);
  const c = jaar % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const maand = Math.floor((h + l - 7 * m + 114) / 31);
  const dag = ((h + l - 7 * m + 114) % 31) + 1;
  return { maand, dag };
}

const datum = (jaar: number, maand: number, dag: number) => new Date(Date.UTC(jaar, maand - 1, dag)).toISOString().slice(0, 10);

/**
 * Computed once per year and options: deadlines look a year's holidays up for every day they
 * step over, for every task of the werklijst (about two thirds of its time before this cache).
 */
const perJaar = new Map<string, ReadonlyMap<string, string>>();

/** The holidays of one year as name by 'YYYY-MM-DD'. */
export function feestdagen(jaar: number, opties: FeestdagOpties = STANDAARD_FEESTDAGEN): ReadonlyMap<string, string> {
  const key = `${jaar}|${opties.goedeVrijdag}|${opties.bevrijdingsdag}`;
  let result = perJaar.get(key);
  if (!result) {
    result = berekenFeestdagen(jaar, opties);
    perJaar.set(key, result);
  }
  return result;
}

function berekenFeestdagen(jaar: number, opties: FeestdagOpties): Map<string, string> {
  const p = pasen(jaar);
  const naPasen = (dagen: number) => datum(jaar, p.maand, p.dag + dagen);
  const koningsdag = new Date(Date.UTC(jaar, 3, 27)).getUTCDay() === 0 ? 26 : 27;
  const dagen: [string, string][] = [
    [datum(jaar, 1, 1), 'Nieuwjaarsdag'],
    [naPasen(0), 'Eerste Paasdag'],
    [naPasen(1), 'Tweede Paasdag'],
    [datum(jaar, 4, koningsdag), 'Koningsdag'],
    [naPasen(39), 'Hemelvaartsdag'],
    [naPasen(49), 'Eerste Pinksterdag'],
    [naPasen(50), 'Tweede Pinksterdag'],
    [datum(jaar, 12, 25), 'Eerste Kerstdag'],
    [datum(jaar, 12, 26), 'Tweede Kerstdag'],
  ];
  if (opties.goedeVrijdag) dagen.push([naPasen(-2), 'Goede Vrijdag']);
  if (opties.bevrijdingsdag === 'jaarlijks' || jaar % 5 === 0) dagen.push([datum(jaar, 5, 5), 'Bevrijdingsdag']);
  return new Map(dagen);
}
