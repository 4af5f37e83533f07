import { Type } from 'typebox';
import type { Db } from '../db/transaction.ts';
import { ErrorResponse, errorResponses, type App } from '../platform/http.ts';
import { requireContext } from '../platform/principal.ts';
import { NewVerzoekBody, VerzoekResponse, IdParams } from './contacts.schemas.ts';
import * as verzoeken from './verzoeken.service.ts';

const tags = ['verzoeken'];

export function verzoekenRoutes(app: App, db: Db): void {
  app.post(
    '/api/verzoeken',
    {
      config: { toegang: 'klantcontact:schrijven', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Open een verzoek: één zaak van een inwoner over meerdere contactmomenten',
        body: NewVerzoekBody,
        response: { 201: VerzoekResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = requireContext(request, 'klantcontact:schrijven');
      return reply.status(201).send(await verzoeken.createVerzoek(db, ctx, request.body));
    },
  );

  app.get(
    '/api/verzoeken/:id',
    {
      config: { toegang: 'klantcontact:lezen', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Eén verzoek met zijn klantcontacten',
        params: IdParams,
        response: { 200: VerzoekResponse, ...errorResponses },
      },
    },
    async (request) => verzoeken.getVerzoek(db, requireContext(request, 'klantcontact:lezen'), request.params.id),
  );

  app.post(
    '/api/verzoeken/:id/:transitie',
    {
      config: { toegang: 'klantcontact:schrijven', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Handel een verzoek af of heropen het',
        params: Type.Object({
          id: Type.String({ format: 'uuid' }),
          transitie: Type.Union([Type.Literal('afhandelen'), Type.Literal('heropenen')]),
        }),
        response: { 200: VerzoekResponse, 409: ErrorResponse, ...errorResponses },
      },
    },
    async (request) =>
      verzoeken.changeVerzoekStatus(db, requireContext(request, 'klantcontact:schrijven'), request.params.id, request.params.transitie),
  );
}
