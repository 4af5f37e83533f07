import { Type } from 'typebox';
import { NORM_GRENZEN } from '../contract/servicenormen.ts';
import { kanalenMet } from '../contract/kanalen.ts';
import { errorResponses, type App } from '../platform/http.ts';
import { requireContext } from '../platform/principal.ts';
import { CAPACITY, capacityFor, STANDAARD_NORM_SECONDEN } from './service-levels.ts';

const Norm = Type.Object({
  kanaal: Type.String(),
  normSeconden: Type.Integer({ description: 'Binnen hoeveel seconden werktijd een wachtende inwoner antwoord hoort te krijgen' }),
  doelPercentage: Type.Integer({ description: 'Welk deel van de contacten (in procenten) binnen de norm beantwoord hoort te worden' }),
  capaciteit: Type.Integer({ description: 'Hoeveel contacten van dit kanaal een medewerker tegelijk behandelt' }),
});

const NormInvoer = Type.Object(
  {
    normSeconden: Type.Integer({
      minimum: NORM_GRENZEN.normSeconden.min,
      maximum: NORM_GRENZEN.normSeconden.max,
      description: 'Seconden werktijd, van 1 tot 30 dagen',
    }),
    doelPercentage: Type.Integer({ minimum: NORM_GRENZEN.doelPercentage.min, maximum: NORM_GRENZEN.doelPercentage.max }),
  },
  { additionalProperties: false },
);

/** The channels where a citizen waits for an agent in a gesprek: the ones a norm applies to. */
const NORMKANALEN = kanalenMet((spec) => spec.gesprekken);

/**
 * The service norms per channel that the inbox's countdown and the service-norm report use: the
 * beheerder reads and sets them (norms are not personal data). Capacity per agent is part of
 * Loket's routing in this version (service-levels.ts) and shown for reading only.
 */
export function servicenormenBeheerRoutes(app: App): void {
  const metCapaciteit = (n: { kanaal: string; normSeconden: number; doelPercentage: number }) => ({
    ...n,
    capaciteit: capacityFor(n.kanaal),
  });

  app.get(
    '/api/beheer/servicenormen',
    {
      config: { toegang: 'kanaal:beheren', persoonsgegevens: false },
      schema: {
        tags: ['beheer'],
        summary: 'De servicenormen (instelbaar) en de capaciteit (vast) per kanaal',
        response: {
          200: Type.Object({ kanalen: Type.Array(Norm), standaardNormSeconden: Type.Integer() }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      requireContext(request, 'kanaal:beheren');
      const normen = await app.servicenormen.huidige();
      const eigen = new Map(normen.lijst.map((n) => [n.kanaal, n]));
      const kanalen = [...new Set([...NORMKANALEN, ...normen.lijst.map((n) => n.kanaal), ...Object.keys(CAPACITY)])];
      return {
        kanalen: kanalen.map((kanaal) =>
          metCapaciteit(eigen.get(kanaal) ?? { kanaal, normSeconden: STANDAARD_NORM_SECONDEN, doelPercentage: 80 }),
        ),
        standaardNormSeconden: STANDAARD_NORM_SECONDEN,
      };
    },
  );

  app.put(
    '/api/beheer/servicenormen/:kanaal',
    {
      config: { toegang: 'kanaal:beheren', persoonsgegevens: false },
      schema: {
        tags: ['beheer'],
        summary: 'Stel de servicenorm van een kanaal in; de inbox en het rapport servicenormen volgen meteen, op elke server',
        params: Type.Object({ kanaal: Type.Enum(NORMKANALEN) }),
        body: NormInvoer,
        response: { 200: Norm, ...errorResponses },
      },
    },
    async (request) => {
      requireContext(request, 'kanaal:beheren');
      const { kanaal } = request.params;
      return metCapaciteit(await app.servicenormen.wijzig({ kanaal, ...request.body }, app.clock.now()));
    },
  );
}
