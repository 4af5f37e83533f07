import { Type } from 'typebox';
import { GesprekNotFound } from '../../conversations/conversations.errors.ts';
import { antwoordRoute } from '../../conversations/antwoord-route.ts';
import { kanaalgrenzen, laatsteInkomend } from '../../conversations/kanaalgrenzen.ts';
import type { BerichtenApiConfig } from '../../config.ts';
import { KOPPELING_SOORT_CODES } from '../../contract/kanaal-koppelingen.ts';
import type { Db } from '../../db/transaction.ts';
import { ErrorResponse, errorResponses, IdParams, type App } from '../../platform/http.ts';
import { requireContext } from '../../platform/principal.ts';
import * as kanalen from './kanalen.service.ts';

const tags = ['kanalen'];
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const Soort = Type.Enum(KOPPELING_SOORT_CODES);
const Instellingen = Type.Record(Type.String({ maxLength: 50 }), Type.String({ maxLength: 500 }), {
  description:
    'whatsapp: phoneNumberId; messenger: pageId; instagram: accountId; sms-twilio: accountSid, nummer; sms-bird: workspaceId, channelId',
});
const Geheimen = Type.Record(Type.String({ maxLength: 50 }), Type.String({ minLength: 1, maxLength: 2000 }), {
  description:
    'whatsapp/messenger/instagram: appSecret, accessToken, verifyToken; sms-twilio: authToken; sms-bird: accessKey, signingKey. Versleuteld bewaard, nooit teruggegeven.',
});

const KanaalBody = Type.Object(
  {
    soort: Soort,
    naam: Type.String({ minLength: 1, maxLength: 200 }),
    instellingen: Instellingen,
    geheimen: Geheimen,
    actief: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
const KanaalPatch = Type.Object(
  {
    naam: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    instellingen: Type.Optional(Instellingen),
    geheimen: Type.Optional(Geheimen),
    actief: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
const KanaalResponse = Type.Object({
  id: Type.String(),
  soort: Type.String(),
  kanaal: Type.String(),
  naam: Type.String(),
  instellingen: Type.Record(Type.String(), Type.String()),
  geheimen: Type.Record(Type.String(), Type.Object({ ingesteld: Type.Boolean() })),
  actief: Type.Boolean(),
  webhookUrl: Type.String(),
  geweigerdeVerzoeken: Type.Object(
    { aantal: Type.Integer(), laatsteOp: Nullable(Type.String()) },
    { description: 'Webhookverzoeken met een ontbrekende of valse handtekening, of te oud' },
  ),
  aangemaaktOp: Type.String(),
  gewijzigdOp: Type.String(),
});
const KanaalgrenzenResponse = Type.Object({
  kanaal: Type.String(),
  vensterOpen: Type.Boolean(),
  vensterSluitOp: Nullable(Type.String()),
  alleenSjablonen: Type.Boolean(),
  maxLengte: Nullable(Type.Integer()),
  antwoordVia: Nullable(
    Type.String({
      description:
        'Het kanaal waarlangs een antwoord gaat (een formulier per e-mail); null: geen schriftelijke weg terug (telefoon, balie, formulier zonder e-mailadres), alleen een notitie.',
    }),
  ),
});

export interface KanalenRoutesDeps {
  db: Db;
  key: Buffer | undefined;
  apis: BerichtenApiConfig;
  publicUrl: string;
}

/** Beheer of the messaging channels (role beheerder), and what a gesprek's channel allows now. */
export function kanalenRoutes(app: App, { db, key, apis, publicUrl }: KanalenRoutesDeps): void {
  const view = (row: Awaited<ReturnType<typeof kanalen.getKanaal>>) => kanalen.toResponse(row, publicUrl);

  app.get(
    '/api/kanalen',
    {
      config: { toegang: 'kanaal:beheren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Alle berichtenkanalen (beheer)',
        response: { 200: Type.Object({ results: Type.Array(KanaalResponse) }), ...errorResponses },
      },
    },
    async (request) => {
      requireContext(request, 'kanaal:beheren');
      return { results: (await kanalen.listKanalen(db)).map(view) };
    },
  );

  app.post(
    '/api/kanalen',
    {
      config: { toegang: 'kanaal:beheren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Kanaal koppelen',
        body: KanaalBody,
        response: { 201: KanaalResponse, 409: ErrorResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      requireContext(request, 'kanaal:beheren');
      return reply.status(201).send(view(await kanalen.createKanaal(db, key, request.body)));
    },
  );

  app.get(
    '/api/kanalen/:id',
    {
      config: { toegang: 'kanaal:beheren', persoonsgegevens: false },
      schema: { tags, summary: 'Eén kanaal', params: IdParams, response: { 200: KanaalResponse, ...errorResponses } },
    },
    async (request) => {
      requireContext(request, 'kanaal:beheren');
      return view(await kanalen.getKanaal(db, request.params.id));
    },
  );

  app.patch(
    '/api/kanalen/:id',
    {
      config: { toegang: 'kanaal:beheren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Kanaal wijzigen, aan- of uitzetten',
        params: IdParams,
        body: KanaalPatch,
        response: { 200: KanaalResponse, 409: ErrorResponse, ...errorResponses },
      },
    },
    async (request) => {
      requireContext(request, 'kanaal:beheren');
      return view(await kanalen.updateKanaal(db, key, request.params.id, request.body));
    },
  );

  app.delete(
    '/api/kanalen/:id',
    {
      config: { toegang: 'kanaal:beheren', persoonsgegevens: false },
      schema: { tags, summary: 'Kanaal verwijderen', params: IdParams, response: { 204: Type.Null(), ...errorResponses } },
    },
    async (request, reply) => {
      requireContext(request, 'kanaal:beheren');
      await kanalen.deleteKanaal(db, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/kanalen/:id/test',
    {
      config: { toegang: 'kanaal:beheren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Test de koppeling: vraag de aanbieder onschuldig naar het eigen account (ook als het kanaal uit staat)',
        params: IdParams,
        response: {
          200: Type.Object({ ok: Type.Boolean(), melding: Type.String(), duurMs: Type.Integer() }),
          409: ErrorResponse,
          ...errorResponses,
        },
      },
    },
    async (request) => {
      requireContext(request, 'kanaal:beheren');
      return kanalen.testKanaal(db, key, apis, request.params.id);
    },
  );

  app.get(
    '/api/gesprekken/:id/kanaalgrenzen',
    {
      config: { toegang: 'klantcontact:lezen', persoonsgegevens: false },
      schema: {
        tags: ['gesprekken'],
        summary: 'Wat het kanaal van dit gesprek nu toestaat (24-uursvenster, sjablonen, lengte)',
        params: IdParams,
        response: { 200: KanaalgrenzenResponse, ...errorResponses },
      },
    },
    async (request) => {
      requireContext(request, 'klantcontact:lezen');
      const gesprek = await db
        .selectFrom('gesprek')
        .select(['id', 'kanaal', 'partij_id', 'metadata'])
        .where('id', '=', request.params.id)
        .executeTakeFirst();
      if (!gesprek) throw GesprekNotFound();
      const route = await antwoordRoute(db, gesprek);
      return { ...kanaalgrenzen(gesprek.kanaal, await laatsteInkomend(db, gesprek.id), app.clock.now()), antwoordVia: route?.via ?? null };
    },
  );
}
