import { Type } from 'typebox';
import type { Db } from '../db/transaction.ts';
import { ErrorResponse, errorResponses, IdParams, type App } from '../platform/http.ts';
import { requireContext } from '../platform/principal.ts';
import type { WerktijdConfig } from '../config.ts';
import * as acties from './taak-acties.service.ts';
import {
  AfsluitenBody,
  DoorsturenBody,
  InterneTaakResponse,
  NewInterneTaakBody,
  NotitieBody,
  TaakDetail,
  WerklijstTaak,
  WerkvoorraadQuery,
} from './tasks.schemas.ts';
import * as taken from './tasks.service.ts';
import { getTaakDetail, getWerklijst } from './werklijst.service.ts';

const tags = ['interne taken'];
const detailResponses = { 200: TaakDetail, 409: ErrorResponse, ...errorResponses };

export function tasksRoutes(app: App, db: Db, werktijd: WerktijdConfig): void {
  const deps = () => ({ werktijd, now: app.clock.now() });

  app.post(
    '/api/interne-taken',
    {
      config: { toegang: 'interne-taak:schrijven', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Zet een contactverzoek of taak uit naar een afdeling of collega',
        body: NewInterneTaakBody,
        response: { 201: InterneTaakResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = requireContext(request, 'interne-taak:schrijven');
      return reply.status(201).send(await taken.createInterneTaak(db, ctx, request.body));
    },
  );

  app.get(
    '/api/interne-taken',
    {
      config: { toegang: 'interne-taak:lezen', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Werklijst: taken op status, toegewezen actor of voor mij/mijn team, te laat eerst; termijn in werkdagen',
        querystring: WerkvoorraadQuery,
        response: { 200: Type.Object({ results: Type.Array(WerklijstTaak) }), ...errorResponses },
      },
    },
    async (request) => ({ results: await getWerklijst(db, requireContext(request, 'interne-taak:lezen'), request.query, deps()) }),
  );

  app.get(
    '/api/interne-taken/:id',
    {
      config: { toegang: 'interne-taak:lezen', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Eén interne taak met termijn en notities',
        params: IdParams,
        response: { 200: TaakDetail, ...errorResponses },
      },
    },
    async (request) => getTaakDetail(db, requireContext(request, 'interne-taak:lezen'), request.params.id, deps()),
  );

  app.post(
    '/api/interne-taken/:id/claimen',
    {
      config: { toegang: 'interne-taak:schrijven', persoonsgegevens: true },
      schema: { tags, summary: 'Pak een open taak op: zij wordt aan mij toegewezen', params: IdParams, response: detailResponses },
    },
    async (request) => acties.claimTaak(db, requireContext(request, 'interne-taak:schrijven'), request.params.id, deps()),
  );

  app.post(
    '/api/interne-taken/:id/doorsturen',
    {
      config: { toegang: 'interne-taak:schrijven', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Stuur een open taak door naar een collega of een ander team',
        params: IdParams,
        body: DoorsturenBody,
        response: detailResponses,
      },
    },
    async (request) => acties.forwardTaak(db, requireContext(request, 'interne-taak:schrijven'), request.params.id, request.body, deps()),
  );

  app.post(
    '/api/interne-taken/:id/notities',
    {
      config: { toegang: 'interne-taak:schrijven', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Voeg een notitie toe aan een taak',
        params: IdParams,
        body: NotitieBody,
        response: { 201: TaakDetail, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await acties.addNotitie(db, requireContext(request, 'interne-taak:schrijven'), request.params.id, request.body.tekst, deps()),
        ),
  );

  app.post(
    '/api/interne-taken/:id/afsluiten',
    {
      config: { toegang: 'interne-taak:schrijven', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Sluit een taak af met het antwoord dat gegeven is (transitie verwerken)',
        params: IdParams,
        body: AfsluitenBody,
        response: detailResponses,
      },
    },
    async (request) =>
      acties.transitionTaak(
        db,
        requireContext(request, 'interne-taak:schrijven'),
        request.params.id,
        'verwerken',
        request.body.antwoord,
        deps(),
      ),
  );

  app.post(
    '/api/interne-taken/:id/:transitie',
    {
      config: { toegang: 'interne-taak:schrijven', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Markeer een taak als verwerkt, of heropen haar',
        params: Type.Object({
          id: Type.String({ format: 'uuid' }),
          transitie: Type.Union([Type.Literal('verwerken'), Type.Literal('heropenen')]),
        }),
        response: detailResponses,
      },
    },
    async (request) =>
      acties.transitionTaak(
        db,
        requireContext(request, 'interne-taak:schrijven'),
        request.params.id,
        request.params.transitie,
        undefined,
        deps(),
      ),
  );
}
