import { createHash } from 'node:crypto';
import { Type } from 'typebox';
import type { Db } from '../../db/transaction.ts';
import type { InboundPipeline } from '../../conversations/inbound.service.ts';
import { defineError } from '../../platform/errors.ts';
import { ErrorResponse, errorResponses, type App } from '../../platform/http.ts';
import { publicThrottle } from '../../platform/throttle.ts';
import { requireContext } from '../../platform/principal.ts';
import { publishEvent, type EventHub } from '../../platform/realtime/event-bus.ts';
import { beoordelingRoutes, type BeoordeelAntwoord } from './beoordeling.routes.ts';
import { IdentiteitNietIngesteld, type InwonerIdentiteit } from './inwoner-identiteit.ts';
import { chatHistory, createChatSession, findChatSession } from './webchat.sessions.ts';
import { handleChatSocket } from './webchat.socket.ts';

const tags = ['webchat'];
const ContactDetailsMissing = defineError(
  'LOKET_CONTACTGEGEVENS_ONTBREKEN',
  400,
  'Vul een e-mailadres of telefoonnummer in, zodat we u kunnen antwoorden.',
  'Please give an e-mail address or phone number so we can answer you.',
);
const ChatMessage = Type.Object({
  id: Type.String(),
  van: Type.Union([Type.Literal('inwoner'), Type.Literal('gemeente')]),
  tekst: Type.String(),
  verzondenOp: Type.String(),
  clientId: Type.Union([Type.String(), Type.Null()]),
  beoordeelbaar: Type.Boolean({ description: 'Een antwoord van de chatbot: de inwoner kan zeggen of het nuttig was' }),
  overgedragen: Type.Boolean({ description: 'De chatbot heeft de chat aan de medewerkers overgedragen' }),
  bron: Type.Optional(
    Type.Object(
      {
        artikelId: Type.String(),
        titel: Type.String(),
        url: Type.Union([Type.String(), Type.Null()], {
          description: 'Het artikel op de website van de gemeente (KENNISBANK_ARTIKEL_URL)',
        }),
        zekerheid: Type.Number({ minimum: 0, maximum: 1, description: 'Hoe zeker de chatbot was (0..1)' }),
      },
      { description: 'Een antwoord van de chatbot: uit welk artikel en hoe zeker' },
    ),
  ),
});

const ChatOriginRefused = defineError(
  'LOKET_CHAT_HERKOMST_GEWEIGERD',
  403,
  'Deze website mag de chat van de gemeente niet gebruiken.',
  'This website may not use the municipality’s chat.',
);

export interface WebchatDeps {
  db: Db;
  pipeline: InboundPipeline;
  hub: EventHub;
  /** WIDGET_ORIGINS: the sites whose pages may open the chat socket, besides Loket itself. */
  widgetOrigins?: '*' | string[];
  publicUrl?: string;
  /** Checks the website's ID token of a logged-in inwoner (WIDGET_IDENTITEIT_*); absent: chats are anonymous. */
  identiteit?: InwonerIdentiteit | undefined;
  /** The bot's answer feedback ("was dit antwoord nuttig?"), wired in app.ts. */
  beoordeelAntwoord: BeoordeelAntwoord;
}

