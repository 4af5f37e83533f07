import { ValidationFailed } from '../platform/errors.ts';
import { TIJDZONE } from '../platform/local-day.ts';
import { plusDagen, wandtijdNaarUtc } from '../werktijd/wandtijd.ts';

const datum = (iso: string) => {
  const [jaar, maand, dag] = iso.split('-').map(Number) as [number, number, number];
  return { jaar, maand, dag };
};

/** The Amsterdam days van..tot (inclusive) as [begin, eind) in UTC; tot before van is refused by field. */
export function periode(van: string, tot: string): { begin: Date; eind: Date } {
  if (tot < van) throw ValidationFailed([{ field: 'querystring.tot', message: 'tot ligt vóór van' }]);
  return { begin: wandtijdNaarUtc(datum(van), 0, TIJDZONE), eind: wandtijdNaarUtc(plusDagen(datum(tot), 1), 0, TIJDZONE) };
}
