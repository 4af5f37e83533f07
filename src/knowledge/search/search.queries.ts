import { sql } from 'kysely';
import type { KennisType } from '../../db/schema.ts';
import type { Db } from '../../db/transaction.ts';

/** Every word of published articles, with the number of published articles holding it. */
export async function vocabulary(db: Db): Promise<Map<string, number>> {
  const rows = await db.selectFrom('kennis_woord').select(['woord', 'aantal']).execute();
  return new Map(rows.map((r) => [r.woord, r.aantal]));
}

/** Synonym key → the keys of every group it is in, in the groups' order. */
export async function synonymKeyGroups(db: Db): Promise<Map<string, string[]>> {
  const rows = await db.selectFrom('kennis_synoniem').select(['groep_id', 'sleutel']).orderBy('groep_id').orderBy('volgorde').execute();
  const groups = new Map<string, string[]>();
  for (const row of rows) groups.set(row.groep_id, [...(groups.get(row.groep_id) ?? []), row.sleutel]);
  const byKey = new Map<string, string[]>();
  for (const keys of groups.values()) for (const key of keys) byKey.set(key, [...(byKey.get(key) ?? []), ...keys]);
  return byKey;
}

/**
 * The kennisbank revision, and for each word the number of published documents holding its
 * `dutch` lexeme (kennis_lexeem, kept by a trigger); stop words have no lexeme and are left out.
 * One round trip: search needs both before it asks for documents.
 */
export async function revisionAndFrequencies(
  db: Db,
  terms: readonly string[],
): Promise<{ revision: number; frequency: Map<string, number> }> {
  const { rows } = await sql<{ revisie: string | number; woord: string | null; aantal: number | null }>`
    select s.revisie, f.woord, f.aantal from kennisbank_stand s
    left join lateral (
      select w as woord, min(coalesce(k.aantal, 0))::int as aantal
      from unnest(${[...terms]}::text[]) w
      cross join lateral unnest(tsvector_to_array(to_tsvector('dutch', w))) l
      left join kennis_lexeem k on k.lexeem = l
      group by w
    ) f on true`.execute(db);
  const frequency = new Map<string, number>();
  for (const row of rows) if (row.woord !== null && row.aantal !== null) frequency.set(row.woord, row.aantal);
  return { revision: Number(rows[0]?.revisie ?? 0), frequency };
}

export interface SearchHit {
  artikel_id: string;
  titel: string;
  samenvatting: string;
  geraakt: number;
  totaal: number;
  rang: number;
}

/**
 * Ranking reads each candidate's whole vector: about this many keep a search within a few
 * milliseconds on PGlite. Most queries match fewer; broad ones ("help") rank documents whose
 * title, keywords or summary match first.
 */
const MAX_CANDIDATES = 150;

/**
 * Published documents matching `candidates` (the selective part of the query), best first:
 * first by how many of all the query's groups they match, then by PostgreSQL's `dutch` rank
 * (title and keywords weigh most).
 *
 * Each candidate condition is an indexed vector `@@` the query as a constant, so the planner
 * uses the GIN indexes; the second branch of the union only runs while the first one found fewer
 * than the limit. The full vector (stored out of line, TOAST) is copied once per candidate into
 * the materialised CTE (`|| ''`); otherwise every `@@` and the rank would fetch it again.
 */
export async function searchDocuments(
  db: Db,
  input: { candidates: string; groups: readonly string[]; types: readonly KennisType[]; limit: number },
): Promise<SearchHit[]> {
  const tsquery = (text: string) => sql`to_tsquery('dutch', ${text})`;
  const types = sql`d.type in (${sql.join([...input.types])})`;
  const geraakt = sql.join(
    input.groups.map((g) => sql`(k.v @@ ${tsquery(g)})::int`),
    sql` + `,
  );
  const totaal = sql.join(
    input.groups.map((g) => sql`(numnode(${tsquery(g)}) > 0)::int`),
    sql` + `,
  );
  const { rows } = await sql<SearchHit>`
    with kandidaten as materialized (
      (select d.artikel_id, d.titel, d.samenvatting, d.zoekvector || ''::tsvector as v from kennis_zoekdocument d
        where d.kopvector @@ ${tsquery(input.candidates)} and ${types} limit ${MAX_CANDIDATES})
      union all
      (select d.artikel_id, d.titel, d.samenvatting, d.zoekvector || ''::tsvector as v from kennis_zoekdocument d
        where d.zoekvector @@ ${tsquery(input.candidates)} and not d.kopvector @@ ${tsquery(input.candidates)} and ${types})
      limit ${MAX_CANDIDATES}
    )
    select k.artikel_id, k.titel, k.samenvatting, ${totaal} as totaal, ${geraakt} as geraakt,
      ts_rank(k.v, ${tsquery(input.groups.join(' | '))}, 1) as rang
    from kandidaten k
    order by geraakt desc, rang desc, k.artikel_id
    limit ${input.limit}`.execute(db);
  return rows;
}

/** The naive search a bench compares against: a case-insensitive substring in title or summary. */
export async function ilikeBaseline(db: Db, text: string, types: readonly KennisType[], limit: number) {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db
    .selectFrom('kennis_zoekdocument')
    .select(['artikel_id', 'titel', 'samenvatting'])
    .where((eb) => eb.or([eb('titel', 'ilike', pattern), eb('samenvatting', 'ilike', pattern)]))
    .where('type', 'in', [...types])
    .limit(limit)
    .execute();
}
