import { sql, type Selectable } from 'kysely';
import type { GesprekAnalyseTable } from '../../db/schema.ts';
import type { Db } from '../../db/transaction.ts';

export type StoredAnalyse = Selectable<GesprekAnalyseTable>;

/**
 * Claims a gesprek's analysis row for the rest of the transaction. Every node that hears about
 * new segments tries; the first holds the lock and the others, once it commits, see that the
 * segments are already covered: so each batch is analysed, and alerted on, exactly once.
 */
export async function lockAnalyse(db: Db, gesprekId: string, kanaal: string): Promise<StoredAnalyse> {
  await db
    .insertInto('gesprek_analyse')
    .values({ gesprek_id: gesprekId, kanaal })
    .onConflict((oc) => oc.column('gesprek_id').doNothing())
    .execute();
  return db.selectFrom('gesprek_analyse').selectAll().where('gesprek_id', '=', gesprekId).forUpdate().executeTakeFirstOrThrow();
}

export function findAnalyse(db: Db, gesprekId: string) {
  return db.selectFrom('gesprek_analyse').selectAll().where('gesprek_id', '=', gesprekId).executeTakeFirst();
}

export async function saveAnalyse(db: Db, row: Omit<StoredAnalyse, 'kanaal' | 'geanalyseerd_op'>): Promise<void> {
  await db
    .updateTable('gesprek_analyse')
    .set({
      medewerker_id: row.medewerker_id,
      segmenten: row.segmenten,
      geverifieerd_gedrukt: row.geverifieerd_gedrukt,
      geverifieerd_bij_segment: row.geverifieerd_bij_segment,
      stiltes: JSON.stringify(row.stiltes),
      onthullingen: JSON.stringify(row.onthullingen),
      zinnen: JSON.stringify(row.zinnen),
      aantal_stiltes: row.aantal_stiltes,
      stilte_seconden: row.stilte_seconden,
      overtredingen: row.overtredingen,
      aantal_zinnen: row.aantal_zinnen,
      geanalyseerd_op: new Date(),
    })
    .where('gesprek_id', '=', row.gesprek_id)
    .execute();
  await db.deleteFrom('analyse_stilte').where('gesprek_id', '=', row.gesprek_id).execute();
  if (row.stiltes.length > 0) {
    await db
      .insertInto('analyse_stilte')
      .values(
        row.stiltes.map((s) => ({
          gesprek_id: row.gesprek_id,
          na_segment: s.afterSegment,
          begin_s: s.start,
          eind_s: s.end,
          artikel_id: s.artikelId,
        })),
      )
      .execute();
  }
}

export async function activeZinnen(db: Db): Promise<string[]> {
  return (await db.selectFrom('analyse_zin').select('zin').orderBy('zin').execute()).map((r) => r.zin);
}

export function openArtikelen(db: Db, gesprekId: string) {
  return db
    .selectFrom('gesprek_open_artikel')
    .select(['artikel_id', 'geopend_op'])
    .where('gesprek_id', '=', gesprekId)
    .orderBy('geopend_op')
    .orderBy('id')
    .execute();
}

export async function teamleiderIds(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('medewerker')
    .select('id')
    .where('actief', '=', true)
    .where(sql<boolean>`rollen @> '["teamleider"]'::jsonb`)
    .execute();
  return rows.map((r) => r.id);
}
