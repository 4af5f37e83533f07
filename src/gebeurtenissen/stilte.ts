import { TIJDZONE } from '../platform/local-day.ts';
import { lokaleDatum, plusDagen, wandtijdNaarUtc } from '../werktijd/wandtijd.ts';

/** Quiet hours in Dutch wall-clock time, e.g. 21:00 to 08:00 (PROACTIEF_STILTE). */
export interface Stilte {
  van: string;
  tot: string;
}

const minuten = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * When the quiet hours that hold `nu` end, or undefined outside them. A period may cross
 * midnight (21:00–08:00), so the one that began yesterday is tried as well as today's; wall
 * times are converted per day, so the end is right across the change to and from summer time.
 */
export function stilteTot(nu: Date, stilte: Stilte, zone = TIJDZONE): Date | undefined {
  const van = minuten(stilte.van);
  const tot = minuten(stilte.tot);
  const vandaag = lokaleDatum(nu, zone);
  for (const dag of [plusDagen(vandaag, -1), vandaag]) {
    const begin = wandtijdNaarUtc(dag, van, zone);
    const eind = wandtijdNaarUtc(dag, tot > van ? tot : tot + 24 * 60, zone);
    if (nu >= begin && nu < eind) return eind;
  }
  return undefined;
}
