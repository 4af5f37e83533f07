import { Type, type Static } from 'typebox';
import { kanalenMet } from '../contract/kanalen.ts';
import { Nullable } from '../platform/http.ts';

const ArticleId = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 120 });

export const AskBody = Type.Object(
  {
    text: Type.String({ minLength: 1, maxLength: 2000 }),
    channel: Type.Enum(
      kanalenMet((k) => k.gesprekken),
      { default: 'webchat', description: 'Het kanaal waarop de vraag binnenkwam' },
    ),
  },
  { additionalProperties: false },
);
export type AskBody = Static<typeof AskBody>;

export const ArticleRef = Type.Object({ articleId: Type.String(), title: Type.String() });

export const AskResponse = Type.Object({
  questionId: Type.String({ description: 'Geef dit mee bij "Was dit antwoord nuttig?"' }),
  handoff: Type.Boolean({ description: 'Verbind door met een medewerker' }),
  articleId: Nullable(Type.String()),
  answer: Nullable(Type.String({ description: 'Het korte antwoord (samenvatting van het artikel)' })),
  confidence: Type.Number(),
  alternatives: Type.Array(ArticleRef, { description: 'Bedoelt u...? wanneer de bot twijfelt' }),
  reason: Type.String(),
});

export const FeedbackBody = Type.Object(
  {
    questionId: Type.Optional(Type.String({ format: 'uuid' })),
    text: Type.Optional(Type.String({ maxLength: 2000 })),
    articleId: ArticleId,
    useful: Type.Boolean(),
  },
  { additionalProperties: false },
);

export const ExampleBody = Type.Object(
  {
    text: Type.String({ minLength: 1, maxLength: 1000 }),
    articleId: ArticleId,
    source: Type.Union([Type.Literal('afronding'), Type.Literal('coaching')], { default: 'coaching' }),
  },
  { additionalProperties: false },
);

export const CoachingResponse = Type.Object({
  clusters: Type.Array(
    Type.Object({
      size: Type.Integer(),
      questions: Type.Array(Type.Object({ id: Type.String(), text: Type.String(), reason: Type.String(), askedAt: Type.String() })),
      closestArticle: Nullable(Type.Object({ articleId: Type.String(), title: Type.String(), confidence: Type.Number() })),
    }),
  ),
});

export const BotConceptResponse = Type.Object({
  id: Type.String({ format: 'uuid' }),
  gesprekId: Type.String({ format: 'uuid' }),
  berichtId: Type.String({ format: 'uuid', description: 'Het e-mailbericht waarop dit concept antwoordt' }),
  artikelId: Type.String(),
  tekst: Type.String(),
  zekerheid: Type.Number(),
  status: Type.Union([Type.Literal('open'), Type.Literal('overgenomen'), Type.Literal('verworpen')]),
  aangemaaktOp: Type.String({ format: 'date-time' }),
});
