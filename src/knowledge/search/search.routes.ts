import { Type } from 'typebox';
import type { Db } from '../../db/transaction.ts';
import { errorResponses, type App } from '../../platform/http.ts';
import { searchKnowledge } from './search.service.ts';

const tags = ['kennisbank'];

export const SearchQuery = Type.Object(
  {
    q: Type.String({ minLength: 1, maxLength: 200 }),
    limit: Type.Integer({ minimum: 1, maximum: 50, default: 10 }),
  },
  { additionalProperties: false },
);

export const SearchResponse = Type.Object({
  results: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), summary: Type.String(), score: Type.Number() })),
});

export function searchRoutes(app: App, db: Db): void {
  app.get(
    '/api/kennisbank/search',
    {
      config: { toegang: 'openbaar', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Zoek in de gepubliceerde kennisbank (openbaar; ingelogde medewerkers zien ook werkinstructies)',
        security: [],
        querystring: SearchQuery,
        response: { 200: SearchResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      // The "veelgestelde vragen" widget calls this from the municipality's own website.
      reply.header('access-control-allow-origin', '*');
      const results = await searchKnowledge(db, { q: request.query.q, limit: request.query.limit, internal: request.principal !== null });
      return { results };
    },
  );
}
