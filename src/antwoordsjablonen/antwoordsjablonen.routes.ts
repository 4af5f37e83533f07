import { Type } from 'typebox';
import type { Db } from '../db/transaction.ts';
import { errorResponses, IdParams, Nullable, type App } from '../platform/http.ts';
import { requireContext } from '../platform/principal.ts';
import { maakSjabloon, sjablonenVoor, verwijderSjabloon, wijzigSjabloon } from './antwoordsjablonen.service.ts';

const tags = ['antwoordsjablonen'];
const Sjabloon = Type.Object({
  id: Type.String(),
  titel: Type.String(),
  /** May hold {{naam}}, {{medewerker}} and {{zaaknummer}}; the desktop fills them in. */
  tekst: Type.String(),
  team: Nullable(Type.Object({ id: Type.String(), naam: Type.String() })),
  gewijzigdOp: Type.String(),
});
const Body = Type.Object(
  {
    titel: Type.String({ minLength: 1, maxLength: 80, pattern: '\\S' }),
    tekst: Type.String({ minLength: 1, maxLength: 4000, pattern: '\\S' }),
    teamId: Type.Optional(Nullable(Type.String({ format: 'uuid' }))),
  },
  { additionalProperties: false },
);

export function antwoordsjablonenRoutes(app: App, db: Db): void {
  app.get(
    '/api/antwoordsjablonen',
    {
      config: { toegang: 'klantcontact:lezen', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Antwoordsjablonen voor iedereen en voor de eigen teams (teamleider: alle)',
        response: { 200: Type.Object({ results: Type.Array(Sjabloon) }), ...errorResponses },
      },
    },
    async (request) => ({ results: await sjablonenVoor(db, requireContext(request, 'klantcontact:lezen')) }),
  );

  app.post(
    '/api/antwoordsjablonen',
    {
      config: { toegang: 'antwoordsjabloon:beheren', persoonsgegevens: false },
      schema: { tags, summary: 'Nieuw antwoordsjabloon (teamleider)', body: Body, response: { 201: Sjabloon, ...errorResponses } },
    },
    async (request, reply) =>
      reply.status(201).send(await maakSjabloon(db, requireContext(request, 'antwoordsjabloon:beheren'), request.body)),
  );

  app.put(
    '/api/antwoordsjablonen/:id',
    {
      config: { toegang: 'antwoordsjabloon:beheren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Antwoordsjabloon wijzigen (teamleider)',
        params: IdParams,
        body: Body,
        response: { 200: Sjabloon, ...errorResponses },
      },
    },
    async (request) => {
      requireContext(request, 'antwoordsjabloon:beheren');
      return wijzigSjabloon(db, request.params.id, request.body);
    },
  );

  app.delete(
    '/api/antwoordsjablonen/:id',
    {
      config: { toegang: 'antwoordsjabloon:beheren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Antwoordsjabloon verwijderen (teamleider)',
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      requireContext(request, 'antwoordsjabloon:beheren');
      await verwijderSjabloon(db, request.params.id);
      return reply.status(204).send(null);
    },
  );
}
