import { sql } from 'kysely';
import type { Db } from '../db/transaction.ts';
import type { VersionRow } from './article.mapper.ts';
import { vocabularyOf } from './search/query-terms.ts';

/**
 * Keeps what search and the bot see in step with publication: the search document of the
 * published version, the vocabulary for typo correction and compounds, and a revision counter
 * that caches on every node compare against.
 */
export async function writeSearchDocument(db: Db, row: VersionRow, previous: VersionRow | undefined): Promise<void> {
  const keywords = row.trefwoorden.join(', ');
  const vector = sql`setweight(to_tsvector('dutch', ${row.titel}), 'A')
    || setweight(to_tsvector('dutch', ${keywords}), 'A')
    || setweight(to_tsvector('dutch', ${row.samenvatting}), 'B')
    || setweight(to_tsvector('dutch', ${row.inhoud}), 'C')`;
  await sql`insert into kennis_zoekdocument (artikel_id, versie, type, titel, samenvatting, afdeling, reviewdatum, gepubliceerd_op, zoekvector)
    values (${row.artikel_id}, ${row.versie}, ${row.type}, ${row.titel}, ${row.samenvatting}, ${row.afdeling}, ${row.reviewdatum}, now(), ${vector})
    on conflict (artikel_id) do update set versie = excluded.versie, type = excluded.type, titel = excluded.titel,
      samenvatting = excluded.samenvatting, afdeling = excluded.afdeling, reviewdatum = excluded.reviewdatum,
      gepubliceerd_op = excluded.gepubliceerd_op, zoekvector = excluded.zoekvector`.execute(db);
  if (previous) await countWords(db, previous, -1);
  await countWords(db, row, 1);
}

export async function removeSearchDocument(db: Db, published: VersionRow): Promise<void> {
  await db.deleteFrom('kennis_zoekdocument').where('artikel_id', '=', published.artikel_id).execute();
  await countWords(db, published, -1);
}

export function wordsOf(row: Pick<VersionRow, 'titel' | 'trefwoorden' | 'samenvatting' | 'inhoud'>): string[] {
  return vocabularyOf(`${row.titel} ${row.trefwoorden.join(' ')} ${row.samenvatting} ${row.inhoud}`);
}

/**
 * Keeps per word the number of published articles holding it. A word whose count drops to
 * zero stays: as a typo target it merely costs a lookup.
 */
async function countWords(db: Db, row: VersionRow, delta: 1 | -1): Promise<void> {
  const words = wordsOf(row);
  if (words.length === 0) return;
  if (delta < 0) {
    await db
      .updateTable('kennis_woord')
      .set((eb) => ({ aantal: sql<number>`greatest(${eb.ref('aantal')} - 1, 0)` }))
      .where('woord', 'in', words)
      .execute();
    return;
  }
  await db
    .insertInto('kennis_woord')
    .values(words.map((woord) => ({ woord, aantal: 1 })))
    .onConflict((oc) => oc.column('woord').doUpdateSet((eb) => ({ aantal: eb(eb.ref('kennis_woord.aantal'), '+', 1) })))
    .execute();
}

export async function bumpKnowledgeRevision(db: Db): Promise<void> {
  await db
    .updateTable('kennisbank_stand')
    .set((eb) => ({ revisie: eb('revisie', '+', 1) }))
    .execute();
}

/** Changes whenever published content or synonyms change. */
export async function knowledgeRevision(db: Db): Promise<number> {
  const row = await db.selectFrom('kennisbank_stand').select('revisie').executeTakeFirstOrThrow();
  return Number(row.revisie);
}
