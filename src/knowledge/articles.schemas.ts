import { Type, type Static } from 'typebox';
import { Nullable } from '../platform/http.ts';

export const KennisType = Type.Union([Type.Literal('artikel'), Type.Literal('werkinstructie'), Type.Literal('nieuws')]);
export const KennisStatus = Type.Union([
  Type.Literal('concept'),
  Type.Literal('ter_review'),
  Type.Literal('gepubliceerd'),
  Type.Literal('gearchiveerd'),
]);
export const Doelgroep = Type.Union([Type.Literal('inwoner'), Type.Literal('ondernemer')]);
const IsoDate = Type.String({ format: 'date' });

/** What a redacteur writes; also the content of one version. */
export const ArticleContent = Type.Object(
  {
    type: KennisType,
    title: Type.String({ minLength: 1, maxLength: 200 }),
    summary: Type.String({ minLength: 1, maxLength: 300, description: 'Het korte antwoord voor chat en WhatsApp' }),
    body: Type.String({ minLength: 1, maxLength: 50_000, description: 'Markdown' }),
    category: Type.String({ minLength: 1, maxLength: 100 }),
    upl: Nullable(Type.String({ minLength: 1, maxLength: 200 })),
    audience: Type.Array(Doelgroep, { uniqueItems: true, maxItems: 2 }),
    department: Type.String({ minLength: 1, maxLength: 200, description: 'Eigenaar: de afdeling of het team' }),
    keywords: Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 50 }),
    reviewDate: Type.Optional(Nullable(IsoDate)),
  },
  { additionalProperties: false },
);
export type ArticleContent = Static<typeof ArticleContent>;

export const ArticleId = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 120 });
export const NewArticleBody = Type.Object({ id: ArticleId, ...ArticleContent.properties }, { additionalProperties: false });
export type NewArticleBody = Static<typeof NewArticleBody>;

export const VersionResponse = Type.Object({
  articleId: Type.String(),
  version: Type.Integer(),
  status: KennisStatus,
  ...ArticleContent.properties,
  reviewDate: Nullable(IsoDate),
  updated: IsoDate,
  author: Type.String(),
  createdAt: Type.String(),
  statusChangedAt: Type.String(),
});
export type VersionResponse = Static<typeof VersionResponse>;

/** A published article as the website, the CMS and the agents read it. */
export const PublishedArticle = Type.Object({
  id: Type.String(),
  version: Type.Integer(),
  ...ArticleContent.properties,
  reviewDate: Nullable(IsoDate),
  updated: IsoDate,
  html: Type.String({ description: 'De body als veilige (opgeschoonde) HTML' }),
  publishedAt: Type.String(),
});
export type PublishedArticle = Static<typeof PublishedArticle>;

export const ArticleOverview = Type.Object({
  id: Type.String(),
  publishedVersion: Nullable(Type.Integer()),
  versions: Type.Array(VersionResponse),
});
export type ArticleOverview = Static<typeof ArticleOverview>;

export const TransitionName = Type.Union([
  Type.Literal('indienen'),
  Type.Literal('terugsturen'),
  Type.Literal('publiceren'),
  Type.Literal('archiveren'),
]);
export type TransitionName = Static<typeof TransitionName>;
