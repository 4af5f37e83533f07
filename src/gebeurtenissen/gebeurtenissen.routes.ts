import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { hashToken, sameSecret } from '../auth/secrets.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/transaction.ts';
import { ErrorResponse, errorResponses, type App } from '../platform/http.ts';
import { requireContext, requirePermission } from '../platform/principal.ts';
import { TokenBuckets } from '../platform/token-bucket.ts';
import { CallbackAuthInvalid, CloudEventInvalid, TeVeelGebeurtenissen } from './gebeurtenissen.errors.ts';
import {
  CloudEventBody,
  GebeurtenisResponse,
  GebeurtenissenQuery,
  NotificatieBody,
  Ontvangen,
  SoortTelling,
} from './gebeurtenissen.schemas.ts';
import { gebeurtenissenInzien, signalenInzien } from './gebeurtenissen-inzage.service.ts';
import type { Gebeurtenissen } from './gebeurtenissen.service.ts';
import * as q from './gebeurtenissen.queries.ts';

const tags = ['gebeurtenissen'];
// CloudEvents 1.0: attribute names are lower-case letters and digits, at most 20 characters.
const ATTRIBUUT = /^[a-z0-9]{1,20}$/;

/**
 * Events in: the Notificaties API callback (its abonnement's Authorization header, compared in
 * constant time) and CloudEvents from devices and other sources (API token, role
 * gebeurtenisbron). Both store first and answer at once; the job does the rest.
 */
export function gebeurtenissenRoutes(app: App, deps: { db: Db; config: Config; service: Gebeurtenissen; kick: () => void }): void {
  const { db, config, service } = deps;
  // Per event source (its API token), per node; checked after authentication and before anything is stored.
  const limiet = config.gebeurtenissen.limiet;
  const emmers = limiet ? new TokenBuckets(limiet, () => app.clock.now()) : undefined;

  const checkCallbackAuth = async (request: FastifyRequest) => {
    const sent = request.headers.authorization;
    const expected = config.notificatiesCallbackAuth;
    // Hashing first makes the comparison independent of the header's length.
    if (!expected || typeof sent !== 'string' || !sameSecret(hashToken(sent), hashToken(expected))) throw CallbackAuthInvalid();
  };

  app.post(
    '/api/notificaties/callback',
    {
      config: { eigenAutorisatie: true, toegang: 'sleutel', persoonsgegevens: true },
      onRequest: checkCallbackAuth,
      schema: {
        tags,
        summary: 'Ontvang een notificatie van de Notificaties API (callback van een abonnement)',
        security: [],
        description:
          'Geautoriseerd als de hele Authorization-header gelijk is aan NOTIFICATIES_CALLBACK_AUTH (de auth van het abonnement).',
        body: NotificatieBody,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const stored = await service.ontvangNotificatie(request.body);
      if (!stored.dubbel) deps.kick();
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/events',
    {
      config: { toegang: 'gebeurtenis:plaatsen', persoonsgegevens: true },
      preValidation: [
        requirePermission('gebeurtenis:plaatsen'),
        async (request, reply) => {
          const gate = emmers?.take(request.principal?.id ?? '');
          if (!gate || gate.allowed) return;
          reply.header('retry-after', String(gate.retryAfterSeconds));
          throw TeVeelGebeurtenissen();
        },
      ],
      schema: {
        tags,
        summary: 'Ontvang een CloudEvent (structured mode, application/cloudevents+json)',
        description:
          'Begrensd per bron (API-token) en per node: GEBEURTENISSEN_PIEK events achter elkaar, daarna GEBEURTENISSEN_LIMIET_PER_MINUUT per minuut. Daarboven 429 met Retry-After; dat event is niet opgeslagen en kan ongewijzigd opnieuw worden gestuurd.',
        body: CloudEventBody,
        response: { 202: Ontvangen, 429: ErrorResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const wrong = Object.keys(request.body).filter((k) => !ATTRIBUUT.test(k) && k !== 'data_base64');
      if (wrong.length > 0)
        throw CloudEventInvalid(
          wrong.map((field) => ({ field: `body.${field}`, message: 'attribuutnamen zijn kleine letters en cijfers, hoogstens 20 tekens' })),
        );
      const stored = await service.ontvangCloudEvent(request.body as CloudEventBody);
      if (!stored.dubbel) deps.kick();
      return reply.status(202).send(stored);
    },
  );

  app.get(
    '/api/beheer/gebeurtenissen',
    {
      config: { toegang: 'gebeurtenis:beheren', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Ontvangen gebeurtenissen met wat de regels ermee deden; status=mislukt toont de fouten',
        querystring: GebeurtenissenQuery,
        response: { 200: Type.Object({ gebeurtenissen: Type.Array(GebeurtenisResponse) }), ...errorResponses },
      },
    },
    async (request) => ({
      gebeurtenissen: await gebeurtenissenInzien(db, requireContext(request, 'gebeurtenis:beheren'), {
        status: request.query.status,
        limit: request.query.limit ?? 100,
      }),
    }),
  );

  app.get(
    '/api/beheer/gebeurtenissen/soorten',
    {
      config: { toegang: 'gebeurtenis:beheren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Gebeurtenissen per soort, en hoeveel geen enkele regel raakte',
        response: { 200: Type.Object({ soorten: Type.Array(SoortTelling) }), ...errorResponses },
      },
    },
    async (request) => {
      requireContext(request, 'gebeurtenis:beheren');
      return {
        soorten: (await q.tellingPerSoort(db)).map((r) => ({
          bron: r.bron,
          soort: r.soort,
          aantal: r.aantal,
          zonderRegel: r.zonder_regel,
        })),
      };
    },
  );

  app.get(
    '/api/gebeurtenissen/signalen',
    {
      config: { toegang: 'gebeurtenis-signaal:lezen', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Signalen van regels voor teamleiders, nieuwste eerst',
        response: {
          200: Type.Object({
            signalen: Type.Array(
              Type.Object({
                id: Type.String(),
                gebeurtenisId: Type.String(),
                regelId: Type.Union([Type.String(), Type.Null()]),
                titel: Type.String(),
                tekst: Type.Union([Type.String(), Type.Null()]),
                aangemaaktOp: Type.String(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => ({ signalen: await signalenInzien(db, requireContext(request, 'gebeurtenis-signaal:lezen')) }),
  );
}
