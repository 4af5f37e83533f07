import { maskForReading } from '../../platform/nl/mask-personal-data.ts';
import type { Db } from '../../db/transaction.ts';

/** Example texts shown on a hotspot card; three show what people ask without a list to read. */
export const EXAMPLES_PER_HOTSPOT = 3;

export interface HotspotCell {
  wijk: string;
  category: string;
  articleId: string | null;
  weekStart: string;
}

export interface HotspotExample {
  klantcontactId: string;
  tekst: string;
}

/**
 * The latest texts of one hotspot cell, masked as for reading outside their contact (names,
 * addresses, numbers). Confidential contacts are left out: their content is not for a dashboard.
 */
export async function hotspotExamples(db: Db, cell: HotspotCell): Promise<HotspotExample[]> {
  let query = db
    .selectFrom('klantcontact_onderwerp as o')
    .innerJoin('klantcontact as k', 'k.id', 'o.klantcontact_id')
    .select(['k.id', 'k.inhoud'])
    .where('o.wijk', '=', cell.wijk)
    .where('o.week_start', '=', cell.weekStart)
    .where('o.categorie', '=', cell.category)
    .where('k.inhoud', 'is not', null)
    .where('k.vertrouwelijk', '=', false);
  if (cell.articleId) query = query.where('o.artikel_id', '=', cell.articleId);
  const rows = await query.orderBy('o.plaatsgevonden_op', 'desc').orderBy('k.id').limit(EXAMPLES_PER_HOTSPOT).execute();
  return rows.map((r) => ({ klantcontactId: r.id, tekst: maskForReading(r.inhoud!) }));
}
