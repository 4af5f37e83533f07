import { Type } from 'typebox';
import type { Db } from '../db/transaction.ts';
import { ErrorResponse, errorResponses, type App } from '../platform/http.ts';
import { localDay } from '../platform/local-day.ts';
import { requireContext } from '../platform/principal.ts';
import { toVersionResponse } from './article.mapper.ts';
import { TRANSITION_PERMISSION } from './article-workflow.ts';
import { ArticleContent, ArticleId, ArticleOverview, NewArticleBody, TransitionName, VersionResponse } from './articles.schemas.ts';
import { changeVersionStatus, createArticle, getOverview, saveConcept } from './articles.service.ts';
import { reviewDue } from './review.ts';

const tags = ['kennisbank'];
const IdParams = Type.Object({ id: ArticleId });

/** The redacteur's side: concepts, review, publication, version history and review dates. */
export function articlesRoutes(app: App, db: Db): void {
  app.post(
    '/api/kennisbank/artikelen',
    {
      config: { toegang: 'kennis:redigeren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Nieuw kennisartikel (versie 1, concept)',
        body: NewArticleBody,
        response: { 201: VersionResponse, 409: ErrorResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = requireContext(request, 'kennis:redigeren');
      return reply.status(201).send(await createArticle(db, ctx, request.body));
    },
  );

  app.put(
    '/api/kennisbank/artikelen/:id/concept',
    {
      config: { toegang: 'kennis:redigeren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Bewaar het concept; na publicatie begint dit een nieuwe versie',
        params: IdParams,
        body: ArticleContent,
        response: { 200: VersionResponse, 409: ErrorResponse, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = requireContext(request, 'kennis:redigeren');
      return toVersionResponse(await saveConcept(db, ctx, request.params.id, request.body));
    },
  );

  app.post(
    '/api/kennisbank/artikelen/:id/versies/:versie/:transitie',
    {
      config: { toegang: 'kennis:redigeren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Indienen, terugsturen, publiceren of archiveren van een versie (publiceren en archiveren: alleen redacteur)',
        params: Type.Object({ id: ArticleId, versie: Type.Integer({ minimum: 1 }), transitie: TransitionName }),
        response: { 200: VersionResponse, 409: ErrorResponse, ...errorResponses },
      },
    },
    async (request) => {
      const { id, versie, transitie } = request.params;
      requireContext(request, TRANSITION_PERMISSION[transitie]);
      return changeVersionStatus(db, id, versie, transitie);
    },
  );

  app.get(
    '/api/kennisbank/artikelen/:id/versies',
    {
      config: { toegang: 'kennis:redigeren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Alle versies van een artikel, nieuwste eerst',
        params: IdParams,
        response: { 200: ArticleOverview, ...errorResponses },
      },
    },
    async (request) => {
      requireContext(request, 'kennis:redigeren');
      return getOverview(db, request.params.id);
    },
  );

  app.get(
    '/api/kennisbank/review',
    {
      config: { toegang: 'kennis:redigeren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Artikelen waarvan de reviewdatum (bijna) verstreken is, per eigenaar-afdeling',
        querystring: Type.Object(
          {
            binnenDagen: Type.Integer({ minimum: 0, maximum: 365, default: 30 }),
            afdeling: Type.Optional(Type.String({ maxLength: 200 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            results: Type.Array(
              Type.Object({
                department: Type.String(),
                articles: Type.Array(
                  Type.Object({ id: Type.String(), title: Type.String(), reviewDate: Type.String(), overdue: Type.Boolean() }),
                ),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      requireContext(request, 'kennis:redigeren');
      return {
        results: await reviewDue(db, {
          withinDays: request.query.binnenDagen,
          department: request.query.afdeling,
          on: localDay(app.clock.now()),
        }),
      };
    },
  );
}
