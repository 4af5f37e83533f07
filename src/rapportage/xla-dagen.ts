import { inTransaction, type Db } from '../db/transaction.ts';
import { TIJDZONE } from '../platform/local-day.ts';
import { isoDatum, lokaleDatum, plusDagen } from '../werktijd/wandtijd.ts';
import { dagenVan, datum, reeksen } from './periode.ts';
import { bewaarXlaDagen, bewaardeXlaDagen, eersteAfsluitdag } from './xla.queries.ts';

const ZEVEN_DAGEN_MS = 168 * 3_600_000;

/**
 * The first Amsterdam day not every gesprek of which can be judged at `nu`: the day in which the
 * moment 168 hours ago falls. Every day before it ended at least 168 hours ago, so its
 * first-contact resolution is settled and it can be stored.
 */
export function eersteOpenDag(nu: Date): string {
  return isoDatum(lokaleDatum(new Date(nu.getTime() - ZEVEN_DAGEN_MS), TIJDZONE));
}

const volgendeDag = (dag: string) => isoDatum(plusDagen(datum(dag), 1));

/**
 * Stores the settled days of van..tot (inclusive) that are not stored yet, and returns the first
 * day after van..tot's settled part (from there on the report judges the gesprekken itself).
 */
export async function bewaarOntbrekendeDagen(db: Db, van: string, tot: string, nu: Date): Promise<string> {
  const open = eersteOpenDag(nu);
  const grensDag = open < volgendeDag(tot) ? open : volgendeDag(tot);
  if (grensDag <= van) return van;
  const laatste = isoDatum(plusDagen(datum(grensDag), -1));
  const bewaard = await bewaardeXlaDagen(db, van, laatste);
  const ontbrekend = dagenVan(van, laatste).filter((d) => !bewaard.has(d));
  await bewaarDagen(db, ontbrekend, nu);
  return grensDag;
}

async function bewaarDagen(db: Db, dagen: readonly string[], nu: Date): Promise<void> {
  if (dagen.length > 0) await inTransaction(db, (trx) => bewaarXlaDagen(trx, dagen, reeksen(dagen), nu));
}

/**
 * The backfill and upkeep (the rapportage job, every minute): stores up to `max` settled days
 * that are not stored, the newest first, from the first closed gesprek on. A day forgotten by a
 * trigger (a late survey answer, a back-dated contact) is stored again here or by the next report.
 */
export async function bewaarXlaAchterstand(db: Db, nu: Date, max = 31): Promise<number> {
  const eerste = await eersteAfsluitdag(db);
  if (!eerste) return 0;
  const laatste = isoDatum(plusDagen(datum(eersteOpenDag(nu)), -1));
  if (laatste < eerste) return 0;
  const bewaard = await bewaardeXlaDagen(db, eerste, laatste);
  const ontbrekend = dagenVan(eerste, laatste)
    .filter((d) => !bewaard.has(d))
    .reverse()
    .slice(0, max);
  await bewaarDagen(db, ontbrekend, nu);
  return ontbrekend.length;
}
