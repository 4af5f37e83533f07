import { Type } from 'typebox';
import { ErrorResponse, errorResponses, IdParams, Nullable, type App } from '../../platform/http.ts';
import { requireContext } from '../../platform/principal.ts';
import type { Backoffice } from '../backoffice.ts';
import type { BrpVraag } from './brp.client.ts';
import { brpPersonen, verifieerMetBrp } from './brp.service.ts';

const tags = ['brp'];
const Gesprek = Type.Optional(
  Type.String({ format: 'uuid', description: 'Het gesprek waarin de inwoner wordt geïdentificeerd (komt in de verwerkingenlog)' }),
);
const Bsn = Type.String({ pattern: '^[0-9]{9}$' });

const ZoekBody = Type.Union([
  Type.Object({ bsn: Bsn, gesprek: Gesprek }, { additionalProperties: false }),
  Type.Object(
    {
      geslachtsnaam: Type.String({ minLength: 1, maxLength: 200, pattern: "^[a-zA-Z0-9À-ž .'-]+[*]?$" }),
      geboortedatum: Type.String({ format: 'date' }),
      gesprek: Gesprek,
    },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      postcode: Type.String({ pattern: '^[1-9][0-9]{3} ?[A-Za-z]{2}$' }),
      huisnummer: Type.Integer({ minimum: 1, maximum: 99999 }),
      gesprek: Gesprek,
    },
    { additionalProperties: false },
  ),
]);

const Persoon = Type.Object({
  burgerservicenummer: Type.String(),
  naam: Type.Object({
    voornamen: Nullable(Type.String()),
    voorvoegsel: Nullable(Type.String()),
    geslachtsnaam: Nullable(Type.String()),
    volledigeNaam: Nullable(Type.String()),
  }),
  geboortedatum: Nullable(Type.String({ description: 'YYYY-MM-DD; null bij geheimhouding of een onvolledige datum' })),
  adres: Nullable(
    Type.Object({
      straat: Nullable(Type.String()),
      huisnummer: Nullable(Type.Integer()),
      huisletter: Nullable(Type.String()),
      huisnummertoevoeging: Nullable(Type.String()),
      postcode: Nullable(Type.String()),
      woonplaats: Nullable(Type.String()),
    }),
  ),
  geheimhouding: Type.Boolean({ description: 'Geheimhouding persoonsgegevens: alleen naam, BSN en deze vlag worden getoond' }),
});

/** Identification against the BRP and confirming it in a gesprek. */
export function brpRoutes(app: App, bo: Backoffice): void {
  app.post(
    '/api/brp/personen',
    {
      config: { toegang: 'brp:raadplegen', persoonsgegevens: true },
      schema: {
        tags,
        summary:
          'Zoek een persoon in de BRP (op BSN, geslachtsnaam + geboortedatum, of postcode + huisnummer) om de beller te identificeren',
        body: ZoekBody,
        response: { 200: Type.Object({ personen: Type.Array(Persoon) }), 409: ErrorResponse, 503: ErrorResponse, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = requireContext(request, 'brp:raadplegen');
      const { gesprek, ...vraag } = request.body;
      return { personen: await brpPersonen(bo, ctx, vraag as BrpVraag, gesprek) };
    },
  );

  app.post(
    '/api/gesprekken/:id/verificatie/brp',
    {
      config: { toegang: 'partij:schrijven', persoonsgegevens: true },
      schema: {
        tags: ['identificatie'],
        summary:
          'Bevestig de identiteit van de beller met de BRP: het gesprek wordt geverifieerd en de partij (met BSN) gekoppeld of aangemaakt',
        params: IdParams,
        body: Type.Object({ bsn: Bsn }, { additionalProperties: false }),
        response: {
          200: Type.Object({
            geverifieerd: Type.Literal(true),
            methode: Type.String(),
            partijId: Type.String(),
            nieuwePartij: Type.Boolean(),
          }),
          409: ErrorResponse,
          422: ErrorResponse,
          503: ErrorResponse,
          ...errorResponses,
        },
      },
    },
    async (request) => verifieerMetBrp(bo, requireContext(request, 'partij:schrijven'), request.params.id, request.body.bsn),
  );
}
