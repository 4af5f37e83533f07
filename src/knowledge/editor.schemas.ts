import { Type, type Static } from 'typebox';
import { Nullable } from '../platform/http.ts';
import { ArticleContent, KennisStatus, KennisType } from './articles.schemas.ts';

const IsoDate = Type.String({ format: 'date' });

/** The redacteur's list: filters on the newest version of every article, a page at a time. */
export const ArticleListQuery = Type.Object(
  {
    status: Type.Optional(KennisStatus),
    q: Type.Optional(
      Type.String({
        maxLength: 200,
        description: 'Woorden in titel, id, categorie, afdeling of trefwoorden (alle woorden moeten voorkomen)',
      }),
    ),
    reviewDue: Type.Optional(Type.Boolean({ description: 'Alleen gepubliceerde artikelen waarvan de reviewdatum bereikt is' })),
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
    offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
  },
  { additionalProperties: false },
);
export type ArticleListQuery = Static<typeof ArticleListQuery>;

export const ArticleListItem = Type.Object({
  id: Type.String(),
  version: Type.Integer({ description: 'De nieuwste versie' }),
  status: KennisStatus,
  publishedVersion: Nullable(Type.Integer()),
  type: KennisType,
  title: Type.String(),
  category: Type.String(),
  department: Type.String(),
  reviewDate: Nullable(IsoDate),
  reviewOverdue: Type.Boolean({ description: 'De reviewdatum van de gepubliceerde versie is bereikt' }),
  updated: IsoDate,
  author: Type.String(),
  changedAt: Type.String({ description: 'Laatste wijziging van de nieuwste versie (opslaan of statusovergang)' }),
});
export type ArticleListItem = Static<typeof ArticleListItem>;

export const ArticleList = Type.Object({
  total: Type.Integer({ description: 'Aantal artikelen dat aan de filters voldoet' }),
  limit: Type.Integer(),
  offset: Type.Integer(),
  results: Type.Array(ArticleListItem),
});
export type ArticleList = Static<typeof ArticleList>;

export const PreviewBody = Type.Object({ body: ArticleContent.properties.body }, { additionalProperties: false });
export const PreviewResponse = Type.Object({
  html: Type.String({ description: 'De body als veilige HTML, zoals website en medewerkers hem zien' }),
});
