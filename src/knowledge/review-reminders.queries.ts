import { sql } from 'kysely';
import type { Db } from '../db/transaction.ts';

export interface DueArticle {
  artikel_id: string;
  titel: string;
  afdeling: string;
  reviewdatum: string;
}

/**
 * Published articles whose review date is on or before `on` and that have had no reminder for
 * that date yet. Archived articles have no search document, so they never appear here.
 */
export async function unremindedDueArticles(db: Db, on: string, limit: number): Promise<DueArticle[]> {
  const { rows } = await sql<DueArticle>`
    select z.artikel_id, z.titel, z.afdeling, to_char(z.reviewdatum, 'YYYY-MM-DD') as reviewdatum
      from kennis_zoekdocument z
     where z.reviewdatum <= ${on}::date
       and not exists (select 1 from kennis_reviewherinnering h where h.artikel_id = z.artikel_id and h.reviewdatum = z.reviewdatum)
     order by z.reviewdatum, z.artikel_id
     limit ${limit}`.execute(db);
  return rows;
}

/**
 * Claims the reminder for (article, review date), addressed to the team named after the owning
 * department. Returns nothing when another run or node claimed it first, or when the article
 * was archived or got another review date in the meantime.
 */
export async function claimReminder(db: Db, articleId: string, reviewDate: string): Promise<{ team_id: string | null } | undefined> {
  const { rows } = await sql<{ team_id: string | null }>`
    insert into kennis_reviewherinnering (artikel_id, reviewdatum, versie, afdeling, team_id)
    select z.artikel_id, z.reviewdatum, z.versie, z.afdeling, (select t.id from team t where t.naam = z.afdeling)
      from kennis_zoekdocument z
     where z.artikel_id = ${articleId} and z.reviewdatum = ${reviewDate}::date
    on conflict (artikel_id, reviewdatum) do nothing
    returning team_id`.execute(db);
  return rows[0];
}

export interface ReminderRow {
  artikel_id: string;
  reviewdatum: string;
  versie: number;
  afdeling: string;
  team_id: string | null;
}

export async function remindersOf(db: Db, articleId: string): Promise<ReminderRow[]> {
  const { rows } = await sql<ReminderRow>`
    select artikel_id, to_char(reviewdatum, 'YYYY-MM-DD') as reviewdatum, versie, afdeling, team_id
      from kennis_reviewherinnering where artikel_id = ${articleId} order by reviewdatum`.execute(db);
  return rows;
}
