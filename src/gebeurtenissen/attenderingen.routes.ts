import { Type } from 'typebox';
import type { Db } from '../db/transaction.ts';
import { errorResponses, type App } from '../platform/http.ts';
import { requireContext } from '../platform/principal.ts';
import { attenderingenVan, verwijderAttendering, voegAttenderingToe, zetAfmelding } from './attenderingen.service.ts';
import { AttenderingNotFound } from './gebeurtenissen.errors.ts';

const tags = ['gebeurtenissen'];
const Berichtsoort = Type.String({ minLength: 1, maxLength: 50, description: 'Soort bericht, bijv. afval of werkzaamheden' });
const Soort = Type.Union([Type.Literal('object'), Type.Literal('straat'), Type.Literal('adres')]);
const Attendering = Type.Object({
  id: Type.String(),
  berichtsoort: Type.String(),
  soort: Soort,
  waarde: Type.String(),
  aangemaaktOp: Type.String(),
});
const Voorkeuren = Type.Object({
  attenderingen: Type.Array(Attendering),
  afmeldingen: Type.Array(Type.Object({ berichtsoort: Type.String(), afgemeldOp: Type.String() })),
});
const Params = Type.Object({ id: Type.String({ format: 'uuid' }) });

/**
 * A partij's choices about proactive messages: opt-ins for a place or an object (a container
 * id, a street, a postcode + house number) per kind of message, and opt-outs per kind. Every
 * read and change is a processing of the partij's data and logged as such.
 */
export function attenderingenRoutes(app: App, db: Db): void {
  app.get(
    '/api/partijen/:id/attenderingen',
    {
      config: { toegang: 'partij:lezen', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Waarvoor de partij zich aanmeldde (plaats of object) en van welke soorten berichten zij zich afmeldde',
        params: Params,
        response: { 200: Voorkeuren, ...errorResponses },
      },
    },
    async (request) => attenderingenVan(db, requireContext(request, 'partij:lezen'), request.params.id),
  );

  app.post(
    '/api/partijen/:id/attenderingen',
    {
      config: { toegang: 'partij:schrijven', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Meld de partij aan voor berichten over een object, straat of adres (idempotent)',
        params: Params,
        body: Type.Object(
          { berichtsoort: Berichtsoort, soort: Soort, waarde: Type.String({ minLength: 1, maxLength: 200 }) },
          { additionalProperties: false },
        ),
        response: { 201: Attendering, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await voegAttenderingToe(db, requireContext(request, 'partij:schrijven'), request.params.id, request.body, app.clock.now())),
  );

  app.delete(
    '/api/partijen/:id/attenderingen/:attenderingId',
    {
      config: { toegang: 'partij:schrijven', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Meld de partij af voor deze plaats of dit object',
        params: Type.Object({ id: Type.String({ format: 'uuid' }), attenderingId: Type.String({ format: 'uuid' }) }),
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = requireContext(request, 'partij:schrijven');
      if (!(await verwijderAttendering(db, ctx, request.params.id, request.params.attenderingId))) throw AttenderingNotFound();
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/api/partijen/:id/afmeldingen/:berichtsoort',
    {
      config: { toegang: 'partij:schrijven', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'De partij wil geen proactieve berichten van deze soort (meer); geldt ook voor berichten die nog wachten',
        params: Type.Object({ id: Type.String({ format: 'uuid' }), berichtsoort: Berichtsoort }),
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = requireContext(request, 'partij:schrijven');
      await zetAfmelding(db, ctx, request.params.id, request.params.berichtsoort, true, app.clock.now());
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/partijen/:id/afmeldingen/:berichtsoort',
    {
      config: { toegang: 'partij:schrijven', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'De partij wil berichten van deze soort weer ontvangen',
        params: Type.Object({ id: Type.String({ format: 'uuid' }), berichtsoort: Berichtsoort }),
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = requireContext(request, 'partij:schrijven');
      await zetAfmelding(db, ctx, request.params.id, request.params.berichtsoort, false, app.clock.now());
      return reply.status(204).send(null);
    },
  );
}
