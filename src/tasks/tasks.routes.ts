import { Type } from 'typebox';
import type { Db } from '../db/transaction.ts';
import { ErrorResponse, errorResponses, IdParams, type App } from '../platform/http.ts';
import { requireContext } from '../platform/principal.ts';
import { InterneTaakResponse, NewInterneTaakBody, WerkvoorraadQuery } from './tasks.schemas.ts';
import * as taken from './tasks.service.ts';

const tags = ['interne taken'];

export function tasksRoutes(app: App, db: Db): void {
  app.post('/api/interne-taken', {
    schema: { tags, summary: 'Zet een contactverzoek of taak uit naar een afdeling of collega', body: NewInterneTaakBody, response: { 201: InterneTaakResponse, ...errorResponses } },
  }, async (request, reply) => {
    const ctx = requireContext(request, 'interne-taak:schrijven');
    return reply.status(201).send(await taken.createInterneTaak(db, ctx, request.body));
  });

  app.get('/api/interne-taken', {
    schema: { tags, summary: 'Werkvoorraad: taken op status en toegewezen actor', querystring: WerkvoorraadQuery, response: { 200: Type.Object({ results: Type.Array(InterneTaakResponse) }), ...errorResponses } },
  }, async (request) => {
    requireContext(request, 'interne-taak:lezen');
    return { results: await taken.getWerkvoorraad(db, request.query) };
  });

  app.get('/api/interne-taken/:id', {
    schema: { tags, summary: 'Eén interne taak', params: IdParams, response: { 200: InterneTaakResponse, ...errorResponses } },
  }, async (request) => taken.getInterneTaak(db, requireContext(request, 'interne-taak:lezen'), request.params.id));

  app.post('/api/interne-taken/:id/:transitie', {
    schema: {
      tags,
      summary: 'Markeer een taak als verwerkt, of heropen haar',
      params: Type.Object({ id: Type.String({ format: 'uuid' }), transitie: Type.Union([Type.Literal('verwerken'), Type.Literal('heropenen')]) }),
      response: { 200: InterneTaakResponse, 409: ErrorResponse, ...errorResponses },
    },
  }, async (request) => taken.changeTaakStatus(db, requireContext(request, 'interne-taak:schrijven'), request.params.id, request.params.transitie));
}
