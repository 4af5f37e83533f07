import type { Transaction } from 'kysely';
import type { Database, KennisType } from '../db/schema.ts';
import { inTransaction, type Db } from '../db/transaction.ts';
import type { RequestContext } from '../platform/principal.ts';
import { toContentColumns, toPublishedArticle, toVersionResponse, type VersionRow } from './article.mapper.ts';
import { versionStatus } from './article-workflow.ts';
import type {
  ArticleContent,
  ArticleOverview,
  NewArticleBody,
  PublishedArticle,
  TransitionName,
  VersionResponse,
} from './articles.schemas.ts';
import * as q from './articles.queries.ts';
import { ArticleExists, ArticleNotFound, UnknownUplProduct, VersionInReview, VersionNotFound } from './knowledge.errors.ts';
import { bumpKnowledgeRevision, removeSearchDocument, writeSearchDocument } from './publication.ts';
import { ALL_TYPES, PUBLIC_TYPES } from './search/search.service.ts';

/** Authorisation is the routes' job (per transition); these functions keep the rules. */
function author(ctx: RequestContext) {
  return { auteur_actor_id: ctx.principal.kind === 'medewerker' ? ctx.principal.actorId : null, auteur_naam: ctx.principal.naam };
}

/** Once the UPL list is loaded, an article may only name a product from it. */
export async function assertUplKnown(db: Db, names: readonly (string | null)[]): Promise<void> {
  const wanted = [...new Set(names.filter((n): n is string => n !== null))];
  if (wanted.length === 0 || (await q.countUplProducts(db)) === 0) return;
  const known = await q.knownUplProducts(db, wanted);
  const unknown = wanted.filter((n) => !known.has(n));
  if (unknown.length > 0) throw UnknownUplProduct(unknown.map((n) => ({ field: 'upl', message: n })));
}

export async function createArticle(db: Db, ctx: RequestContext, body: NewArticleBody): Promise<VersionResponse> {
  const { id, ...content } = body;
  return inTransaction(db, async (trx) => {
    if (await q.findArticle(trx, id)) throw ArticleExists();
    await assertUplKnown(trx, [content.upl]);
    await q.insertArticle(trx, id);
    await q.insertVersion(trx, { artikel_id: id, versie: 1, ...toContentColumns(content), ...author(ctx) });
    return toVersionResponse((await q.findVersion(trx, id, 1))!);
  });
}

/**
 * Saves content as the article's open concept: the concept itself while there is one, else a
 * new version. A version that went to review or was published is never overwritten.
 */
export async function saveConcept(db: Db, ctx: RequestContext, id: string, content: ArticleContent, updated?: string): Promise<VersionRow> {
  return inTransaction(db, async (trx) => {
    if (!(await q.lockArticle(trx, id))) throw ArticleNotFound();
    await assertUplKnown(trx, [content.upl]);
    const latest = await q.latestVersion(trx, id);
    if (latest?.status === 'ter_review') throw VersionInReview();
    const values = { ...toContentColumns(content, updated), ...author(ctx) };
    if (latest?.status === 'concept') {
      await q.updateVersion(trx, id, latest.versie, { ...values, status_gewijzigd_op: new Date() });
      return (await q.findVersion(trx, id, latest.versie))!;
    }
    const versie = (latest?.versie ?? 0) + 1;
    await q.insertVersion(trx, { artikel_id: id, versie, ...values });
    return (await q.findVersion(trx, id, versie))!;
  });
}

export async function changeVersionStatus(db: Db, id: string, versie: number, transition: TransitionName): Promise<VersionResponse> {
  return inTransaction(db, async (trx) => {
    const article = await q.lockArticle(trx, id);
    if (!article) throw ArticleNotFound();
    const version = await q.findVersion(trx, id, versie);
    if (!version) throw VersionNotFound();
    const status = versionStatus.next(version.status, transition);
    if (transition === 'publiceren') await publish(trx, article.gepubliceerde_versie, version);
    if (transition === 'archiveren') await takeOffline(trx, version);
    await q.setVersionStatus(trx, id, versie, status);
    return toVersionResponse((await q.findVersion(trx, id, versie))!);
  });
}

async function publish(trx: Transaction<Database>, previous: number | null, version: VersionRow): Promise<void> {
  const old = previous === null ? undefined : await q.findVersion(trx, version.artikel_id, previous);
  if (old) await q.setVersionStatus(trx, old.artikel_id, old.versie, versionStatus.next(old.status, 'archiveren'));
  await q.setPublishedVersion(trx, version.artikel_id, version.versie);
  await writeSearchDocument(trx, version, old);
  await bumpKnowledgeRevision(trx);
}

async function takeOffline(trx: Transaction<Database>, published: VersionRow): Promise<void> {
  await q.setPublishedVersion(trx, published.artikel_id, null);
  await removeSearchDocument(trx, published);
  await bumpKnowledgeRevision(trx);
}

export async function getOverview(db: Db, id: string): Promise<ArticleOverview> {
  const article = await q.findArticle(db, id);
  if (!article) throw ArticleNotFound();
  return { id, publishedVersion: article.gepubliceerde_versie, versions: (await q.listVersions(db, id)).map(toVersionResponse) };
}

/** Werkinstructies are for medewerkers only: to the public they do not exist. */
export function visibleTypes(internal: boolean): readonly KennisType[] {
  return internal ? ALL_TYPES : PUBLIC_TYPES;
}

export async function getPublished(db: Db, id: string, internal: boolean): Promise<PublishedArticle> {
  const [row] = await q.publishedVersions(db, { ids: [id], types: visibleTypes(internal) });
  if (!row) throw ArticleNotFound();
  return toPublishedArticle(row);
}

export async function listPublished(db: Db, internal: boolean): Promise<PublishedArticle[]> {
  return (await q.publishedVersions(db, { types: visibleTypes(internal) })).map(toPublishedArticle);
}
