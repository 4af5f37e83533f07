import { Type } from 'typebox';
import { KlantcontactResponse } from '../../contacts/contacts.schemas.ts';
import type { Db } from '../../db/transaction.ts';
import { errorResponses, type App } from '../../platform/http.ts';
import { requireContext } from '../../platform/principal.ts';
import { InterneTaakResponse, NewInterneTaakBody } from '../../tasks/tasks.schemas.ts';
import { registerBezoek } from './balie.service.ts';

const { klantcontactId: _aanleiding, ...taakVelden } = NewInterneTaakBody.properties;

const BezoekBody = Type.Object(
  {
    partijId: Type.Optional(Type.String({ format: 'uuid' })),
    onderwerp: Type.String({ minLength: 1, maxLength: 200 }),
    notities: Type.Optional(Type.String({ maxLength: 20_000 })),
    verzoekId: Type.Optional(Type.String({ format: 'uuid' })),
    plaatsgevondenOp: Type.Optional(Type.String({ format: 'date-time' })),
    interneTaak: Type.Optional(Type.Object(taakVelden, { additionalProperties: false })),
  },
  { additionalProperties: false },
);

export function balieRoutes(app: App, db: Db): void {
  app.post(
    '/api/balie/bezoeken',
    {
      config: { toegang: 'klantcontact:schrijven', persoonsgegevens: true },
      schema: {
        tags: ['balie'],
        summary: 'Registreer een bezoek aan de balie als klantcontact, eventueel met een interne taak',
        body: BezoekBody,
        response: {
          201: Type.Object({
            klantcontact: KlantcontactResponse,
            gesprekId: Type.String(),
            interneTaak: Type.Union([InterneTaakResponse, Type.Null()]),
          }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const ctx = requireContext(request, 'klantcontact:schrijven');
      if (request.body.interneTaak) requireContext(request, 'interne-taak:schrijven');
      return reply.status(201).send(await registerBezoek(db, ctx, request.body));
    },
  );
}