export function webchatRoutes(app: App, deps: WebchatDeps): void {
  const { db } = deps;
  const own = deps.publicUrl ? new URL(deps.publicUrl).origin : undefined;
  // Browsers always send Origin with a WebSocket; CORS does not cover sockets, so it is checked here.
  const originAllowed = (origin: string | undefined) =>
    !origin || deps.widgetOrigins === undefined || deps.widgetOrigins === '*' || origin === own || deps.widgetOrigins.includes(origin);

  app.post(
    '/api/webchat/sessies',
    {
      config: { toegang: 'openbaar', persoonsgegevens: true },
      onRequest: publicThrottle(db, app.clock, 'chat'),
      schema: {
        tags,
        summary: 'Begin een chat (anoniem); de token geeft alleen toegang tot deze chat',
        security: [],
        body: Type.Object(
          {
            paginaUrl: Type.Optional(Type.String({ format: 'uri', maxLength: 2000 })),
            taal: Type.Union([Type.Literal('nl'), Type.Literal('en')], { default: 'nl' }),
            identiteitToken: Type.Optional(
              Type.String({
                minLength: 1,
                maxLength: 8000,
                description: 'ID token (JWT) van de website na inloggen (DigiD via de makelaar); gecontroleerd volgens WIDGET_IDENTITEIT_*',
              }),
            ),
          },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object({ sessieId: Type.String(), token: Type.String(), ingelogd: Type.Boolean() }),
          ...errorResponses,
          429: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const { identiteitToken, ...input } = request.body;
      if (identiteitToken && !deps.identiteit) throw IdentiteitNietIngesteld();
      const inwoner = identiteitToken ? await deps.identiteit?.inwoner(db, identiteitToken, app.clock.now()) : undefined;
      const session = await createChatSession(db, input, inwoner);
      return reply.status(201).send({ ...session, ingelogd: inwoner !== undefined });
    },
  );

  app.get(
    '/api/webchat/berichten',
    {
      config: { toegang: 'sleutel', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'De berichten van de eigen chat (na herladen van de pagina)',
        security: [],
        headers: Type.Object({ 'x-chat-token': Type.String({ maxLength: 200 }) }),
        response: { 200: Type.Object({ berichten: Type.Array(ChatMessage) }), ...errorResponses },
      },
    },
    async (request) => {
      const session = await findChatSession(db, request.headers['x-chat-token']);
      return { berichten: await chatHistory(db, session.id) };
    },
  );

  app.get(
    '/api/webchat/ws',
    {
      config: { toegang: 'sleutel', persoonsgegevens: true },
      websocket: true,
      schema: { hide: true },
      preValidation: async (request) => {
        if (!originAllowed(request.headers.origin)) throw ChatOriginRefused();
      },
    },
    (socket) => handleChatSocket(socket, { ...deps, clock: app.clock }),
  );
  leaveMessageRoute(app, deps);
  beoordelingRoutes(app, deps);

  app.post(
    '/api/gesprekken/:id/typen',
    {
      config: { toegang: 'klantcontact:schrijven', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Laat de inwoner zien dat de medewerker typt',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      requireContext(request, 'klantcontact:schrijven');
      const gesprek = await db
        .selectFrom('gesprek')
        .select(['kanaal', 'externe_id'])
        .where('id', '=', request.params.id)
        .executeTakeFirst();
      if (gesprek?.kanaal === 'webchat' && gesprek.externe_id)
        await publishEvent(db, { type: 'typen', audience: { chatSessionIds: [gesprek.externe_id] }, data: {} });
      return reply.status(204).send(null);
    },
  );
}

const LeaveMessageBody = Type.Object(
  {
    tekst: Type.String({ minLength: 1, maxLength: 4000 }),
    naam: Type.Optional(Type.String({ maxLength: 200 })),
    email: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
    telefoonnummer: Type.Optional(Type.String({ pattern: '^\\+?[0-9 ()-]{8,20}$' })),
  },
  { additionalProperties: false },
);

/** When nobody is available the citizen leaves a message with a way to reach them. */
export function leaveMessageRoute(app: App, deps: { db: Db; pipeline: InboundPipeline }): void {
  app.post(
    '/api/webchat/bericht-achterlaten',
    {
      config: { toegang: 'openbaar', persoonsgegevens: true },
      onRequest: publicThrottle(deps.db, app.clock, 'chat-bericht'),
      schema: {
        tags,
        summary: 'Laat een bericht achter met e-mailadres of telefoonnummer (als er niemand beschikbaar is)',
        security: [],
        headers: Type.Object({ 'x-chat-token': Type.String({ maxLength: 200 }) }),
        body: LeaveMessageBody,
        response: { 202: Type.Object({ ontvangen: Type.Boolean() }), ...errorResponses, 429: ErrorResponse },
      },
    },
    async (request, reply) => {
      const session = await findChatSession(deps.db, request.headers['x-chat-token']);
      const { tekst, naam, email, telefoonnummer } = request.body;
      if (!email && !telefoonnummer) throw ContactDetailsMissing();
      const afzender = email
        ? { soort: 'email' as const, adres: email, naam }
        : { soort: 'telefoonnummer' as const, adres: telefoonnummer!, naam };
      await deps.pipeline.receive({
        kanaal: 'webchat',
        kanaalBerichtId: `${session.id}:achtergelaten:${createHash('sha256').update(tekst).digest('hex').slice(0, 16)}`,
        afzender,
        draad: { externeId: session.id },
        tekst,
        metadata: {
          achtergelaten: true,
          ...(session.pagina_url ? { paginaUrl: session.pagina_url } : {}),
          ...(telefoonnummer ? { terugbelnummer: telefoonnummer } : {}),
        },
      });
      return reply.status(202).send({ ontvangen: true });
    },
  );
}
