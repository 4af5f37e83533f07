import { Type } from 'typebox';
import type { Db } from '../db/transaction.ts';
import { errorResponses, type App } from '../platform/http.ts';
import { requireContext } from '../platform/principal.ts';
import type { WerktijdConfig } from '../config.ts';
import { getServicenormen } from './servicenormen.service.ts';

const Dag = Type.String({ format: 'date', description: 'Dag in Amsterdam, YYYY-MM-DD' });

export function rapportageRoutes(app: App, db: Db, werktijd: WerktijdConfig): void {
  app.get(
    '/api/rapportage/servicenormen',
    {
      config: { toegang: 'analytics:lezen', persoonsgegevens: false },
      schema: {
        tags: ['rapportage'],
        summary: 'Servicenormen per kanaal in werktijd: van overdracht door de bot (of begin) tot het eerste antwoord van een medewerker',
        querystring: Type.Object({ van: Dag, tot: Dag }, { additionalProperties: false }),
        response: {
          200: Type.Object({
            kanalen: Type.Array(
              Type.Object({
                kanaal: Type.String(),
                norm: Type.String(),
                afgehandeld: Type.Integer(),
                binnenNorm: Type.Integer(),
                percentage: Type.Number(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      requireContext(request, 'analytics:lezen');
      return {
        kanalen: await getServicenormen(
          db,
          werktijd,
          request.query.van,
          request.query.tot,
          app.clock.now(),
          await app.servicenormen.huidige(),
        ),
      };
    },
  );
}
