import { Type } from 'typebox';
import { ErrorResponse, errorResponses, type App } from '../../platform/http.ts';
import { requireContext } from '../../platform/principal.ts';
import type { Backoffice } from '../backoffice.ts';
import { testBron } from './bron-test.ts';
import { BronBody, BronParams, BronResponse, TestUitslag } from './bronnen.schemas.ts';
import * as bronnen from './bronnen.service.ts';

const tags = ['beheer'];

/** Beheer of the back-office sources (role beheerder). Secrets go in, and only their names come out. */
export function bronnenRoutes(app: App, bo: Backoffice): void {
  app.get(
    '/api/beheer/bronnen',
    {
      config: { toegang: 'bron:beheren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Alle back-officebronnen (BRP, zaaksystemen), zonder geheimen',
        response: { 200: Type.Object({ bronnen: Type.Array(BronResponse) }), ...errorResponses },
      },
    },
    async (request) => {
      requireContext(request, 'bron:beheren');
      return { bronnen: await bronnen.listBronnen(bo.bronnen) };
    },
  );

  app.post(
    '/api/beheer/bronnen',
    {
      config: { toegang: 'bron:beheren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Koppel een back-officebron',
        body: BronBody,
        response: { 201: BronResponse, 409: ErrorResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      requireContext(request, 'bron:beheren');
      return reply.status(201).send(await bronnen.createBron(bo.bronnen, request.body));
    },
  );

  app.put(
    '/api/beheer/bronnen/:id',
    {
      config: { toegang: 'bron:beheren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Wijzig een bron; weggelaten geheimen blijven ongewijzigd',
        params: BronParams,
        body: BronBody,
        response: { 200: BronResponse, 409: ErrorResponse, ...errorResponses },
      },
    },
    async (request) => {
      requireContext(request, 'bron:beheren');
      return bronnen.updateBron(bo.bronnen, request.params.id, request.body);
    },
  );

  app.delete(
    '/api/beheer/bronnen/:id',
    {
      config: { toegang: 'bron:beheren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Verwijder een bron',
        params: BronParams,
        response: { 204: Type.Null(), 409: ErrorResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      requireContext(request, 'bron:beheren');
      await bronnen.deleteBron(bo.bronnen, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/beheer/bronnen/:id/test',
    {
      config: { toegang: 'bron:beheren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Test de verbinding met een bron met een onschuldige vraag',
        params: BronParams,
        response: { 200: TestUitslag, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = requireContext(request, 'bron:beheren');
      return testBron(bo, await bronnen.getBron(bo.bronnen, request.params.id), { id: ctx.principal.id, naam: ctx.principal.naam });
    },
  );
}
