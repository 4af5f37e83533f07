import { Type } from 'typebox';
import { errorResponses, type App } from '../platform/http.ts';
import { requireContext } from '../platform/principal.ts';
import { CAPACITY, capacityFor, SERVICE_LEVEL_SECONDS, STANDAARD_NORM_SECONDEN } from './service-levels.ts';

const Norm = Type.Object({
  kanaal: Type.String(),
  normSeconden: Type.Integer({ description: 'Binnen hoeveel seconden een wachtende inwoner antwoord hoort te krijgen' }),
  capaciteit: Type.Integer({ description: 'Hoeveel contacten van dit kanaal een medewerker tegelijk behandelt' }),
});

/**
 * The service norms per channel that routing and the service-norm report use, for the beheerder
 * to see. They are part of Loket itself in this version (service-levels.ts), not a setting.
 */
export function servicenormenBeheerRoutes(app: App): void {
  app.get(
    '/api/beheer/servicenormen',
    {
      config: { toegang: 'kanaal:beheren', persoonsgegevens: false },
      schema: {
        tags: ['beheer'],
        summary: 'De servicenormen en capaciteit per kanaal (alleen lezen: ze zijn in deze versie vast)',
        response: {
          200: Type.Object({ kanalen: Type.Array(Norm), standaardNormSeconden: Type.Integer() }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      requireContext(request, 'kanaal:beheren');
      const kanalen = [...new Set([...Object.keys(SERVICE_LEVEL_SECONDS), ...Object.keys(CAPACITY)])];
      return {
        kanalen: kanalen.map((kanaal) => ({
          kanaal,
          normSeconden: SERVICE_LEVEL_SECONDS[kanaal] ?? STANDAARD_NORM_SECONDEN,
          capaciteit: capacityFor(kanaal),
        })),
        standaardNormSeconden: STANDAARD_NORM_SECONDEN,
      };
    },
  );
}
