import { sql, type ExpressionBuilder } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Db } from '../db/transaction.ts';
import type { ArticleListQuery } from './editor.schemas.ts';

type Versions = ExpressionBuilder<{ v: Database['kennisartikel_versie'] }, 'v'>;

const likePattern = (word: string) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Every word must occur in the title, id, category, department or keywords. */
function matchesWords(eb: Versions, q: string) {
  const words = q.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 10);
  return eb.and(
    words.map((word) => {
      const pattern = likePattern(word);
      return eb.or([
        eb('v.titel', 'ilike', pattern),
        eb('v.artikel_id', 'ilike', pattern),
        eb('v.categorie', 'ilike', pattern),
        eb('v.afdeling', 'ilike', pattern),
        eb(sql<string>`v.trefwoorden::text`, 'ilike', pattern),
      ]);
    }),
  );
}

/** The newest version of each article, with its published version and whether its review is due. */
function newestVersions(db: Db, filter: Omit<ArticleListQuery, 'limit' | 'offset'>, on: string) {
  let query = db
    .selectFrom('kennisartikel_versie as v')
    .innerJoin('kennisartikel as a', 'a.id', 'v.artikel_id')
    .leftJoin('kennis_zoekdocument as z', 'z.artikel_id', 'v.artikel_id')
    .where((eb) =>
      eb(
        'v.versie',
        '=',
        eb
          .selectFrom('kennisartikel_versie as m')
          .select((m) => m.fn.max('m.versie').as('versie'))
          .whereRef('m.artikel_id', '=', 'v.artikel_id'),
      ),
    );
  if (filter.status) query = query.where('v.status', '=', filter.status);
  const words = filter.q?.trim();
  if (words) query = query.where((eb) => matchesWords(eb, words));
  if (filter.reviewDue) query = query.where('z.reviewdatum', '<=', on);
  return query;
}

export async function countArticles(db: Db, filter: ArticleListQuery, on: string): Promise<number> {
  const row = await newestVersions(db, filter, on)
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function listArticles(db: Db, filter: ArticleListQuery, on: string) {
  return newestVersions(db, filter, on)
    .selectAll('v')
    .select(['a.gepubliceerde_versie', sql<boolean>`coalesce(z.reviewdatum <= ${on}::date, false)`.as('review_verlopen')])
    .orderBy('v.status_gewijzigd_op', 'desc')
    .orderBy('v.artikel_id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
}
