import type { Db } from '../db/transaction.ts';
import { countArticles, listArticles } from './editor.queries.ts';
import type { ArticleList, ArticleListQuery } from './editor.schemas.ts';

/** Every article as the redacteur sees it: its newest version, whatever its status. */
export async function listForEditor(db: Db, filter: ArticleListQuery, on: string): Promise<ArticleList> {
  const [total, rows] = await Promise.all([countArticles(db, filter, on), listArticles(db, filter, on)]);
  return {
    total,
    limit: filter.limit,
    offset: filter.offset,
    results: rows.map((row) => ({
      id: row.artikel_id,
      version: row.versie,
      status: row.status,
      publishedVersion: row.gepubliceerde_versie,
      type: row.type,
      title: row.titel,
      category: row.categorie,
      department: row.afdeling,
      reviewDate: row.reviewdatum,
      reviewOverdue: row.review_verlopen,
      updated: row.bijgewerkt_op,
      author: row.auteur_naam,
      changedAt: new Date(row.status_gewijzigd_op).toISOString(),
    })),
  };
}
