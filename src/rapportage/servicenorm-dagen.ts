import { inTransaction, type Db } from '../db/transaction.ts';
import { TIJDZONE } from '../platform/local-day.ts';
import { isoDatum, lokaleDatum, plusDagen } from '../werktijd/wandtijd.ts';
import { dagenVan, reeksen } from './periode.ts';
import { bewaarDagen, getelddeDagen, getelddeTellingen, tellingenPerDag, type KanaalTelling } from './servicenormen.queries.ts';

/**
 * Counts per channel over the Amsterdam days van..tot (inclusive), from the day counts where a
 * day has them. Yesterday and today are always counted afresh: gesprekken are still closing and
 * being measured then, and a count taken while one is measured could miss it. An older day is
 * counted once and kept until a gesprek of that day changes (the table's trigger forgets it) or
 * the norms change (the day was counted with other ones).
 */
export async function tellingenOverDagen(
  db: Db,
  periode: { van: string; tot: string },
  normen: Readonly<Record<string, number>>,
  standaard: number,
  nu: Date,
): Promise<KanaalTelling[]> {
  const sleutel = JSON.stringify({ ...Object.fromEntries(Object.entries(normen).sort(([a], [b]) => a.localeCompare(b))), '*': standaard });
  const gisteren = isoDatum(plusDagen(lokaleDatum(nu, TIJDZONE), -1));
  const dagen = dagenVan(periode.van, periode.tot);
  const geteld = await getelddeDagen(db, periode.van, periode.tot, sleutel);
  const open = dagen.filter((d) => !geteld.has(d));
  const telling = await tellingenPerDag(db, reeksen(open), normen, standaard);
  const teBewaren = open.filter((d) => d < gisteren);
  if (teBewaren.length > 0) {
    const bewaar = new Set(teBewaren);
    await inTransaction(db, (trx) =>
      bewaarDagen(
        trx,
        teBewaren,
        telling.filter((t) => bewaar.has(t.dag)),
        sleutel,
      ),
    );
  }
  const perKanaal = new Map<string, KanaalTelling>();
  for (const t of [...(await getelddeTellingen(db, [...geteld])), ...telling]) {
    const som = perKanaal.get(t.kanaal) ?? { kanaal: t.kanaal, afgehandeld: 0, binnen_norm: 0 };
    som.afgehandeld += t.afgehandeld;
    som.binnen_norm += t.binnen_norm;
    perKanaal.set(t.kanaal, som);
  }
  return [...perKanaal.values()];
}
