import { Type } from 'typebox';
import type { Db } from '../db/transaction.ts';
import { defineError } from '../platform/errors.ts';
import { ErrorResponse, errorResponses, IdParams, type App } from '../platform/http.ts';
import { requireContext } from '../platform/principal.ts';
import { legGesprekkenTerug } from './herverdelen.ts';
import { actieveGesprekkenVan, beschikbareTeamgenoten, draagGesprekOver } from './overdragen-door-teamleider.ts';

const tags = ['routering'];
const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

const MedewerkerOnbekend = defineError('LOKET_MEDEWERKER_ONBEKEND', 404, 'Die medewerker bestaat niet.', 'That medewerker does not exist.');

export function herverdelenRoutes(app: App, { db, kickRouting }: { db: Db; kickRouting: () => void }): void {
  app.post(
    '/api/teamleider/medewerkers/:id/gesprekken-teruggeven',
    {
      config: { toegang: 'teamleider:overzicht', persoonsgegevens: false },
      schema: {
        tags,
        summary:
          'Teamleider: leg alle open gesprekken van een medewerker terug in de wachtrij, zodat de routering ze aan beschikbare collega’s geeft',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: { 200: Type.Object({ teruggelegd: Type.Integer() }), ...errorResponses },
      },
    },
    async (request) => {
      const ctx = requireContext(request, 'teamleider:overzicht');
      const medewerker = await db.selectFrom('medewerker').select('id').where('id', '=', request.params.id).executeTakeFirst();
      if (!medewerker) throw MedewerkerOnbekend();
      const teruggelegd = await legGesprekkenTerug(db, ctx, medewerker.id);
      if (teruggelegd > 0) kickRouting();
      return { teruggelegd };
    },
  );

  app.get(
    '/api/teamleider/medewerkers/:id/gesprekken',
    {
      config: { toegang: 'teamleider:overzicht', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Teamleider: de actieve gesprekken van een medewerker en de beschikbare teamgenoten om er één aan over te dragen',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: {
          200: Type.Object({
            gesprekken: Type.Array(
              Type.Object({
                id: Type.String(),
                kanaal: Type.String(),
                status: Type.String(),
                gestartOp: Type.String({ format: 'date-time' }),
                wachtSinds: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
              }),
            ),
            collegas: Type.Array(Type.Object({ id: Type.String(), naam: Type.String() })),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      requireContext(request, 'teamleider:overzicht');
      const medewerker = await db.selectFrom('medewerker').select('id').where('id', '=', request.params.id).executeTakeFirst();
      if (!medewerker) throw MedewerkerOnbekend();
      const [gesprekken, collegas] = await Promise.all([
        actieveGesprekkenVan(db, medewerker.id),
        beschikbareTeamgenoten(db, medewerker.id, app.clock.now()),
      ]);
      return {
        gesprekken: gesprekken.map((g) => ({
          id: g.id,
          kanaal: g.kanaal,
          status: g.status,
          gestartOp: new Date(g.gestart_op).toISOString(),
          wachtSinds: iso(g.wacht_sinds),
        })),
        collegas,
      };
    },
  );

  app.post(
    '/api/teamleider/gesprekken/:id/overdragen',
    {
      config: { toegang: 'teamleider:overzicht', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Teamleider: draag één gesprek van een medewerker over aan een beschikbare teamgenoot',
        params: IdParams,
        body: Type.Object({ medewerkerId: Type.String({ format: 'uuid' }) }, { additionalProperties: false }),
        response: { 204: Type.Null(), 409: ErrorResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = requireContext(request, 'teamleider:overzicht');
      await draagGesprekOver(db, ctx, request.params.id, request.body.medewerkerId, app.clock.now());
      return reply.status(204).send(null);
    },
  );
}
