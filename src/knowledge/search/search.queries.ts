import { sql } from 'kysely';
import type { KennisType } from '../../db/schema.ts';
import type { Db } from '../../db/transaction.ts';

/** Similarity (pg_trgm) a known word needs to count as what the searcher meant to type. */
const CORRECTION_SIMILARITY = 0.45;

export async function synonymGroupsFor(db: Db, keys: readonly string[]): Promise<Map<string, string[]>> {
  if (keys.length === 0) return new Map();
  const rows = await db
    .selectFrom('kennis_synoniem as s')
    .innerJoin('kennis_synoniem as hit', 'hit.groep_id', 's.groep_id')
    .select(['hit.sleutel as hit', 's.sleutel as sleutel'])
    .where('hit.sleutel', 'in', [...keys])
    .orderBy('s.volgorde')
    .execute();
  const groups = new Map<string, string[]>();
  for (const row of rows) groups.set(row.hit, [...(groups.get(row.hit) ?? []), row.sleutel]);
  return groups;
}

/** Which candidates occur in articles, with the number of published articles holding each. */
export async function knownWords(db: Db, candidates: readonly string[]): Promise<Map<string, number>> {
  if (candidates.length === 0) return new Map();
  const rows = await db.selectFrom('kennis_woord').select(['woord', 'aantal']).where('woord', 'in', [...candidates]).execute();
  return new Map(rows.map((r) => [r.woord, r.aantal]));
}

/** Nearest known words by trigram similarity, using the trigram index through `%`. */
export async function corrections(db: Db, unknown: readonly string[]): Promise<{ w: string; woord: string; aantal: number }[]> {
  if (unknown.length === 0) return [];
  const input = sql.join(unknown.map((w) => sql`(${w}::text)`));
  const { rows } = await sql<{ w: string; woord: string; aantal: number }>`
    select q.w, k.woord, k.aantal from (values ${input}) as q(w)
    cross join lateral (
      select woord, aantal from kennis_woord where woord % q.w and similarity(woord, q.w) >= ${CORRECTION_SIMILARITY}
      order by similarity(woord, q.w) desc limit 2
    ) k`.execute(db);
  return rows;
}

export interface SearchHit {
  artikel_id: string;
  titel: string;
  samenvatting: string;
  geraakt: number;
  totaal: number;
  rang: number;
}

/** Ranking reads each candidate's whole vector; beyond this many, ranking would cost too much. */
const MAX_CANDIDATES = 1000;

/**
 * Published documents matching `candidates` (the selective part of the query), best first:
 * first by how many of all the query's groups they match, then by PostgreSQL's `dutch` rank
 * (title and keywords weigh most).
 */
export async function searchDocuments(db: Db, input: { candidates: string; groups: readonly string[]; types: readonly KennisType[]; limit: number }): Promise<SearchHit[]> {
  const perGroup = sql.join(input.groups.map((g) => sql`to_tsquery('dutch', ${g})`));
  const { rows } = await sql<SearchHit>`
    with q as (
      select to_tsquery('dutch', ${input.candidates}) as kandidaat, to_tsquery('dutch', ${input.groups.join(' | ')}) as alle,
        array[${perGroup}]::tsquery[] as groepen
    ), t as (
      select q.*, (select count(*) from unnest(q.groepen) g where numnode(g) > 0)::int as totaal from q
    ), kandidaten as (
      select d.artikel_id, d.titel, d.samenvatting, d.zoekvector from kennis_zoekdocument d, t
      where d.zoekvector @@ t.kandidaat and d.type in (${sql.join([...input.types])})
      limit ${MAX_CANDIDATES}
    )
    select k.artikel_id, k.titel, k.samenvatting, t.totaal,
      (select count(*) from unnest(t.groepen) g where k.zoekvector @@ g)::int as geraakt,
      ts_rank(k.zoekvector, t.alle, 1) as rang
    from kandidaten k, t
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
