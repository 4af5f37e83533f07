import { sql } from 'kysely';
import type { Db } from '../db/transaction.ts';
import { TIJDZONE } from '../platform/local-day.ts';

/**
 * Closed gesprekken whose wait is not measured yet (in [van, tot) when given), with the bot's
 * handover and the first reply by a medewerker; found through gesprek_ongemeten_idx.
 */
export function ongemetenGesprekken(db: Db, limit: number, periode?: { van: Date; tot: Date }) {
  let query = db
    .selectFrom('gesprek as g')
    .select((eb) => [
      'g.id',
      'g.kanaal',
      'g.gestart_op',
      'g.afgesloten_op',
      eb
        .selectFrom('bericht as b')
        .select((b) => b.fn.min('b.verzonden_op').as('op'))
        .whereRef('b.gesprek_id', '=', 'g.id')
        .where('b.richting', '=', 'uitgaand')
        .where(sql<boolean>`b.metadata -> 'bot' ->> 'handoff' is not null`)
        .as('overgedragen_op'),
      eb
        .selectFrom('bericht as b')
        .innerJoin('medewerker as m', 'm.actor_id', 'b.afzender_actor_id')
        .select((b) => b.fn.min('b.verzonden_op').as('op'))
        .whereRef('b.gesprek_id', '=', 'g.id')
        .where('b.richting', '=', 'uitgaand')
        .as('eerste_antwoord_op'),
    ])
    .where('g.afgesloten_op', 'is not', null)
    .where('g.wachttijd_werkseconden', 'is', null);
  if (periode) query = query.where('g.afgesloten_op', '>=', periode.van).where('g.afgesloten_op', '<', periode.tot);
  return query.orderBy('g.afgesloten_op').limit(limit).execute();
}

export interface KanaalTelling {
  kanaal: string;
  afgehandeld: number;
  binnen_norm: number;
}

export interface DagTelling extends KanaalTelling {
  dag: string;
}

/** Counts per Amsterdam day and channel over the given [van, tot) ranges (index-only, as above). */
export async function tellingenPerDag(
  db: Db,
  reeksen: readonly { van: Date; tot: Date }[],
  normen: Readonly<Record<string, number>>,
  standaard: number,
): Promise<DagTelling[]> {
  if (reeksen.length === 0) return [];
  const lijst = sql.join(Object.entries(normen).map(([kanaal, seconden]) => sql`(${kanaal}, ${seconden}::double precision)`));
  const binnen = sql.join(
    reeksen.map((r) => sql`(g.afgesloten_op >= ${r.van} and g.afgesloten_op < ${r.tot})`),
    sql` or `,
  );
  const result = await sql<DagTelling>`
    select (g.afgesloten_op at time zone ${TIJDZONE})::date::text as dag, g.kanaal, count(*)::int as afgehandeld,
      count(*) filter (where g.wachttijd_werkseconden <= coalesce(n.seconden, ${standaard}::double precision))::int as binnen_norm
    from gesprek g
    left join (values ${lijst}) as n(kanaal, seconden) on n.kanaal = g.kanaal
    where g.afgesloten_op is not null and (${binnen})
    group by 1, 2`.execute(db);
  return result.rows;
}

/** The days in [van, tot] (YYYY-MM-DD) counted with these norms. */
export async function getelddeDagen(db: Db, van: string, tot: string, normen: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('servicenorm_dag_geteld')
    .select(sql<string>`dag::text`.as('dag'))
    .where('dag', '>=', van)
    .where('dag', '<=', tot)
    .where('normen', '=', normen)
    .execute();
  return new Set(rows.map((r) => r.dag));
}

/** Replaces the counts of these days and marks them counted with these norms. */
export async function bewaarDagen(db: Db, dagen: readonly string[], tellingen: readonly DagTelling[], normen: string): Promise<void> {
  if (dagen.length === 0) return;
  await db.deleteFrom('servicenorm_dag').where('dag', 'in', dagen).execute();
  if (tellingen.length > 0)
    await db
      .insertInto('servicenorm_dag')
      .values(tellingen.map((t) => ({ dag: t.dag, kanaal: t.kanaal, afgehandeld: t.afgehandeld, binnen_norm: t.binnen_norm })))
      .onConflict((oc) =>
        oc
          .columns(['dag', 'kanaal'])
          .doUpdateSet((eb) => ({ afgehandeld: eb.ref('excluded.afgehandeld'), binnen_norm: eb.ref('excluded.binnen_norm') })),
      )
      .execute();
  await db
    .insertInto('servicenorm_dag_geteld')
    .values(dagen.map((dag) => ({ dag, normen })))
    .onConflict((oc) => oc.column('dag').doUpdateSet({ normen }))
    .execute();
}

/** Counts per channel summed over the counted days in [van, tot]. */
export async function getelddeTellingen(db: Db, dagen: readonly string[]): Promise<KanaalTelling[]> {
  if (dagen.length === 0) return [];
  return db
    .selectFrom('servicenorm_dag')
    .select((eb) => [
      'kanaal',
      sql<number>`sum(${eb.ref('afgehandeld')})::int`.as('afgehandeld'),
      sql<number>`sum(${eb.ref('binnen_norm')})::int`.as('binnen_norm'),
    ])
    .where('dag', 'in', dagen)
    .groupBy('kanaal')
    .execute();
}
