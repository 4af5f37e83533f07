import { Type } from 'typebox';
import type { Db } from '../db/transaction.ts';
import { errorResponses, type App } from '../platform/http.ts';
import { ArticleId, PublishedArticle } from './articles.schemas.ts';
import { getPublished, listPublished } from './articles.service.ts';
import { cachedResponse, newest } from './http-cache.ts';
import { exportKennisbank, KennisbankItem } from './kennisbank-io.ts';

const tags = ['kennisbank'];
const notModified = { 304: Type.Null() };

/**
 * Published content for the municipality's CMS, the website and the agents. Public: without a
 * login only artikelen and nieuws exist; a logged-in medewerker also gets werkinstructies.
 */
export function publishedRoutes(app: App, db: Db): void {
  app.get(
    '/api/kennisbank/artikelen',
    {
      config: { toegang: 'openbaar', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Gepubliceerde artikelen (voor het CMS; met ETag en Last-Modified)',
        security: [],
        response: { 200: Type.Object({ results: Type.Array(PublishedArticle) }), ...notModified, ...errorResponses },
      },
    },
    async (request, reply) => {
      const results = await listPublished(db, request.principal !== null);
      const body = cachedResponse(request, reply, { results }, newest(results.map((a) => a.publishedAt)));
      return body ?? reply.status(304).send(null);
    },
  );

  app.get(
    '/api/kennisbank/artikelen/:id',
    {
      config: { toegang: 'openbaar', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Eén gepubliceerd artikel, met de body als veilige HTML',
        security: [],
        params: Type.Object({ id: ArticleId }),
        response: { 200: PublishedArticle, ...notModified, ...errorResponses },
      },
    },
    async (request, reply) => {
      const article = await getPublished(db, request.params.id, request.principal !== null);
      const body = cachedResponse(request, reply, article, new Date(article.publishedAt));
      return body ?? reply.status(304).send(null);
    },
  );

  app.get(
    '/api/kennisbank/export',
    {
      config: { toegang: 'openbaar', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'De gepubliceerde kennisbank in het uitwisselformaat van `npx loket import kennisbank`',
        security: [],
        response: { 200: Type.Array(KennisbankItem), ...errorResponses },
      },
    },
    async (request) => exportKennisbank(db, request.principal !== null),
  );
}
