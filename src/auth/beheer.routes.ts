import { Type } from 'typebox';
import type { Db } from '../db/transaction.ts';
import { errorResponses, type App } from '../platform/http.ts';
import { requireContext } from '../platform/principal.ts';
import { createApiToken, listApiTokens, revokeApiToken } from './api-tokens.ts';
import { ApiTokenNotFound, MedewerkerNotFound } from './auth.errors.ts';
import { MedewerkerResponse, RolSchema } from './auth.schemas.ts';
import { createMedewerker, describeMedewerker, listMedewerkers } from './medewerkers.service.ts';

const tags = ['beheer'];

const NewMedewerkerBody = Type.Object(
  {
    gebruikersnaam: Type.String({ minLength: 2, maxLength: 200, pattern: '^[A-Za-z0-9._@-]+$' }),
    naam: Type.String({ minLength: 1, maxLength: 200 }),
    email: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
    wachtwoord: Type.Optional(Type.String({ maxLength: 1000 })),
    rollen: Type.Array(RolSchema, { minItems: 1, uniqueItems: true }),
    teams: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 20 })),
  },
  { additionalProperties: false },
);

const TokenResponse = Type.Object({
  id: Type.String(),
  naam: Type.String(),
  rol: Type.String(),
  aangemaaktOp: Type.String(),
  laatstGebruiktOp: Type.Union([Type.String(), Type.Null()]),
  ingetrokkenOp: Type.Union([Type.String(), Type.Null()]),
});

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

export function beheerRoutes(app: App, db: Db): void {
  app.get(
    '/api/medewerkers',
    {
      config: { toegang: 'medewerker:beheren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Alle medewerkers',
        response: { 200: Type.Object({ results: Type.Array(Type.Omit(MedewerkerResponse, ['teams'])) }), ...errorResponses },
      },
    },
    async (request) => {
      requireContext(request, 'medewerker:beheren');
      const rows = await listMedewerkers(db);
      return { results: rows.map(({ actor_id, ...rest }) => ({ ...rest, actorId: actor_id })) };
    },
  );

  app.post(
    '/api/medewerkers',
    {
      config: { toegang: 'medewerker:beheren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Voeg een medewerker toe',
        body: NewMedewerkerBody,
        response: { 201: MedewerkerResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      requireContext(request, 'medewerker:beheren');
      const { id } = await createMedewerker(db, request.body);
      const medewerker = await describeMedewerker(db, id);
      if (!medewerker) throw MedewerkerNotFound();
      return reply.status(201).send(medewerker);
    },
  );

  app.get(
    '/api/api-tokens',
    {
      config: { toegang: 'token:beheren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'API-tokens voor koppelingen (zonder sleutel)',
        response: { 200: Type.Object({ results: Type.Array(TokenResponse) }), ...errorResponses },
      },
    },
    async (request) => {
      requireContext(request, 'token:beheren');
      const rows = await listApiTokens(db);
      return {
        results: rows.map((t) => ({
          id: t.id,
          naam: t.naam,
          rol: t.rol,
          aangemaaktOp: iso(t.aangemaakt_op)!,
          laatstGebruiktOp: iso(t.laatst_gebruikt_op),
          ingetrokkenOp: iso(t.ingetrokken_op),
        })),
      };
    },
  );

  app.post(
    '/api/api-tokens',
    {
      config: { toegang: 'token:beheren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Maak een API-token; de sleutel wordt alleen nu getoond',
        body: Type.Object({ naam: Type.String({ minLength: 1, maxLength: 100 }), rol: RolSchema }, { additionalProperties: false }),
        response: { 201: Type.Object({ id: Type.String(), sleutel: Type.String() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      requireContext(request, 'token:beheren');
      const { id, key } = await createApiToken(db, request.body.naam, request.body.rol);
      return reply.status(201).send({ id, sleutel: key });
    },
  );

  app.delete(
    '/api/api-tokens/:id',
    {
      config: { toegang: 'token:beheren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Trek een API-token in',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      requireContext(request, 'token:beheren');
      const result = await revokeApiToken(db, request.params.id);
      if (Number(result.numUpdatedRows) === 0) throw ApiTokenNotFound();
      return reply.status(204).send(null);
    },
  );
}
