import { sql } from 'kysely';
import type { Db } from '../../db/transaction.ts';
import { isoWeekStart } from '../hotspots/index.ts';

/** Dashboard periods are whole ISO weeks: from the week holding `from` to the week holding `to`. */
export function weekRange(from: string, to: string): { fromWeek: string; toWeek: string } {
  return { fromWeek: isoWeekStart(`${from}T00:00:00Z`), toWeek: isoWeekStart(`${to}T00:00:00Z`) };
}

export interface VolumeRow {
  weekStart: string;
  kanaal: string;
  category: string;
  count: number;
}

export async function volumes(db: Db, from: string, to: string): Promise<VolumeRow[]> {
  const { fromWeek, toWeek } = weekRange(from, to);
  const { rows } = await sql<VolumeRow>`
    select to_char(week_start, 'YYYY-MM-DD') as "weekStart", kanaal, categorie as category, count(*)::int as count
      from klantcontact_onderwerp
     where week_start between ${fromWeek}::date and ${toWeek}::date
     group by week_start, kanaal, categorie
     order by week_start, kanaal, categorie`.execute(db);
  return rows;
}

export interface WijkRateRow {
  wijk: string;
  naam: string;
  inwoners: number;
  count: number;
  per1000: number;
}

/** Contacts per 1,000 inhabitants per wijk, for one category or article (or all topics). */
export async function wijkRates(
  db: Db,
  from: string,
  to: string,
  topic: { category?: string | undefined; articleId?: string | undefined },
): Promise<WijkRateRow[]> {
  const { fromWeek, toWeek } = weekRange(from, to);
  const { rows } = await sql<{ wijk: string; naam: string; inwoners: number; count: number }>`
    select w.code as wijk, w.naam, w.inwoners, coalesce(c.aantal, 0)::int as count
      from wijk w
      left join (
        select wijk, count(*) as aantal
          from klantcontact_onderwerp
         where week_start between ${fromWeek}::date and ${toWeek}::date and wijk is not null
           ${topic.category ? sql`and categorie = ${topic.category}` : sql``}
           ${topic.articleId ? sql`and artikel_id = ${topic.articleId}` : sql``}
         group by wijk) c on c.wijk = w.code
     order by w.code`.execute(db);
  return rows.map((r) => ({ ...r, per1000: r.inwoners > 0 ? Math.round((r.count / r.inwoners) * 1_000_000) / 1000 : 0 }));
}

export interface RepeatRow {
  category: string;
  contacts: number;
  repeats: number;
  share: number;
}

/**
 * Repeat contacts: a contact of a known partij about a category that partij already contacted
 * about in the 7 days before (any channel). Contacts without a known partij are not counted.
 */
export async function repeatContacts(db: Db, from: string, to: string): Promise<RepeatRow[]> {
  const { rows } = await sql<{ category: string; contacts: number; repeats: number }>`
    select categorie as category,
           count(*) filter (where plaatsgevonden_op >= ${from}::date)::int as contacts,
           count(*) filter (where plaatsgevonden_op >= ${from}::date and vorige >= plaatsgevonden_op - interval '7 days')::int as repeats
      from (select categorie, plaatsgevonden_op,
                   lag(plaatsgevonden_op) over (partition by partij_id, categorie order by plaatsgevonden_op) as vorige
              from klantcontact_onderwerp
             where partij_id is not null
               and plaatsgevonden_op >= ${from}::date - 7 and plaatsgevonden_op < ${to}::date + 1) c
     group by categorie
     order by categorie`.execute(db);
  return rows.filter((r) => r.contacts > 0).map((r) => ({ ...r, share: Math.round((r.repeats / r.contacts) * 1000) / 1000 }));
}

export interface SeriesCell {
  wijk: string;
  category: string;
  articleId: string | null;
  weekStart: string;
  count: number;
}

/** Weekly counts of the given wijken's topics, at article and category level, for sparklines. */
export async function topicSeries(db: Db, fromWeek: string, toWeek: string, wijken: readonly string[]): Promise<SeriesCell[]> {
  if (wijken.length === 0) return [];
  const { rows } = await sql<SeriesCell>`
    select wijk, categorie as category, artikel_id as "articleId", to_char(week_start, 'YYYY-MM-DD') as "weekStart", count(*)::int as count
      from klantcontact_onderwerp
     where week_start between ${fromWeek}::date and ${toWeek}::date
       and wijk in (${sql.join(wijken)})
     group by wijk, categorie, artikel_id, week_start`.execute(db);
  return rows;
}
