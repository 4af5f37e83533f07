import { Type } from 'typebox';
import { ErrorResponse, errorResponses, IdParams, Nullable, type App } from '../../platform/http.ts';
import { requireContext } from '../../platform/principal.ts';
import type { Backoffice } from '../backoffice.ts';
import { zaakHistorie } from './zaak-historie.ts';
import { koppelZaak } from './zaak-koppeling.service.ts';
import { zakenVanPartij } from './zaken.service.ts';

const tags = ['zaken'];
const Status = Type.Object({
  omschrijving: Type.String({ description: 'Omschrijving van het statustype (Catalogi API)' }),
  toelichting: Nullable(Type.String({ description: 'Statustoelichting: waarom de zaak hier staat' })),
  datumStatusGezet: Nullable(Type.String()),
});
const Zaak = Type.Object({
  bron: Type.String({ description: 'Naam van het zaaksysteem zoals de beheerder die gaf' }),
  url: Type.String(),
  identificatie: Type.String(),
  omschrijving: Nullable(Type.String()),
  zaaktype: Type.Object({ omschrijving: Type.String() }),
  status: Nullable(Status),
  statussen: Type.Array(Status, { description: 'Leeg in de lijst; de historie komt uit /zaken/historie' }),
  startdatum: Nullable(Type.String()),
  einddatumGepland: Nullable(Type.String()),
  uiterlijkeEinddatumAfdoening: Nullable(Type.String()),
  einddatum: Nullable(Type.String()),
  teLaat: Type.Boolean({
    description: 'Niet afgerond en vandaag (Amsterdam) na de uiterlijke einddatum, of na de geplande als die ontbreekt',
  }),
});
const Ontbrekend = Type.Object({
  bron: Type.String(),
  reden: Type.Union([Type.Literal('timeout'), Type.Literal('fout'), Type.Literal('ongeldig-antwoord'), Type.Literal('uit')]),
});
const GesprekQuery = {
  gesprek: Type.Optional(
    Type.String({ format: 'uuid', description: 'Verplicht voor rol kcc: een gesprek waarin de beller als deze partij is geverifieerd' }),
  ),
};

export function zakenRoutes(app: App, bo: Backoffice, klantcontactUrl: (id: string) => string): void {
  app.get(
    '/api/partijen/:id/zaken',
    {
      config: { toegang: 'zaak:lezen', persoonsgegevens: true },
      schema: {
        tags,
        summary:
          'De zaken van een partij uit alle zaaksystemen, met status, toelichting en planning; bronnen die niet antwoorden staan in ontbrekend',
        params: IdParams,
        querystring: Type.Object(GesprekQuery, { additionalProperties: false }),
        response: {
          200: Type.Object({ zaken: Type.Array(Zaak), ontbrekend: Type.Array(Ontbrekend) }),
          409: ErrorResponse,
          ...errorResponses,
        },
      },
    },
    async (request) =>
      zakenVanPartij(bo, requireContext(request, 'zaak:lezen'), app.clock, {
        partijId: request.params.id,
        gesprekId: request.query.gesprek,
      }),
  );

  app.get(
    '/api/partijen/:id/zaken/historie',
    {
      config: { toegang: 'zaak:lezen', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'De statushistorie van één zaak van deze partij (als de medewerker de zaak opent)',
        params: IdParams,
        querystring: Type.Object(
          { url: Type.String({ format: 'uri', maxLength: 1000, description: 'De url van de zaak' }), ...GesprekQuery },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ statussen: Type.Array(Status) }), 409: ErrorResponse, 503: ErrorResponse, ...errorResponses },
      },
    },
    async (request) =>
      zaakHistorie(bo, requireContext(request, 'zaak:lezen'), {
        partijId: request.params.id,
        gesprekId: request.query.gesprek,
        zaakUrl: request.query.url,
      }),
  );

  app.post(
    '/api/klantcontacten/:id/zaken',
    {
      config: { toegang: 'klantcontact:schrijven', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Koppel een zaak aan een klantcontact (onderwerpobject zgw-Zaak) en meld het contact bij de zaak',
        params: IdParams,
        body: Type.Object(
          {
            bron: Type.String({ minLength: 1, maxLength: 200, description: 'Naam (of id) van het zaaksysteem' }),
            zaakUrl: Type.String({ format: 'uri', maxLength: 1000 }),
          },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object({
            onderwerpobject: Type.Object({
              codeObjecttype: Type.String(),
              codeRegister: Type.String(),
              codeSoortObjectId: Type.String(),
              objectId: Type.String(),
            }),
            zaak: Type.Object({ identificatie: Type.String(), omschrijving: Nullable(Type.String()) }),
            zaakcontactmoment: Type.Boolean({ description: 'Of het zaaksysteem het contact bij de zaak heeft geregistreerd' }),
          }),
          503: ErrorResponse,
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const ctx = requireContext(request, 'klantcontact:schrijven');
      return reply.status(201).send(await koppelZaak(bo, ctx, klantcontactUrl, { klantcontactId: request.params.id, ...request.body }));
    },
  );
}
