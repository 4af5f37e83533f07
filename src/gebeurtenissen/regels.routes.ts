import { Type } from 'typebox';
import type { Db } from '../db/transaction.ts';
import { errorResponses, IdParams, type App } from '../platform/http.ts';
import { requireContext } from '../platform/principal.ts';
import type { ActieOmgeving } from './acties.ts';
import { ProefBody, ProefResponse, RegelBody, RegelResponse } from './gebeurtenissen.schemas.ts';
import * as regels from './regels.service.ts';

const tags = ['beheer'];

/** Beheer of the rules on events (role beheerder). */
export function regelsRoutes(app: App, deps: { db: Db; acties: ActieOmgeving }): void {
  const { db } = deps;
  app.get(
    '/api/beheer/regels',
    {
      config: { toegang: 'gebeurtenis:beheren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Alle regels op gebeurtenissen, met hun laatste uitkomsten',
        response: { 200: Type.Object({ regels: Type.Array(RegelResponse) }), ...errorResponses },
      },
    },
    async (request) => {
      requireContext(request, 'gebeurtenis:beheren');
      return { regels: await regels.listRegels(db) };
    },
  );

  app.get(
    '/api/beheer/regels/:id',
    {
      config: { toegang: 'gebeurtenis:beheren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Eén regel met zijn laatste uitkomsten (ook mislukte)',
        params: IdParams,
        response: { 200: RegelResponse, ...errorResponses },
      },
    },
    async (request) => {
      requireContext(request, 'gebeurtenis:beheren');
      return regels.getRegel(db, request.params.id);
    },
  );

  app.post(
    '/api/beheer/regels',
    {
      config: { toegang: 'gebeurtenis:beheren', persoonsgegevens: false },
      schema: { tags, summary: 'Maak een regel', body: RegelBody, response: { 201: RegelResponse, ...errorResponses } },
    },
    async (request, reply) => {
      requireContext(request, 'gebeurtenis:beheren');
      return reply.status(201).send(await regels.createRegel(db, request.body));
    },
  );

  app.put(
    '/api/beheer/regels/:id',
    {
      config: { toegang: 'gebeurtenis:beheren', persoonsgegevens: false },
      schema: { tags, summary: 'Wijzig een regel', params: IdParams, body: RegelBody, response: { 200: RegelResponse, ...errorResponses } },
    },
    async (request) => {
      requireContext(request, 'gebeurtenis:beheren');
      return regels.updateRegel(db, app.clock, request.params.id, request.body);
    },
  );

  app.delete(
    '/api/beheer/regels/:id',
    {
      config: { toegang: 'gebeurtenis:beheren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Verwijder een regel (en zijn uitkomsten)',
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      requireContext(request, 'gebeurtenis:beheren');
      await regels.deleteRegel(db, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/beheer/regels/:id/proef',
    {
      config: { toegang: 'gebeurtenis:beheren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Proef: wat de regel met de laatste gebeurtenissen zou hebben gedaan, zonder iets te doen',
        params: IdParams,
        body: Type.Optional(ProefBody),
        response: { 200: ProefResponse, ...errorResponses },
      },
    },
    async (request) => {
      requireContext(request, 'gebeurtenis:beheren');
      return regels.proef(db, app.backoffice, deps.acties, request.params.id, request.body?.aantal ?? 20);
    },
  );
}
