import { Type } from 'typebox';
import type { Db } from '../db/transaction.ts';
import { ErrorResponse, errorResponses, type App } from '../platform/http.ts';
import { requireContext } from '../platform/principal.ts';
import { afhandelen } from './afhandeling.service.ts';

export function afhandelingRoutes(app: App, db: Db): void {
  app.post(
    '/api/gesprekken/:id/afhandeling',
    {
      config: { toegang: 'klantcontact:schrijven', persoonsgegevens: true },
      schema: {
        tags: ['afhandeling'],
        summary: 'Rond een gesprek af: onderwerp, resultaat en zo nodig een contactverzoek',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        body: Type.Object(
          {
            categorie: Type.String({ minLength: 1, maxLength: 80 }),
            articleId: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
            resultaat: Type.Union([
              Type.Literal('beantwoord'),
              Type.Literal('doorverwezen'),
              Type.Literal('contactverzoek'),
              Type.Literal('niet_bereikt'),
            ]),
            notitie: Type.Optional(Type.String({ maxLength: 4000 })),
            contactverzoek: Type.Optional(
              Type.Object(
                {
                  gevraagdeHandeling: Type.String({ minLength: 1, maxLength: 200 }),
                  toelichting: Type.Optional(Type.String({ maxLength: 1000 })),
                  actorIds: Type.Array(Type.String({ format: 'uuid' }), { minItems: 1, maxItems: 10, uniqueItems: true }),
                  uiterlijkOp: Type.Optional(Type.String({ format: 'date-time' })),
                  terugbelnummer: Type.Optional(Type.String({ pattern: '^\\+?[0-9 ()-]{8,20}$' })),
                },
                { additionalProperties: false },
              ),
            ),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            klantcontactId: Type.String(),
            interneTaakId: Type.Union([Type.String(), Type.Null()]),
            status: Type.Literal('afgehandeld'),
          }),
          409: ErrorResponse,
          ...errorResponses,
        },
      },
    },
    async (request) => afhandelen(db, requireContext(request, 'klantcontact:schrijven'), request.params.id, request.body),
  );
}
