import { sql } from 'kysely';
import type { Db } from '../../db/transaction.ts';

/** The department owning an article (kennisbank), or for a category the one owning most of its articles. */
export async function owningAfdeling(db: Db, topic: { articleId: string | null; category: string }): Promise<string | null> {
  const { rows } = await sql<{ afdeling: string }>`
    select v.afdeling
      from kennisartikel a
      join kennisartikel_versie v on v.artikel_id = a.id and v.versie = a.gepubliceerde_versie
     where ${topic.articleId === null ? sql`v.categorie = ${topic.category}` : sql`a.id = ${topic.articleId}`}
     group by v.afdeling
     order by count(*) desc, v.afdeling
     limit 1`.execute(db);
  return rows[0]?.afdeling ?? null;
}

/** The latest klantcontact of a hotspot cell: the aanleiding (cause) of its interne taak. */
export async function latestContactOfCell(
  db: Db,
  cell: { wijk: string; category: string; articleId: string | null; weekStart: string },
): Promise<string | null> {
  let query = db
    .selectFrom('klantcontact_onderwerp')
    .select('klantcontact_id')
    .where('wijk', '=', cell.wijk)
    .where('week_start', '=', cell.weekStart)
    .where('categorie', '=', cell.category);
  if (cell.articleId) query = query.where('artikel_id', '=', cell.articleId);
  const row = await query.orderBy('plaatsgevonden_op', 'desc').limit(1).executeTakeFirst();
  return row?.klantcontact_id ?? null;
}

export function listSignals(db: Db, limit = 200) {
  return db.selectFrom('hotspot_signaal').selectAll().orderBy('aangemaakt_op', 'desc').limit(limit).execute();
}
