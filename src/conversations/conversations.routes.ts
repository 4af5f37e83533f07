import { Type } from 'typebox';
import type { Db } from '../db/transaction.ts';
import { ErrorResponse, errorResponses, type App, Nullable } from '../platform/http.ts';
import { requireContext } from '../platform/principal.ts';
import { InboundNotFound } from './conversations.errors.ts';
import { changeGesprekStatus } from './conversations.service.ts';
import { bijlagenRoutes } from './bijlagen.routes.ts';
import { inzageRoutes } from './inzage.routes.ts';
import { gesprekOrdenenRoutes } from './gesprek-ordenen.routes.ts';
import { getGesprek, replyToGesprek } from './gesprek-view.service.ts';
import { listFailedInbound, retryInboundNow } from './inbound.service.ts';
import { linkGesprekToPartij } from './gesprek-partij.service.ts';

const tags = ['gesprekken'];
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

const BerichtResponse = Type.Object({
  id: Type.String(),
  richting: Type.String(),
  inhoud: Type.String(),
  afzender: Nullable(Type.String()),
  verzondenOp: Type.String(),
  bezorgstatus: Nullable(Type.String()),
  bezorgfout: Nullable(Type.String()),
  /** Channel details, e.g. automatisch: 'autoreply' | 'bounce' on an e-mail that no one needs to answer. */
  metadata: Nullable(Type.Record(Type.String(), Type.Unknown())),
  /** Files that came with the message; GET /api/gesprekken/:id/bijlagen/:bijlageId gives the content. */
  bijlagen: Type.Array(
    Type.Object({ id: Type.String(), bestandsnaam: Type.String(), contentType: Type.String(), grootte: Type.Integer() }),
  ),
});

export const GesprekResponse = Type.Object({
  id: Type.String(),
  kanaal: Type.String(),
  status: Type.String(),
  onderwerp: Nullable(Type.String()),
  partijId: Nullable(Type.String()),
  klantcontactId: Nullable(Type.String()),
  verzoekId: Nullable(Type.String()),
  gestartOp: Type.String(),
  metadata: Nullable(Type.Record(Type.String(), Type.Unknown())),
  /** Normalised free-text labels (PUT /api/gesprekken/:id/labels). */
  labels: Type.Array(Type.String()),
  /** Until when the gesprek is out of the inbox; null when it is not snoozed (any more). */
  gesluimerdTot: Nullable(Type.String()),
  berichten: Type.Array(BerichtResponse),
});

export interface ConversationsDeps {
  db: Db;
  /** Wake the background jobs, so a queued reply or a retried message goes at once. */
  kickDelivery: () => void;
  kickInbound: () => void;
}

export function conversationsRoutes(app: App, { db, kickDelivery, kickInbound }: ConversationsDeps): void {
  bijlagenRoutes(app, { db });
  inzageRoutes(app, { db });
  gesprekOrdenenRoutes(app, { db });

  app.get(
    '/api/gesprekken/:id',
    {
      config: { toegang: 'klantcontact:lezen', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Eén gesprek met al zijn berichten',
        params: IdParams,
        response: { 200: GesprekResponse, ...errorResponses },
      },
    },
    async (request) => getGesprek(db, requireContext(request, 'klantcontact:lezen'), request.params.id, app.clock.now()),
  );

  app.post(
    '/api/gesprekken/:id/berichten',
    {
      config: { toegang: 'klantcontact:schrijven', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Antwoord op het kanaal van de inwoner, of een interne notitie',
        description:
          'Een antwoord dat het kanaal niet zou aannemen (buiten het 24-uursvenster, of langer dan één bericht mag zijn; zie GET /api/gesprekken/:id/kanaalgrenzen) wordt meteen geweigerd met 409 LOKET_KANAALVENSTER_GESLOTEN of LOKET_ANTWOORD_TE_LANG. Een interne notitie nooit.',
        params: IdParams,
        body: Type.Object(
          {
            tekst: Type.String({ minLength: 1, maxLength: 20_000 }),
            soort: Type.Union([Type.Literal('antwoord'), Type.Literal('notitie')], { default: 'antwoord' }),
          },
          { additionalProperties: false },
        ),
        response: { 201: BerichtResponse, 409: ErrorResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = requireContext(request, 'klantcontact:schrijven');
      const bericht = await replyToGesprek(db, ctx, request.params.id, request.body);
      if (bericht.bezorgstatus === 'wachtrij') kickDelivery();
      return reply.status(201).send(bericht);
    },
  );

  app.put(
    '/api/gesprekken/:id/partij',
    {
      config: { toegang: 'partij:schrijven', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Koppel een (anoniem) gesprek aan de gevonden of geregistreerde partij',
        params: IdParams,
        body: Type.Object({ partijId: Type.String({ format: 'uuid' }) }, { additionalProperties: false }),
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await linkGesprekToPartij(db, requireContext(request, 'partij:schrijven'), request.params.id, request.body.partijId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/gesprekken/:id/:transitie',
    {
      config: { toegang: 'klantcontact:schrijven', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Wijzig de status van een gesprek (afhandelen, heropenen, wachtOpKlant, terugleggen)',
        params: Type.Object({
          id: Type.String({ format: 'uuid' }),
          transitie: Type.Union([
            Type.Literal('afhandelen'),
            Type.Literal('heropenen'),
            Type.Literal('wachtOpKlant'),
            Type.Literal('terugleggen'),
          ]),
        }),
        response: { 200: Type.Object({ status: Type.String() }), 409: ErrorResponse, ...errorResponses },
      },
    },
    async (request) => ({
      status: await changeGesprekStatus(db, requireContext(request, 'klantcontact:schrijven'), request.params.id, request.params.transitie),
    }),
  );

  app.get(
    '/api/inkomend/niet-verwerkt',
    {
      config: { toegang: 'inkomend:beheren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Inkomende berichten waarvan de verwerking mislukte, met de fout',
        response: {
          200: Type.Object({
            results: Type.Array(
              Type.Object({
                id: Type.String(),
                kanaal: Type.String(),
                kanaalBerichtId: Type.String(),
                ontvangenOp: Type.String(),
                pogingen: Type.Integer(),
                laatsteFout: Nullable(Type.String()),
                volgendePogingOp: Type.String(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      requireContext(request, 'inkomend:beheren');
      const rows = await listFailedInbound(db);
      return {
        results: rows.map((r) => ({
          id: r.id,
          kanaal: r.kanaal,
          kanaalBerichtId: r.kanaal_bericht_id,
          ontvangenOp: new Date(r.ontvangen_op).toISOString(),
          pogingen: r.pogingen,
          laatsteFout: r.laatste_fout,
          volgendePogingOp: new Date(r.volgende_poging_op).toISOString(),
        })),
      };
    },
  );

  app.post(
    '/api/inkomend/:id/opnieuw',
    {
      config: { toegang: 'inkomend:beheren', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Verwerk een mislukt bericht nu opnieuw',
        params: IdParams,
        response: { 202: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      requireContext(request, 'inkomend:beheren');
      const result = await retryInboundNow(db, request.params.id);
      if (Number(result.numUpdatedRows) === 0) throw InboundNotFound();
      kickInbound();
      return reply.status(202).send(null);
    },
  );
}
