import { Type, type Static } from 'typebox';
import { Nullable } from '../platform/http.ts';

const Datum = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
const Format = Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv')], { default: 'json' }));

export const PeriodQuery = Type.Object({ from: Datum, to: Datum, format: Format }, { additionalProperties: false });
export type PeriodQuery = Static<typeof PeriodQuery>;

export const RateQuery = Type.Object(
  {
    from: Datum,
    to: Datum,
    format: Format,
    category: Type.Optional(Type.String({ maxLength: 100 })),
    articleId: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);

export const ClassifyBody = Type.Object({ text: Type.String({ minLength: 1, maxLength: 20_000 }) }, { additionalProperties: false });
export const ClassifyResponse = Type.Object({ category: Type.String(), articleId: Nullable(Type.String()), confidence: Type.Number() });
export const RetrainResponse = Type.Object({ articles: Type.Integer(), examples: Type.Integer() });

const Hotspot = {
  wijk: Type.String(),
  category: Type.String(),
  articleId: Nullable(Type.String()),
  weekStart: Type.String(),
  observed: Type.Integer(),
  expected: Type.Number(),
  score: Type.Number(),
};
export const HotspotsResponse = Type.Object({ hotspots: Type.Array(Type.Object(Hotspot)) });
export const HotspotSeriesResponse = Type.Object({
  hotspots: Type.Array(
    Type.Object({
      ...Hotspot,
      series: Type.Array(Type.Object({ weekStart: Type.String(), count: Type.Integer() })),
      voorbeelden: Type.Optional(
        Type.Array(Type.Object({ tekst: Type.String() }), {
          description: 'De laatste teksten uit die wijk en week, gemaskeerd; alleen voor wie klantcontacten mag lezen',
        }),
      ),
    }),
  ),
});

export const VolumesResponse = Type.Object({
  volumes: Type.Array(Type.Object({ weekStart: Type.String(), kanaal: Type.String(), category: Type.String(), count: Type.Integer() })),
});

export const RatesResponse = Type.Object({
  wijken: Type.Array(
    Type.Object({ wijk: Type.String(), naam: Type.String(), inwoners: Type.Integer(), count: Type.Integer(), per1000: Type.Number() }),
  ),
});

export const RepeatsResponse = Type.Object({
  repeats: Type.Array(Type.Object({ category: Type.String(), contacts: Type.Integer(), repeats: Type.Integer(), share: Type.Number() })),
});

export const ContentGapsResponse = Type.Object({
  pages: Type.Array(
    Type.Object({
      paginaUrl: Type.String(),
      pageArticleId: Nullable(Type.String()),
      pageArticleSource: Nullable(Type.Union([Type.Literal('redacteur'), Type.Literal('url')])),
      chats: Type.Integer(),
      topics: Type.Array(Type.Object({ category: Type.String(), articleId: Nullable(Type.String()), count: Type.Integer() })),
      ownSubjectChats: Type.Integer(),
      ownSubjectShare: Type.Number(),
      gap: Type.Boolean(),
    }),
  ),
});

export const PageMappingBody = Type.Object(
  { paginaUrl: Type.String({ format: 'uri', maxLength: 2000 }), artikelId: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);
