import type { Db } from '../db/transaction.ts';
import { TIJDZONE } from '../platform/local-day.ts';
import { wandtijdNaarUtc } from '../werktijd/wandtijd.ts';
import { datum, periode } from './periode.ts';
import { bewaarOntbrekendeDagen } from './xla-dagen.ts';
import { xlaCijfers, type XlaCijfers, type XlaIndeling } from './xla.ts';
import { xlaSommen } from './xla.queries.ts';

/**
 * Experience figures over the Amsterdam days van..tot (inclusive), grouped as asked; weeks start
 * on Monday in Amsterdam. The settled days come from the stored day figures (stored first when
 * missing), the last seven or eight days are judged from the gesprekken.
 */
export async function getXla(db: Db, van: string, tot: string, per: XlaIndeling, nu: Date): Promise<XlaCijfers[]> {
  const { eind } = periode(van, tot);
  const grensDag = await bewaarOntbrekendeDagen(db, van, tot, nu);
  // grensDag lies in van..tot + 1, so grens lies in [begin, eind].
  const grens = wandtijdNaarUtc(datum(grensDag), 0, TIJDZONE);
  return xlaCijfers(await xlaSommen(db, { vanDag: van, grensDag, grens, eind, nu, per }));
}
