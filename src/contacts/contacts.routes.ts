import { Type } from 'typebox';
import type { Db } from '../db/transaction.ts';
import { errorResponses, type App } from '../platform/http.ts';
import { requireContext } from '../platform/principal.ts';
import { IdParams, KlantcontactResponse, NewKlantcontactBody } from './contacts.schemas.ts';
import * as klantcontacten from './contacts.service.ts';

const tags = ['klantcontacten'];

export function contactsRoutes(app: App, db: Db): void {
  app.post(
    '/api/klantcontacten',
    {
      config: { toegang: 'klantcontact:schrijven', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Registreer een klantcontact (telefoon, balie, e-mail, ...)',
        body: NewKlantcontactBody,
        response: { 201: KlantcontactResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = requireContext(request, 'klantcontact:schrijven');
      return reply.status(201).send(await klantcontacten.createKlantcontact(db, ctx, request.body));
    },
  );

  app.get(
    '/api/klantcontacten/:id',
    {
      config: { toegang: 'klantcontact:lezen', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Eén klantcontact met betrokkenen, onderwerpen en taken',
        params: IdParams,
        response: { 200: KlantcontactResponse, ...errorResponses },
      },
    },
    async (request) => klantcontacten.getKlantcontact(db, requireContext(request, 'klantcontact:lezen'), request.params.id),
  );

  app.put(
    '/api/klantcontacten/:id/verzoek',
    {
      config: { toegang: 'klantcontact:schrijven', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Koppel een klantcontact aan een verzoek (of ontkoppel met null)',
        params: IdParams,
        body: Type.Object({ verzoekId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]) }, { additionalProperties: false }),
        response: { 200: KlantcontactResponse, ...errorResponses },
      },
    },
    async (request) =>
      klantcontacten.linkToVerzoek(db, requireContext(request, 'klantcontact:schrijven'), request.params.id, request.body.verzoekId),
  );
}
