import { sql } from 'kysely';
import type { Db } from '../db/transaction.ts';

export interface GesprekTreffer {
  id: string;
  kanaal: string;
  status: string;
  onderwerp: string | null;
  laatste_bericht_op: Date | string | null;
  gestart_op: Date | string;
  fragment: string | null;
}

// A few words around the hit, as plain text: the desktop shows it as text, never as HTML.
const HEADLINE = 'MaxWords=18, MinWords=6, MaxFragments=1, StartSel="", StopSel=""';

/**
 * Gesprekken whose subject or any message matches `q` (websearch syntax: words, "a phrase",
 * -not), newest first, each with a fragment of its best matching message. Expressions match the
 * GIN indexes of 2026_12_06_2300_zoeken_fulltext.sql.
 */
export function zoekGesprekken(db: Db, q: string, status: string | undefined, limit: number) {
  return sql<GesprekTreffer>`
    with zoek as (select websearch_to_tsquery('dutch', ${q}) as q),
    treffers as (
      select g.id as gesprek_id, null::uuid as bericht_id, 0::real as rang
        from gesprek g, zoek where to_tsvector('dutch', coalesce(g.onderwerp, '')) @@ zoek.q
      union all
      select b.gesprek_id, b.id, ts_rank(to_tsvector('dutch', b.inhoud), zoek.q)
        from bericht b, zoek where to_tsvector('dutch', b.inhoud) @@ zoek.q
    ),
    beste as (
      select distinct on (gesprek_id) gesprek_id, bericht_id
        from treffers order by gesprek_id, bericht_id is null, rang desc
    )
    select g.id, g.kanaal, g.status, g.onderwerp, g.laatste_bericht_op, g.gestart_op,
           case when b.id is null then null else ts_headline('dutch', b.inhoud, zoek.q, ${HEADLINE}) end as fragment
      from beste
      join gesprek g on g.id = beste.gesprek_id
      left join bericht b on b.id = beste.bericht_id
      cross join zoek
     where ${status ?? null}::text is null or g.status = ${status ?? null}
     order by coalesce(g.laatste_bericht_op, g.gestart_op) desc
     limit ${limit}`.execute(db);
}

/** The most recent gesprekken in one status, e.g. the closed ones, without a search term. */
export function recenteGesprekken(db: Db, status: string, limit: number) {
  return sql<GesprekTreffer>`
    select id, kanaal, status, onderwerp, laatste_bericht_op, gestart_op, null as fragment
      from gesprek
     where status = ${status}
     order by coalesce(afgesloten_op, laatste_bericht_op, gestart_op) desc
     limit ${limit}`.execute(db);
}

export interface PartijTreffer {
  id: string;
  soort_partij: 'persoon' | 'organisatie' | 'contactpersoon';
  voorletters: string | null;
  voornaam: string | null;
  voorvoegsel_achternaam: string | null;
  achternaam: string | null;
  organisatie_naam: string | null;
}

/** Partijen by name (every word must occur), merged ones left out. */
export function zoekPartijen(db: Db, q: string, limit: number) {
  return sql<PartijTreffer>`
    select id, soort_partij, voorletters, voornaam, voorvoegsel_achternaam, achternaam, organisatie_naam
      from partij
     where samengevoegd_met_id is null
       and to_tsvector('simple', coalesce(voornaam, '') || ' ' || coalesce(voorletters, '') || ' ' || coalesce(voorvoegsel_achternaam, '') || ' ' || coalesce(achternaam, '') || ' ' || coalesce(organisatie_naam, ''))
           @@ websearch_to_tsquery('simple', ${q})
     order by achternaam nulls last, organisatie_naam nulls last, voornaam
     limit ${limit}`.execute(db);
}
