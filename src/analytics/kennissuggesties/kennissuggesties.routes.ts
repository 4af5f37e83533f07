import { Type } from 'typebox';
import type { Db } from '../../db/transaction.ts';
import { errorResponses, type App } from '../../platform/http.ts';
import { requireContext } from '../../platform/principal.ts';
import { GesprekNotFound } from '../../conversations/conversations.errors.ts';
import { kennissuggesties } from './kennissuggesties.ts';

export function kennissuggestiesRoutes(app: App, { db }: { db: Db }): void {
  app.get(
    '/api/gesprekken/:id/kennissuggesties',
    {
      // Reads the citizen's messages to search with, but answers only published articles and werkinstructies.
      config: { toegang: 'klantcontact:lezen', persoonsgegevens: false },
      schema: {
        tags: ['gesprekken'],
        summary: 'Kennisartikelen en werkinstructies bij het hele gesprek (recente berichten van de inwoner tellen zwaarder)',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        querystring: Type.Object({ limit: Type.Integer({ minimum: 1, maximum: 20, default: 5 }) }, { additionalProperties: false }),
        response: {
          200: Type.Object({
            results: Type.Array(
              Type.Object({
                id: Type.String(),
                title: Type.String(),
                summary: Type.String(),
                score: Type.Number(),
                berichten: Type.Integer({ description: 'Hoeveel berichten van de inwoner naar dit artikel wezen' }),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      requireContext(request, 'klantcontact:lezen');
      const gesprek = await db.selectFrom('gesprek').select('id').where('id', '=', request.params.id).executeTakeFirst();
      if (!gesprek) throw GesprekNotFound();
      return { results: await kennissuggesties(db, gesprek.id, request.query.limit) };
    },
  );
}
