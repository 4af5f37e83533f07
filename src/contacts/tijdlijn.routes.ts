import { Type } from 'typebox';
import type { Db } from '../db/transaction.ts';
import { errorResponses, type App, Nullable } from '../platform/http.ts';
import { requireContext } from '../platform/principal.ts';
import { getTijdlijn } from './tijdlijn.service.ts';

const TijdlijnResponse = Type.Object({
  items: Type.Array(
    Type.Object({
      soort: Type.Union([Type.Literal('klantcontact'), Type.Literal('gesprek'), Type.Literal('interne_taak'), Type.Literal('verzoek')]),
      id: Type.String(),
      tijdstip: Type.String(),
      kanaal: Nullable(Type.String()),
      titel: Type.String(),
      samenvatting: Nullable(Type.String()),
      verzoekId: Nullable(Type.String()),
      gesprekId: Nullable(Type.String()),
      status: Nullable(Type.String()),
      zaken: Type.Array(
        Type.Object({ objectId: Type.String(), identificatie: Nullable(Type.String()), omschrijving: Nullable(Type.String()) }),
        {
          description: 'Zaken waarover het klantcontact ging (gekoppeld vanuit het zaaksysteem)',
        },
      ),
    }),
  ),
  volgende: Nullable(Type.String({ description: 'Cursor voor de volgende pagina' })),
});

export function tijdlijnRoutes(app: App, db: Db): void {
  app.get(
    '/api/partijen/:id/tijdlijn',
    {
      config: { toegang: 'klantcontact:lezen', persoonsgegevens: true },
      schema: {
        tags: ['partijen'],
        summary: 'Het 360°-overzicht: alle contacten, gesprekken, taken en verzoeken van een partij, over alle kanalen',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        querystring: Type.Object(
          {
            limit: Type.Integer({ minimum: 1, maximum: 100, default: 25 }),
            volgorde: Type.Union([Type.Literal('aflopend'), Type.Literal('oplopend')], { default: 'aflopend' }),
            cursor: Type.Optional(Type.String({ maxLength: 500 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: TijdlijnResponse, ...errorResponses },
      },
    },
    async (request) => getTijdlijn(db, requireContext(request, 'klantcontact:lezen'), request.params.id, request.query),
  );
}
