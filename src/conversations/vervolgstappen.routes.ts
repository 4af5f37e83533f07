import { Type } from 'typebox';
import { defineError } from '../platform/errors.ts';
import { errorResponses, Nullable, type App } from '../platform/http.ts';
import type { Vervolgstappen } from './vervolgstappen.service.ts';

export const VervolgstapNotParked = defineError(
  'LOKET_VERVOLGSTAP_NIET_GEPARKEERD',
  404,
  'Deze vervolgstap bestaat niet of staat niet stil.',
  'This follow-up step does not exist or is not parked.',
);

const tags = ['gesprekken'];

const MisluktResponse = Type.Object({
  results: Type.Array(
    Type.Object({
      id: Type.String(),
      stap: Type.Union([Type.Literal('bot-beurt'), Type.Literal('classificeren')]),
      /** true: given up after too many attempts, waits for a beheerder; false: still retried on its own. */
      geparkeerd: Type.Boolean(),
      gesprekId: Type.String(),
      berichtId: Type.String(),
      pogingen: Type.Integer(),
      laatsteFout: Nullable(Type.String()),
      volgendePogingOp: Nullable(Type.String()),
      aangemaaktOp: Type.String(),
    }),
  ),
});

/** Beheer of the pipeline's follow-ups: which failed, and one more attempt for a parked one. */
export function vervolgstappenRoutes(app: App, { service, kick }: { service: Vervolgstappen; kick: () => void }): void {
  app.get(
    '/api/inkomend/vervolgstappen/mislukt',
    {
      // Ids, the step's name and a technical error; no inwoner's data.
      config: { toegang: 'inkomend:beheren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Vervolgstappen van inkomende berichten (botbeurt, classificeren) die mislukten, met de fout',
        response: { 200: MisluktResponse, ...errorResponses },
      },
    },
    async () => {
      const rows = await service.listMislukt();
      return {
        results: rows.map((r) => ({
          id: r.id,
          stap: r.stap,
          geparkeerd: r.status === 'mislukt',
          gesprekId: r.gesprek_id,
          berichtId: r.bericht_id,
          pogingen: r.pogingen,
          laatsteFout: r.laatste_fout,
          volgendePogingOp: r.status === 'mislukt' ? null : new Date(r.volgende_poging_op).toISOString(),
          aangemaaktOp: new Date(r.aangemaakt_op).toISOString(),
        })),
      };
    },
  );

  app.post(
    '/api/inkomend/vervolgstappen/:id/opnieuw',
    {
      config: { toegang: 'inkomend:beheren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Probeer een stilgezette vervolgstap nu opnieuw',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: { 202: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const result = await service.retryNow(request.params.id);
      if (Number(result.numUpdatedRows) === 0) throw VervolgstapNotParked();
      kick();
      return reply.status(202).send(null);
    },
  );
}
