import type { Db } from '../db/transaction.ts';
import * as q from './articles.queries.ts';
import type { KnowledgeArticle } from './matching/types.ts';
import { knowledgeRevision } from './publication.ts';
import { listSynonymGroups } from './synonyms.service.ts';

/** What the bot may answer from: published artikelen only, never werkinstructies or drafts. */
export async function publishedArtikelen(db: Db): Promise<KnowledgeArticle[]> {
  const rows = await q.publishedVersions(db, { types: ['artikel'] });
  // Code-point order, not the database's collation: the matcher breaks ties by position, and
  // PGlite and PostgreSQL collate differently.
  rows.sort((a, b) => (a.artikel_id < b.artikel_id ? -1 : 1));
  return rows.map((row) => ({
    id: row.artikel_id,
    type: 'artikel',
    title: row.titel,
    category: row.categorie,
    summary: row.samenvatting,
    body: row.inhoud,
    keywords: row.trefwoorden,
    ...(row.upl ? { upl: row.upl } : {}),
  }));
}

/** Synonym groups as the matcher takes them: the preferred term first. */
export async function synonymsForMatching(db: Db): Promise<string[][]> {
  return (await listSynonymGroups(db)).map((g) => g.terms);
}

export { knowledgeRevision };

export async function articleExists(db: Db, id: string): Promise<boolean> {
  return (await q.findArticle(db, id)) !== undefined;
}
