import { Type } from 'typebox';
import type { Db } from '../db/transaction.ts';
import { errorResponses, Nullable, type App } from '../platform/http.ts';
import { requireContext } from '../platform/principal.ts';
import type { WerktijdConfig } from '../config.ts';
import { coordinatie, herverdeel } from './coordinatie.service.ts';

const tags = ['interne taken'];

/** The team lead's coordination: open and late tasks per afdeling, and moving many tasks at once. */
export function coordinatieRoutes(app: App, db: Db, werktijd: WerktijdConfig): void {
  const deps = () => ({ werktijd, now: app.clock.now() });

  app.get(
    '/api/interne-taken/coordinatie',
    {
      config: { toegang: 'interne-taak:herverdelen', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Per afdeling: open taken, hoeveel te laat, en gemiddeld verstreken werkdagen tegenover de gemiddelde termijn',
        response: {
          200: Type.Object({
            afdelingen: Type.Array(
              Type.Object({
                afdelingId: Nullable(Type.String({ format: 'uuid' })),
                afdeling: Nullable(Type.String({ description: 'null: taken van teams zonder afdeling' })),
                open: Type.Integer(),
                teLaat: Type.Integer(),
                gemiddeldVerstrekenWerkdagen: Type.Number({
                  description: 'Hele werkdagen sinds de dag van toewijzen (die dag telt niet), gemiddeld over de open taken',
                }),
                gemiddeldeTermijnWerkdagen: Type.Number({
                  description: 'De terugbeltermijn van het team (standaard 2), gemiddeld over de open taken',
                }),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      requireContext(request, 'interne-taak:herverdelen');
      return { afdelingen: await coordinatie(db, deps()) };
    },
  );

  app.post(
    '/api/interne-taken/herverdelen',
    {
      config: { toegang: 'interne-taak:herverdelen', persoonsgegevens: true },
      schema: {
        tags,
        summary:
          'Stuur meerdere open taken door naar één medewerker of team; per taak het resultaat (gedeeltelijk gelukt wordt gemeld, niet verborgen)',
        body: Type.Object(
          {
            taakIds: Type.Array(Type.String({ format: 'uuid' }), { minItems: 1, maxItems: 200 }),
            actorId: Type.String({ format: 'uuid', description: 'De actor van de medewerker of het team dat de taken krijgt' }),
            toelichting: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            resultaten: Type.Array(
              Type.Object({
                id: Type.String(),
                resultaat: Type.Union([Type.Literal('ok'), Type.Literal('fout')]),
                code: Nullable(Type.String({ description: 'De foutcode, zoals bij één taak doorsturen' })),
              }),
            ),
            gelukt: Type.Integer(),
            mislukt: Type.Integer(),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const resultaten = await herverdeel(db, requireContext(request, 'interne-taak:herverdelen'), request.body, deps());
      return {
        resultaten,
        gelukt: resultaten.filter((r) => r.resultaat === 'ok').length,
        mislukt: resultaten.filter((r) => r.resultaat === 'fout').length,
      };
    },
  );
}
