import { Type } from 'typebox';
import type { Db } from '../db/transaction.ts';
import { ErrorResponse, errorResponses, IdParams, Nullable, type App } from '../platform/http.ts';
import { lijstAfdelingen, maakAfdeling, wijzigAfdeling } from './afdelingen.service.ts';

const tags = ['beheer'];
const Melding = Type.Union([Type.Literal('uit'), Type.Literal('toegewezene'), Type.Literal('groepsmailbox')], {
  description:
    'Wie een e-mail krijgt als een taak wordt toegewezen aan een team van de afdeling of een lid daarvan: niemand, de toegewezen medewerker, of de groepsmailbox',
});
const Afdeling = Type.Object({
  id: Type.String({ format: 'uuid' }),
  naam: Type.String(),
  groepsmailbox: Nullable(Type.String()),
  toewijzingsmelding: Melding,
  teams: Type.Array(Type.Object({ id: Type.String({ format: 'uuid' }), naam: Type.String() })),
});
const Invoer = Type.Object(
  {
    naam: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' }),
    groepsmailbox: Type.Optional(Nullable(Type.String({ format: 'email', maxLength: 254 }))),
    toewijzingsmelding: Type.Optional(Melding),
    teamIds: Type.Optional(
      Type.Array(Type.String({ format: 'uuid' }), {
        maxItems: 200,
        description: 'De teams van de afdeling; vervangt de huidige indeling (een team hoort bij één afdeling)',
      }),
    ),
  },
  { additionalProperties: false },
);

/** Afdelingen, the groups of teams, kept by the beheerder. */
export function afdelingenRoutes(app: App, db: Db): void {
  app.get(
    '/api/beheer/afdelingen',
    {
      config: { toegang: 'afdeling:beheren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Alle afdelingen met hun teams',
        response: { 200: Type.Object({ results: Type.Array(Afdeling) }), ...errorResponses },
      },
    },
    async () => ({ results: await lijstAfdelingen(db) }),
  );

  app.post(
    '/api/beheer/afdelingen',
    {
      config: { toegang: 'afdeling:beheren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Maak een afdeling, eventueel met haar teams',
        body: Invoer,
        response: { 201: Afdeling, 409: ErrorResponse, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await maakAfdeling(db, request.body)),
  );

  app.put(
    '/api/beheer/afdelingen/:id',
    {
      config: { toegang: 'afdeling:beheren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Wijzig een afdeling: naam, groepsmailbox, melding bij toewijzing en teams',
        params: IdParams,
        body: Invoer,
        response: { 200: Afdeling, 409: ErrorResponse, ...errorResponses },
      },
    },
    async (request) => wijzigAfdeling(db, request.params.id, request.body, app.clock.now()),
  );
}
