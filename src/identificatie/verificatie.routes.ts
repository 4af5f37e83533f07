import { Type } from 'typebox';
import type { Db } from '../db/transaction.ts';
import { ErrorResponse, errorResponses, IdParams, Nullable, type App } from '../platform/http.ts';
import { requireContext } from '../platform/principal.ts';
import { NewPartijBody, PartijResponse } from '../parties/parties.schemas.ts';
import { registreerInGesprek } from './registratie-in-gesprek.ts';
import { partijInGesprek, tijdlijnInGesprek, verifyInGesprek, VerificationFailed } from './verificatie.service.ts';

const tags = ['identificatie'];

export function verificatieRoutes(app: App, db: Db): void {
  app.post(
    '/api/gesprekken/:id/verificatie',
    {
      config: { toegang: 'partij:lezen', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Verifieer de inwoner in dit gesprek met naam, geboortedatum en postcode',
        params: IdParams,
        body: Type.Object(
          {
            naam: Type.String({ minLength: 2, maxLength: 200 }),
            geboortedatum: Type.String({ format: 'date' }),
            postcode: Type.String({ pattern: '^[1-9][0-9]{3} ?[A-Za-z]{2}$' }),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ geverifieerd: Type.Literal(true), methode: Type.String() }),
          409: ErrorResponse,
          422: ErrorResponse,
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const ok = await verifyInGesprek(db, requireContext(request, 'partij:lezen'), request.params.id, request.body);
      if (!ok) throw VerificationFailed();
      return { geverifieerd: true as const, methode: 'naam+geboortedatum+postcode' };
    },
  );

  app.post(
    '/api/gesprekken/:id/partij',
    {
      config: { toegang: 'partij:schrijven', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Registreer de inwoner van een anoniem gesprek als nieuwe partij; die telt in dit gesprek als geverifieerd',
        params: IdParams,
        body: NewPartijBody,
        response: {
          201: Type.Object({ geverifieerd: Type.Literal(true), methode: Type.String(), partij: PartijResponse }),
          409: ErrorResponse,
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const ctx = requireContext(request, 'partij:schrijven');
      return reply.status(201).send(await registreerInGesprek(db, ctx, request.params.id, request.body));
    },
  );

  app.get(
    '/api/gesprekken/:id/partij',
    {
      config: { toegang: 'partij:lezen', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'De partij van dit gesprek: gemaskeerd tot de inwoner is geverifieerd',
        params: IdParams,
        response: {
          200: Type.Object(
            {
              gemaskeerd: Type.Boolean(),
              id: Nullable(Type.String({ description: 'Leeg voor de rol kcc zolang de inwoner niet is geverifieerd' })),
            },
            { additionalProperties: true },
          ),
          409: ErrorResponse,
          ...errorResponses,
        },
      },
    },
    async (request) => partijInGesprek(db, requireContext(request, 'partij:lezen'), request.params.id),
  );

  app.get(
    '/api/gesprekken/:id/tijdlijn',
    {
      config: { toegang: 'klantcontact:lezen', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'De tijdlijn van de inwoner van dit gesprek (pas na verificatie)',
        params: IdParams,
        querystring: Type.Object(
          {
            limit: Type.Integer({ minimum: 1, maximum: 100, default: 25 }),
            volgorde: Type.Union([Type.Literal('aflopend'), Type.Literal('oplopend')], { default: 'aflopend' }),
            cursor: Type.Optional(Type.String({ maxLength: 500 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            items: Type.Array(Type.Object({}, { additionalProperties: true })),
            volgende: Type.Union([Type.String(), Type.Null()]),
          }),
          409: ErrorResponse,
          ...errorResponses,
        },
      },
    },
    async (request) => tijdlijnInGesprek(db, requireContext(request, 'klantcontact:lezen'), request.params.id, request.query),
  );
}
