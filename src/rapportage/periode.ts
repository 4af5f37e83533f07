import { ValidationFailed } from '../platform/errors.ts';
import { TIJDZONE } from '../platform/local-day.ts';
import { isoDatum, plusDagen, wandtijdNaarUtc, type Datum } from '../werktijd/wandtijd.ts';

export const datum = (iso: string): Datum => {
  const [jaar, maand, dag] = iso.split('-').map(Number) as [number, number, number];
  return { jaar, maand, dag };
};

/** The Amsterdam days van..tot (inclusive) as [begin, eind) in UTC; tot before van is refused by field. */
export function periode(van: string, tot: string): { begin: Date; eind: Date } {
  if (tot < van) throw ValidationFailed([{ field: 'querystring.tot', message: 'tot ligt vóór van' }]);
  return { begin: wandtijdNaarUtc(datum(van), 0, TIJDZONE), eind: wandtijdNaarUtc(plusDagen(datum(tot), 1), 0, TIJDZONE) };
}

/** The Amsterdam days van..tot (inclusive), YYYY-MM-DD. */
export function dagenVan(van: string, tot: string): string[] {
  const dagen: string[] = [];
  for (let d = datum(van); isoDatum(d) <= tot; d = plusDagen(d, 1)) dagen.push(isoDatum(d));
  return dagen;
}

/** Consecutive days as [van, tot) in UTC, one range per run. */
export function reeksen(dagen: readonly string[]): { van: Date; tot: Date }[] {
  const result: { van: Date; tot: Date }[] = [];
  for (const dag of dagen) {
    const van = wandtijdNaarUtc(datum(dag), 0, TIJDZONE);
    const tot = wandtijdNaarUtc(plusDagen(datum(dag), 1), 0, TIJDZONE);
    const vorige = result.at(-1);
    if (vorige && vorige.tot.getTime() === van.getTime()) vorige.tot = tot;
    else result.push({ van, tot });
  }
  return result;
}
