import { Type } from 'typebox';
import type { Db } from '../db/transaction.ts';
import { ErrorResponse, errorResponses, Nullable, type App } from '../platform/http.ts';
import { requireContext } from '../platform/principal.ts';
import { Openingstijden } from '../werktijd/werktijd.schemas.ts';
import { hernoemTeam, lijstTeams, maakTeam, verwijderTeam } from './teams.ts';

const tags = ['beheer'];

const Naam = Type.Object({ naam: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' }) }, { additionalProperties: false });
const TeamId = Type.Object({ id: Type.String({ format: 'uuid' }) });

const Team = Type.Object({
  id: Type.String({ format: 'uuid' }),
  naam: Type.String(),
  afdelingId: Nullable(Type.String({ format: 'uuid' })),
  openingstijden: Nullable(Openingstijden),
  terugbeltermijnWerkdagen: Nullable(Type.Integer()),
  leden: Type.Array(Type.Object({ id: Type.String({ format: 'uuid' }), naam: Type.String(), actief: Type.Boolean() })),
});

/**
 * Teams for the beheerder: who is in them, their own opening hours and call-back term (null: the
 * KCC's; changed with PUT /api/werktijd/teams/:id) and their afdeling. Members join and leave a
 * team through the medewerker (PUT /api/medewerkers/:id).
 */
export function teamsRoutes(app: App, db: Db): void {
  app.get(
    '/api/beheer/teams',
    {
      config: { toegang: 'medewerker:beheren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Alle teams met hun leden, openingstijden, terugbeltermijn en afdeling',
        response: { 200: Type.Object({ results: Type.Array(Team) }), ...errorResponses },
      },
    },
    async (request) => {
      requireContext(request, 'medewerker:beheren');
      return { results: await lijstTeams(db) };
    },
  );

  app.post(
    '/api/beheer/teams',
    {
      config: { toegang: 'medewerker:beheren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Maak een team (met de openingstijden en termijn van het KCC tot u ze wijzigt)',
        body: Naam,
        response: { 201: Team, 409: ErrorResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      requireContext(request, 'medewerker:beheren');
      return reply.status(201).send(await maakTeam(db, request.body.naam));
    },
  );

  app.put(
    '/api/beheer/teams/:id',
    {
      config: { toegang: 'medewerker:beheren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Hernoem een team',
        params: TeamId,
        body: Naam,
        response: { 200: Team, 409: ErrorResponse, ...errorResponses },
      },
    },
    async (request) => {
      requireContext(request, 'medewerker:beheren');
      return hernoemTeam(db, request.params.id, request.body.naam);
    },
  );

  app.delete(
    '/api/beheer/teams/:id',
    {
      config: { toegang: 'medewerker:beheren', persoonsgegevens: false },
      schema: {
        tags,
        summary:
          'Verwijder een team zonder leden, open werk of historie (409 LOKET_TEAM_HEEFT_LEDEN, LOKET_TEAM_HEEFT_OPEN_WERK of LOKET_TEAM_HEEFT_HISTORIE anders)',
        params: TeamId,
        response: { 204: Type.Null(), 409: ErrorResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      requireContext(request, 'medewerker:beheren');
      await verwijderTeam(db, request.params.id);
      return reply.status(204).send(null);
    },
  );
}
