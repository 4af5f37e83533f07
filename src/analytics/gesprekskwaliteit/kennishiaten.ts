import { sql } from 'kysely';
import type { Db } from '../../db/transaction.ts';
import { periode } from './kwaliteit.queries.ts';

/**
 * Knowledge gaps: where agents fall silent. Silences grouped by the conversation's topic (the
 * klantcontact's hoofdonderwerp, else the gesprek's onderwerp) and by the article the agent had
 * open (none: they could not find one). Most silences first, then the longest in total.
 * Aggregates without personal data, for redacteuren.
 */
export async function kennishiaten(db: Db, filter: { van?: string | undefined; tot?: string | undefined; limit: number }) {
  const { from, until } = periode(filter);
  const base = () => {
    let query = db
      .selectFrom('analyse_stilte')
      .innerJoin('gesprek', 'gesprek.id', 'analyse_stilte.gesprek_id')
      .leftJoin('klantcontact', 'klantcontact.id', 'gesprek.klantcontact_id');
    if (from) query = query.where('gesprek.gestart_op', '>=', from);
    if (until) query = query.where('gesprek.gestart_op', '<', until);
    return query;
  };
  const duur = sql<number>`analyse_stilte.eind_s - analyse_stilte.begin_s`;
  const stats = [
    sql<string>`count(*)`.as('stiltes'),
    sql<string>`count(distinct analyse_stilte.gesprek_id)`.as('gesprekken'),
    sql<string>`sum(${duur})`.as('totaal'),
    sql<string>`max(${duur})`.as('langste'),
  ] as const;
  const onderwerp = sql<string>`coalesce(klantcontact.hoofd_onderwerp_type, gesprek.onderwerp, 'onbekend')`;
  const onderwerpen = await base()
    .select([onderwerp.as('onderwerp'), ...stats])
    .groupBy(onderwerp)
    .orderBy(sql`count(*)`, 'desc')
    .orderBy(sql`sum(${duur})`, 'desc')
    .limit(filter.limit)
    .execute();
  const artikelen = await base()
    .leftJoin('kennisartikel', 'kennisartikel.id', 'analyse_stilte.artikel_id')
    .leftJoin('kennisartikel_versie', (join) =>
      join
        .onRef('kennisartikel_versie.artikel_id', '=', 'kennisartikel.id')
        .onRef('kennisartikel_versie.versie', '=', 'kennisartikel.gepubliceerde_versie'),
    )
    .select(['analyse_stilte.artikel_id', 'kennisartikel_versie.titel', ...stats])
    .groupBy(['analyse_stilte.artikel_id', 'kennisartikel_versie.titel'])
    .orderBy(sql`count(*)`, 'desc')
    .orderBy(sql`sum(${duur})`, 'desc')
    .limit(filter.limit)
    .execute();
  const figures = (r: { stiltes: string; gesprekken: string; totaal: string; langste: string }) => {
    const stiltes = Number(r.stiltes);
    const round = (n: number) => Math.round(n * 10) / 10;
    return {
      stiltes,
      gesprekken: Number(r.gesprekken),
      totaalSeconden: round(Number(r.totaal)),
      gemiddeldeSeconden: round(Number(r.totaal) / stiltes),
      langsteSeconden: round(Number(r.langste)),
    };
  };
  return {
    onderwerpen: onderwerpen.map((r) => ({ onderwerp: r.onderwerp, ...figures(r) })),
    artikelen: artikelen.map((r) => ({ artikelId: r.artikel_id, titel: r.titel, ...figures(r) })),
  };
}
