import { Type } from 'typebox';
import type { BewaartermijnenConfig } from '../config.ts';
import type { Db } from '../db/transaction.ts';
import { errorResponses, Nullable, type App } from '../platform/http.ts';
import { requireContext } from '../platform/principal.ts';
import { bewaarregels } from './bewaartermijnen.ts';

const Regel = Type.Object({
  regel: Type.String(),
  omschrijving: Type.String(),
  dagen: Nullable(Type.Integer({ description: 'Bewaartermijn in dagen; null als elke rij zelf zegt wanneer hij verloopt' })),
  variabele: Nullable(Type.String({ description: 'De omgevingsvariabele waarmee de termijn wordt ingesteld' })),
  laatstOp: Nullable(Type.String({ format: 'date-time' })),
  laatstAantal: Type.Integer(),
  totaal: Type.Integer(),
});

/** The retention rules as configured, with what the last runs removed, for beheerders. */
export function bewaartermijnenRoutes(app: App, db: Db, config: BewaartermijnenConfig): void {
  app.get(
    '/api/beheer/bewaartermijnen',
    {
      config: { toegang: 'verwerkingslog:lezen', persoonsgegevens: false },
      schema: {
        tags: ['beheer'],
        summary: 'Bewaartermijnen en wat de laatste opschoning verwijderde',
        response: { 200: Type.Object({ results: Type.Array(Regel) }), ...errorResponses },
      },
    },
    async (request) => {
      requireContext(request, 'verwerkingslog:lezen');
      const stand = new Map((await db.selectFrom('bewaartermijn_opschoning').selectAll().execute()).map((r) => [r.regel, r]));
      return {
        results: bewaarregels(config).map((r) => {
          const s = stand.get(r.regel);
          return {
            regel: r.regel,
            omschrijving: r.omschrijving,
            dagen: r.dagen,
            variabele: r.variabele,
            laatstOp: s ? new Date(s.laatst_op).toISOString() : null,
            laatstAantal: Number(s?.laatst_aantal ?? 0),
            totaal: Number(s?.totaal ?? 0),
          };
        }),
      };
    },
  );
}
