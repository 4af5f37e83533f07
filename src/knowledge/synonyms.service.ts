import { inTransaction, type Db } from '../db/transaction.ts';
import { ValidationFailed } from '../platform/errors.ts';
import type { RequestContext } from '../platform/principal.ts';
import { SynonymGroupNotFound } from './knowledge.errors.ts';
import { bumpKnowledgeRevision } from './publication.ts';
import { synonymKey } from './search/query-terms.ts';

/** Words a redacteur declares equivalent for search and the bot (ID-kaart ↔ identiteitskaart). */
export interface SynonymGroup {
  id: string;
  terms: string[];
}

export async function listSynonymGroups(db: Db): Promise<SynonymGroup[]> {
  const rows = await db.selectFrom('kennis_synoniem').select(['groep_id', 'term']).orderBy('groep_id').orderBy('volgorde').execute();
  const groups = new Map<string, string[]>();
  for (const row of rows) groups.set(row.groep_id, [...(groups.get(row.groep_id) ?? []), row.term]);
  return [...groups].map(([id, terms]) => ({ id, terms }));
}

/** The first term is the preferred word; a group needs at least two distinct terms. */
export async function createSynonymGroup(db: Db, ctx: RequestContext, terms: readonly string[]): Promise<SynonymGroup> {
  const distinct = [...new Map(terms.map((t) => [synonymKey(t), t.trim()])).entries()].filter(([key]) => key !== '');
  if (distinct.length < 2) throw ValidationFailed([{ field: 'body.terms', message: 'at least two different terms' }]);
  return inTransaction(db, async (trx) => {
    const { id } = await trx
      .insertInto('kennis_synoniemgroep')
      .values({ aangemaakt_door: ctx.principal.naam })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('kennis_synoniem')
      .values(distinct.map(([sleutel, term], volgorde) => ({ groep_id: id, term, sleutel, volgorde })))
      .execute();
    await bumpKnowledgeRevision(trx);
    return { id, terms: distinct.map(([, term]) => term) };
  });
}

export async function deleteSynonymGroup(db: Db, id: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    const deleted = await trx.deleteFrom('kennis_synoniemgroep').where('id', '=', id).executeTakeFirst();
    if (Number(deleted.numDeletedRows) === 0) throw SynonymGroupNotFound();
    await bumpKnowledgeRevision(trx);
  });
}
