import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';
import { inTransaction, type Db } from '../db/transaction.ts';
import type { RequestContext } from '../platform/principal.ts';
import { sameContent, toContent } from './article.mapper.ts';
import { ArticleContent, ArticleId } from './articles.schemas.ts';
import * as q from './articles.queries.ts';
import { assertUplKnown, changeVersionStatus, saveConcept, visibleTypes } from './articles.service.ts';
import { InvalidImport } from './knowledge.errors.ts';

/** One item of the kennisbank exchange format (lindendaal/kennisbank.json). */
export const KennisbankItem = Type.Object({
  id: ArticleId,
  type: ArticleContent.properties.type,
  title: ArticleContent.properties.title,
  upl: ArticleContent.properties.upl,
  category: ArticleContent.properties.category,
  audience: ArticleContent.properties.audience,
  department: ArticleContent.properties.department,
  summary: ArticleContent.properties.summary,
  body: ArticleContent.properties.body,
  keywords: ArticleContent.properties.keywords,
  updated: Type.String({ format: 'date' }),
  reviewDate: Type.Optional(ArticleContent.properties.reviewDate),
});
export type KennisbankItem = Static<typeof KennisbankItem>;

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
}

export function parseKennisbank(data: unknown): KennisbankItem[] {
  if (!Array.isArray(data)) throw InvalidImport([{ field: '$', message: 'expected an array of articles' }]);
  const problems = data.flatMap((item, i) =>
    [...Value.Errors(KennisbankItem, item)]
      .slice(0, 3)
      .map((e) => ({ field: `[${i}]${e.instancePath.replace(/\//g, '.')}`, message: e.message })),
  );
  if (problems.length > 0) throw InvalidImport(problems.slice(0, 20));
  const items = data as KennisbankItem[];
  const ids = items.map((item) => item.id);
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (twice.length > 0) throw InvalidImport(twice.map((id) => ({ field: 'id', message: `${id} staat er meer dan eens in` })));
  return items;
}

/**
 * Publishes every item, in one transaction, through the normal workflow. Idempotent by id: an
 * item whose published version already has this content is left alone; a changed item gets a
 * new version and the old one is archived.
 */
export async function importKennisbank(db: Db, ctx: RequestContext, items: readonly KennisbankItem[]): Promise<ImportResult> {
  return inTransaction(db, async (trx) => {
    await assertUplKnown(
      trx,
      items.map((item) => item.upl),
    );
    const result: ImportResult = { created: 0, updated: 0, unchanged: 0 };
    for (const { id, updated, ...content } of items) {
      const article = await q.findArticle(trx, id);
      const published = article?.gepubliceerde_versie ? await q.findVersion(trx, id, article.gepubliceerde_versie) : undefined;
      if (published && sameContent(published, content, updated)) {
        result.unchanged++;
        continue;
      }
      if (!article) await q.insertArticle(trx, id);
      const version = await saveConcept(trx, ctx, id, content, updated);
      await changeVersionStatus(trx, id, version.versie, 'indienen');
      await changeVersionStatus(trx, id, version.versie, 'publiceren');
      result[article ? 'updated' : 'created']++;
    }
    return result;
  });
}

export async function exportKennisbank(db: Db, internal: boolean): Promise<KennisbankItem[]> {
  const rows = await q.publishedVersions(db, { types: visibleTypes(internal) });
  return rows.map((row) => {
    const c = toContent(row);
    return {
      id: row.artikel_id,
      type: c.type,
      title: c.title,
      upl: c.upl,
      category: c.category,
      audience: c.audience,
      department: c.department,
      summary: c.summary,
      body: c.body,
      keywords: c.keywords,
      updated: c.updated,
    };
  });
}
