import { Type } from 'typebox';
import type { Db } from '../db/transaction.ts';
import { ErrorResponse, errorResponses, IdParams, Nullable, type App } from '../platform/http.ts';
import { requireContext } from '../platform/principal.ts';
import { createApiToken, listApiTokens, revokeApiToken } from './api-tokens.ts';
import { ApiTokenNotFound, MedewerkerNotFound } from './auth.errors.ts';
import { MedewerkerResponse, RolSchema } from './auth.schemas.ts';
import { createMedewerker, describeMedewerker, listMedewerkers, wijzigMedewerker } from './medewerkers.service.ts';

const tags = ['beheer'];

const TeamNamen = Type.Array(Type.String({ minLength: 1, maxLength: 100 }), {
  maxItems: 20,
  uniqueItems: true,
  description: 'Namen van de teams (een onbekende naam maakt het team aan)',
});

const NewMedewerkerBody = Type.Object(
  {
    gebruikersnaam: Type.String({ minLength: 2, maxLength: 200, pattern: '^[A-Za-z0-9._@-]+$' }),
    naam: Type.String({ minLength: 1, maxLength: 200 }),
    email: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
    wachtwoord: Type.Optional(Type.String({ maxLength: 1000 })),
    rollen: Type.Array(RolSchema, { minItems: 1, uniqueItems: true }),
    teams: Type.Optional(TeamNamen),
  },
  { additionalProperties: false },
);

const WijzigMedewerkerBody = Type.Object(
  {
    naam: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
    email: Nullable(Type.String({ format: 'email', maxLength: 254 })),
    rollen: Type.Array(RolSchema, { minItems: 1, uniqueItems: true }),
    teams: TeamNamen,
    actief: Type.Boolean({ description: 'false: de medewerker kan niet meer inloggen en de sessies eindigen meteen' }),
    wachtwoord: Type.Optional(
      Type.String({
        maxLength: 1000,
        description: 'Een nieuw wachtwoord (minstens 12 tekens); weglaten houdt het huidige. De sessies eindigen',
      }),
    ),
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
        summary: 'Alle medewerkers met hun teams',
        response: { 200: Type.Object({ results: Type.Array(MedewerkerResponse) }), ...errorResponses },
      },
    },
    async (request) => {
      requireContext(request, 'medewerker:beheren');
      return { results: await listMedewerkers(db) };
    },
  );

  app.put(
    '/api/medewerkers/:id',
    {
      config: { toegang: 'medewerker:beheren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Wijzig naam, e-mail, rollen en teams van een medewerker, of zet het account uit (actief: false)',
        params: IdParams,
        body: WijzigMedewerkerBody,
        response: { 200: MedewerkerResponse, 409: ErrorResponse, ...errorResponses },
      },
    },
    async (request) => {
      requireContext(request, 'medewerker:beheren');
      await wijzigMedewerker(db, request.params.id, request.body);
      const medewerker = await describeMedewerker(db, request.params.id);
      if (!medewerker) throw MedewerkerNotFound();
      return medewerker;
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
