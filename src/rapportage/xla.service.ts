import type { Db } from '../db/transaction.ts';
import { periode } from './periode.ts';
import { xlaCijfers, type XlaCijfers, type XlaIndeling } from './xla.ts';
import { xlaSommen } from './xla.queries.ts';

/** Experience figures over the Amsterdam days van..tot (inclusive), grouped as asked; weeks start on Monday in Amsterdam. */
export async function getXla(db: Db, van: string, tot: string, per: XlaIndeling, nu: Date): Promise<XlaCijfers[]> {
  const { begin, eind } = periode(van, tot);
  return xlaCijfers(await xlaSommen(db, begin, eind, nu, per));
}
