import type { Insertable, Selectable } from 'kysely';
import type { KennisartikelVersieTable } from '../db/schema.ts';
import type { ArticleContent, PublishedArticle, VersionResponse } from './articles.schemas.ts';
import { localDay } from '../platform/local-day.ts';
import { renderMarkdown } from './markdown.ts';

export type VersionRow = Selectable<KennisartikelVersieTable>;
type ContentColumns = Pick<
  Insertable<KennisartikelVersieTable>,
  | 'type'
  | 'titel'
  | 'samenvatting'
  | 'inhoud'
  | 'categorie'
  | 'upl'
  | 'doelgroep'
  | 'afdeling'
  | 'trefwoorden'
  | 'bijgewerkt_op'
  | 'reviewdatum'
>;

/** Without a review date an article is due for review a year after it was last updated. */
export const DEFAULT_REVIEW_MONTHS = 12;

/**
 * The day a version is written, in Amsterdam. It only records when (and so sets the default review
 * date); deciding what is due asks the app's clock and passes the day in.
 */
export function today(): string {
  return localDay(new Date());
}

export function addMonths(isoDate: string, months: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}

export function toContentColumns(content: ArticleContent, updated: string = today()): ContentColumns {
  return {
    type: content.type,
    titel: content.title,
    samenvatting: content.summary,
    inhoud: content.body,
    categorie: content.category,
    upl: content.upl,
    doelgroep: JSON.stringify(content.audience),
    afdeling: content.department,
    trefwoorden: JSON.stringify(content.keywords),
    bijgewerkt_op: updated,
    reviewdatum: content.reviewDate ?? addMonths(updated, DEFAULT_REVIEW_MONTHS),
  };
}

export function toContent(row: VersionRow): ArticleContent & { reviewDate: string | null; updated: string } {
  return {
    type: row.type,
    title: row.titel,
    summary: row.samenvatting,
    body: row.inhoud,
    category: row.categorie,
    upl: row.upl,
    audience: row.doelgroep as ArticleContent['audience'],
    department: row.afdeling,
    keywords: row.trefwoorden,
    reviewDate: row.reviewdatum,
    updated: row.bijgewerkt_op,
  };
}

const iso = (value: Date | string) => new Date(value).toISOString();

export function toVersionResponse(row: VersionRow): VersionResponse {
  return {
    articleId: row.artikel_id,
    version: row.versie,
    status: row.status,
    ...toContent(row),
    author: row.auteur_naam,
    createdAt: iso(row.aangemaakt_op),
    statusChangedAt: iso(row.status_gewijzigd_op),
  };
}

export function toPublishedArticle(row: VersionRow): PublishedArticle {
  return {
    id: row.artikel_id,
    version: row.versie,
    ...toContent(row),
    html: renderMarkdown(row.inhoud),
    publishedAt: iso(row.status_gewijzigd_op),
  };
}

/** True when a version already holds this content: re-importing it changes nothing. */
export function sameContent(row: VersionRow, content: ArticleContent, updated: string): boolean {
  const a = toContent(row);
  return (
    a.type === content.type &&
    a.title === content.title &&
    a.summary === content.summary &&
    a.body === content.body &&
    a.category === content.category &&
    a.upl === content.upl &&
    a.department === content.department &&
    a.updated === updated &&
    JSON.stringify(a.audience) === JSON.stringify(content.audience) &&
    JSON.stringify(a.keywords) === JSON.stringify(content.keywords)
  );
}
