import { Type } from 'typebox';
import type { Db } from '../db/transaction.ts';
import { errorResponses, Nullable, type App } from '../platform/http.ts';
import { requireContext } from '../platform/principal.ts';
import { zoeken } from './zoeken.service.ts';

const tags = ['zoeken'];
const Status = Type.Union([Type.Literal('open'), Type.Literal('toegewezen'), Type.Literal('wacht_op_klant'), Type.Literal('afgehandeld')]);

export const ZoekResultaat = Type.Object({
  gesprekken: Type.Array(
    Type.Object({
      id: Type.String(),
      kanaal: Type.String(),
      status: Type.String(),
      onderwerp: Nullable(Type.String()),
      laatsteBerichtOp: Nullable(Type.String()),
      /** A few words of the best matching message; null when only the subject matched. */
      fragment: Nullable(Type.String()),
    }),
  ),
  /** Null for roles that may not read partijen, or without a search term. */
  partijen: Nullable(Type.Array(Type.Object({ id: Type.String(), soortPartij: Type.String(), volledigeNaam: Type.String() }))),
});

export function zoekenRoutes(app: App, db: Db): void {
  app.get(
    '/api/zoeken',
    {
      config: { toegang: 'klantcontact:lezen', persoonsgegevens: true },
      schema: {
        tags,
        summary:
          'Zoek gesprekken (onderwerp en berichten) en partijen (naam); zonder zoekterm de recentste gesprekken in een status, zoals afgehandeld',
        querystring: Type.Object(
          {
            q: Type.Optional(Type.String({ maxLength: 200 })),
            status: Type.Optional(Status),
            limit: Type.Integer({ minimum: 1, maximum: 100, default: 25 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: ZoekResultaat, ...errorResponses },
      },
    },
    async (request) => zoeken(db, requireContext(request, 'klantcontact:lezen'), request.query),
  );
}
