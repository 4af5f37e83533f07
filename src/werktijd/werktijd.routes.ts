import { Type } from 'typebox';
import type { Db } from '../db/transaction.ts';
import { ValidationFailed } from '../platform/errors.ts';
import { errorResponses, IdParams, type App } from '../platform/http.ts';
import { requireContext } from '../platform/principal.ts';
import { isoDuurInMinuten } from './deadline.ts';
import type { WerktijdConfig } from '../config.ts';
import { DeadlineQuery, DeadlineResponse, TeamWerktijdBody } from './werktijd.schemas.ts';
import * as werktijd from './werktijd.service.ts';

const tags = ['werktijd'];

export function werktijdRoutes(app: App, db: Db, config: WerktijdConfig): void {
  app.get(
    '/api/werktijd/deadline',
    {
      config: { toegang: 'medewerker', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Deadline in werktijd: begin plus een norm (ISO-duur) of plus werkdagen',
        querystring: DeadlineQuery,
        response: { 200: DeadlineResponse, ...errorResponses },
      },
    },
    async (request) => {
      requireContext(request);
      const { van, norm, werkdagen, team } = request.query;
      if ((norm === undefined) === (werkdagen === undefined)) {
        throw ValidationFailed([{ field: 'querystring.norm', message: 'geef norm of werkdagen, niet allebei of geen van beide' }]);
      }
      const minuten = norm === undefined ? undefined : isoDuurInMinuten(norm);
      if (minuten === null)
        throw ValidationFailed([{ field: 'querystring.norm', message: 'verwacht een positieve ISO 8601-duur als PT1H of PT30M' }]);
      const { kalender } = await werktijd.teamWerktijd(db, config, team);
      const termijn = minuten === undefined ? { werkdagen: werkdagen! } : { minuten };
      return { deadline: werktijd.deadline(kalender, new Date(van), termijn).toISOString() };
    },
  );

  app.put(
    '/api/werktijd/teams/:id',
    {
      config: { toegang: 'medewerker:beheren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Openingstijden en terugbeltermijn van een team',
        params: IdParams,
        body: TeamWerktijdBody,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      requireContext(request, 'medewerker:beheren');
      await werktijd.setTeamWerktijd(db, request.params.id, request.body);
      return reply.status(204).send(null);
    },
  );
}
