import { GesprekNotFound } from '../../conversations/conversations.errors.ts';
import type { Db } from '../../db/transaction.ts';
import { inTransaction } from '../../db/transaction.ts';
import { ArticleNotFound } from '../../knowledge/knowledge.errors.ts';
import type { RequestContext } from '../../platform/principal.ts';

/**
 * The desktop reports which knowledge article the agent opened in a gesprek (null: closed it),
 * with the time, so a silence can later be matched to the article that was open then.
 */
export async function recordOpenArtikel(db: Db, ctx: RequestContext, gesprekId: string, articleId: string | null) {
  return inTransaction(db, async (trx) => {
    const gesprek = await trx.selectFrom('gesprek').select('id').where('id', '=', gesprekId).executeTakeFirst();
    if (!gesprek) throw GesprekNotFound();
    if (articleId && !(await trx.selectFrom('kennisartikel').select('id').where('id', '=', articleId).executeTakeFirst()))
      throw ArticleNotFound();
    const row = await trx
      .insertInto('gesprek_open_artikel')
      .values({
        gesprek_id: gesprekId,
        artikel_id: articleId,
        medewerker_id: ctx.principal.kind === 'medewerker' ? ctx.principal.id : null,
      })
      .returning(['artikel_id', 'geopend_op'])
      .executeTakeFirstOrThrow();
    return { gesprekId, articleId: row.artikel_id, geopendOp: new Date(row.geopend_op).toISOString() };
  });
}
