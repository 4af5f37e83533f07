import type { Db } from '../db/transaction.ts';
import { errorResponses, type App } from '../platform/http.ts';
import { localDay } from '../platform/local-day.ts';
import { requireContext } from '../platform/principal.ts';
import { ArticleList, ArticleListQuery, PreviewBody, PreviewResponse } from './editor.schemas.ts';
import { listForEditor } from './editor.service.ts';
import { renderMarkdown } from './markdown.ts';

const tags = ['kennisbank'];

/**
 * The redactie's own views: every article whatever its status (the public list under
 * /api/kennisbank/artikelen holds published ones only), and a concept rendered exactly as the
 * website and the agents will see it once published.
 */
export function editorRoutes(app: App, db: Db): void {
  app.get(
    '/api/kennisbank/redactie/artikelen',
    {
      config: { toegang: 'kennis:redigeren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Alle artikelen met de status van hun nieuwste versie, voor redacteuren (filters en paginering)',
        querystring: ArticleListQuery,
        response: { 200: ArticleList, ...errorResponses },
      },
    },
    async (request) => {
      requireContext(request, 'kennis:redigeren');
      return listForEditor(db, request.query, localDay(app.clock.now()));
    },
  );

  app.post(
    '/api/kennisbank/voorbeeld',
    {
      config: { toegang: 'kennis:redigeren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Voorbeeld van een concept: de Markdown als opgeschoonde HTML, net als na publicatie',
        body: PreviewBody,
        response: { 200: PreviewResponse, ...errorResponses },
      },
    },
    async (request) => {
      requireContext(request, 'kennis:redigeren');
      return { html: renderMarkdown(request.body.body) };
    },
  );
}
