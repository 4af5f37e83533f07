import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import websocket from '@fastify/websocket';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { registerBackground, type BackgroundDeps } from './app-background.ts';
import { authRoutes } from './auth/auth.routes.ts';
import { registerAuthentication } from './auth/authentication.ts';
import { beheerRoutes } from './auth/beheer.routes.ts';
import { teamsRoutes } from './auth/teams.routes.ts';
import { inlogpogingenRoutes } from './auth/inlogpogingen.routes.ts';
import { bewaartermijnenRoutes } from './bewaartermijnen/bewaartermijnen.routes.ts';
import { createOidcClient, type OidcClient } from './auth/oidc.ts';
import { contactsRoutes } from './contacts/contacts.routes.ts';
import { tijdlijnRoutes } from './contacts/tijdlijn.routes.ts';
import { verzoekenRoutes } from './contacts/verzoeken.routes.ts';
import { partijenRoutes } from './parties/parties.routes.ts';
import { registerErrorHandling } from './platform/errors.ts';
import { registerInputCleaning } from './platform/clean-input.ts';
import { loggerOptions } from './platform/logging.ts';
import { registerSecurityHeaders } from './platform/security-headers.ts';
import { registerPublicCors } from './platform/public-cors.ts';
import { closeConnectionsAfterShutdown } from './platform/graceful-shutdown.ts';
import { healthRoutes } from './platform/health.routes.ts';
import { klantinteractiesApi } from './klantinteracties/klantinteracties.routes.ts';
import type { App } from './platform/http.ts';
import { systemClock, type Clock } from './platform/clock.ts';
import { conversationsRoutes } from './conversations/conversations.routes.ts';
import { InwonerIdentiteit } from './channels/webchat/inwoner-identiteit.ts';
import { webchatRoutes } from './channels/webchat/webchat.routes.ts';
import { registerEmailChannel } from './channels/email/email.channel.ts';
import { registerKanalen } from './channels/koppelingen/kanalen.channel.ts';
import { formulierenRoutes } from './channels/formulieren/formulieren.routes.ts';
import { telefoonRoutes } from './channels/telefoon/telefoon.routes.ts';
import { terugbelRoutes } from './channels/telefoon/terugbel.routes.ts';
import { balieRoutes } from './channels/balie/balie.routes.ts';
import { widgetRoutes } from './channels/webchat/widget.routes.ts';
import { presenceRoutes } from './routing/presence.routes.ts';
import { inboxRoutes } from './routing/inbox.routes.ts';
import { herverdelenRoutes } from './routing/herverdelen.routes.ts';
import { collegasRoutes } from './routing/collegas.routes.ts';
import { servicenormenBeheerRoutes } from './routing/servicenormen-beheer.routes.ts';
import { ServicenormenCache } from './routing/servicenormen.service.ts';
import { verificatieRoutes } from './identificatie/verificatie.routes.ts';
import { afhandelingRoutes } from './afhandeling/afhandeling.routes.ts';
import { heartbeatMs, touchPresence } from './routing/presence.ts';
import { botBeantwoordt } from './bot/bot-conversation.ts';
import { vervolgstappenRoutes } from './conversations/vervolgstappen.routes.ts';
import { agentSocketRoutes } from './platform/realtime/agent-socket.routes.ts';
import { EventHub } from './platform/realtime/event-bus.ts';
import { tasksRoutes } from './tasks/tasks.routes.ts';
import { werktijdRoutes } from './werktijd/werktijd.routes.ts';
import { rapportageRoutes } from './rapportage/servicenormen.routes.ts';
import { knowledgeRoutes } from './knowledge/knowledge.routes.ts';
import { botRoutes } from './bot/bot.routes.ts';
import { giveAnswerFeedback } from './bot/bot.service.ts';
import { verwerkingenRoutes } from './verwerkingen/verwerkingen.routes.ts';
import { zoekenRoutes } from './zoeken/zoeken.routes.ts';
import { antwoordsjablonenRoutes } from './antwoordsjablonen/antwoordsjablonen.routes.ts';
import { gesprekAnalyseRoutes } from './analytics/gesprekskwaliteit/gesprekskwaliteit.routes.ts';
import { isServerPath, serveDesktop } from './platform/serve-desktop.ts';
import { sharedSchemaCompilers } from './platform/schema-compilers.ts';
import { analyticsRoutes } from './analytics/analytics.routes.ts';
import type { BackofficeOptions } from './backoffice/backoffice.ts';
import { registerBackoffice } from './backoffice/backoffice.routes.ts';
import { registerGebeurtenissen } from './gebeurtenissen/gebeurtenissen.plugin.ts';
import { registerNotificaties } from './notificaties/notificaties.plugin.ts';
import { registerToegang } from './platform/toegang.ts';
import type { GebeurtenisOptions } from './gebeurtenissen/gebeurtenissen.service.ts';
import { enqueteRoutes } from './xla/enquete.routes.ts';
import { xlaRoutes } from './rapportage/xla.routes.ts';
import { afdelingenRoutes } from './afdelingen/afdelingen.routes.ts';
import { coordinatieRoutes } from './tasks/coordinatie.routes.ts';

/** What the app is built from; the database, configuration and hooks of its background work in BackgroundDeps. */
export interface AppDeps extends BackgroundDeps {
  /** Overrides Fastify's logger options (tests pass false). */
  logger?: FastifyServerOptions['logger'];
  oidcClient?: OidcClient;
  /** This node's receiver of cross-node events; created and started when not given. */
  hub?: EventHub;
  /** What the app asks for the time (default: the system clock; tests fix it). */
  clock?: Clock;
  /** Caches, breaker and paging limits of the back-office sources (tests shorten them). */
  backoffice?: Partial<BackofficeOptions>;
  /** Hooks into event processing (tests make it fail once). */
  gebeurtenissen?: GebeurtenisOptions;
}

export const BODY_LIMIT_BYTES = 1024 * 1024;

/** Builds the Loket HTTP application without listening, so tests can call app.inject(). */
export async function buildApp(deps: AppDeps): Promise<App> {
  const { database, config } = deps;
  const app = Fastify({
    logger: deps.logger ?? loggerOptions(config.logLevel),
    trustProxy: config.trustProxy,
    bodyLimit: BODY_LIMIT_BYTES,
    requestIdHeader: 'x-request-id',
    genReqId: () => crypto.randomUUID(),
    return503OnClosing: true,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: true } },
    schemaController: { compilersFactory: sharedSchemaCompilers },
  }).withTypeProvider<TypeBoxTypeProvider>();

  registerErrorHandling(app);
  registerInputCleaning(app);
  registerSecurityHeaders(app, config.widgetOrigins, {
    embeddable: (path) => path.startsWith('/formulieren/'),
    desktop: (path) => !isServerPath(path),
  });
  closeConnectionsAfterShutdown(app);
  // Echo the request id so a citizen's or integrator's report can be matched to our logs.
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  await app.register(cookie);
  await registerPublicCors(app, config.widgetOrigins);
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });
  const hub = deps.hub ?? new EventHub();
  if (!deps.hub) {
    await hub.start(database);
    app.addHook('onClose', async () => hub.stop());
  }
  app.decorate('hub', hub);
  const servicenormen = new ServicenormenCache(database.db, hub);
  app.addHook('onClose', async () => servicenormen.stop());
  app.decorate('servicenormen', servicenormen);
  app.decorate('clock', deps.clock ?? systemClock);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Loket API', version: '0.1.0', description: 'Omnichannel klantcontactcentrum voor gemeenten.' },
      servers: [{ url: config.publicUrl }],
      components: {
        securitySchemes: {
          sessie: { type: 'apiKey', in: 'cookie', name: 'loket_sessie' },
          token: { type: 'apiKey', in: 'header', name: 'Authorization', description: 'Token <sleutel>' },
        },
      },
      security: [{ sessie: [] }, { token: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  registerAuthentication(app, database.db);
  // Before any route: each route's declared toegang is enforced and published in the OpenAPI document.
  registerToegang(app);
  const oidcClient = deps.oidcClient ?? (config.oidc ? createOidcClient(config.oidc, config.publicUrl) : undefined);

  const background = registerBackground(app, deps);
  const { pipeline, vervolgstappen, kick } = background;

  healthRoutes(app, database);
  conversationsRoutes(app, { db: database.db, kickInbound: kick.inbound, kickDelivery: kick.delivery });
  vervolgstappenRoutes(app, { service: vervolgstappen, kick: kick.vervolgstappen });
  registerEmailChannel(app, { config: config.email, db: database.db, pipeline });
  await registerKanalen(app, { db: database.db, pipeline, config, kickDelivery: kick.delivery });
  webchatRoutes(app, {
    db: database.db,
    pipeline,
    hub,
    widgetOrigins: config.widgetOrigins,
    publicUrl: config.publicUrl,
    identiteit: config.widgetIdentiteit ? new InwonerIdentiteit(config.widgetIdentiteit) : undefined,
    beoordeelAntwoord: (input) => giveAnswerFeedback(database.db, input),
  });
  formulierenRoutes(app, { db: database.db, pipeline });
  telefoonRoutes(app, { db: database.db, pipeline, config: config.telefoon });
  terugbelRoutes(app, { db: database.db, pipeline, config: config.telefoon });
  balieRoutes(app, database.db);
  widgetRoutes(app);
  const grace = config.presenceGraceSeconds;
  agentSocketRoutes(app, database.db, hub, {
    publicUrl: config.publicUrl,
    heartbeatMs: heartbeatMs(grace),
    onAlive: (id) => touchPresence(database.db, id, app.clock.now(), grace),
  });
  presenceRoutes(app, database.db, { graceSeconds: grace, botBeantwoordt: () => botBeantwoordt(database.db, config.botActief, 'webchat') });
  inboxRoutes(app, database.db, config.werktijd);
  herverdelenRoutes(app, { db: database.db, kickRouting: kick.routing });
  collegasRoutes(app, database.db);
  servicenormenBeheerRoutes(app);
  verificatieRoutes(app, database.db);
  afhandelingRoutes(app, database.db);
  authRoutes(app, { db: database.db, config, oidcClient });
  beheerRoutes(app, database.db);
  teamsRoutes(app, database.db);
  inlogpogingenRoutes(app, database.db);
  bewaartermijnenRoutes(app, database.db, config.bewaartermijnen);
  partijenRoutes(app, database.db);
  contactsRoutes(app, database.db);
  verzoekenRoutes(app, database.db);
  tijdlijnRoutes(app, database.db);
  tasksRoutes(app, database.db, config.werktijd);
  werktijdRoutes(app, database.db, config.werktijd);
  rapportageRoutes(app, database.db, config.werktijd);
  verwerkingenRoutes(app, database.db);
  zoekenRoutes(app, database.db);
  antwoordsjablonenRoutes(app, database.db);
  enqueteRoutes(app, database.db);
  xlaRoutes(app, database.db);
  afdelingenRoutes(app, database.db);
  coordinatieRoutes(app, database.db, config.werktijd);
  await klantinteractiesApi(app, { db: database.db, publicUrl: config.publicUrl });
  knowledgeRoutes(app, database.db);
  botRoutes(app, database.db, config);
  analyticsRoutes(app, database.db);
  gesprekAnalyseRoutes(app, { db: database.db, hub });
  await registerBackoffice(app, { db: database.db, config, options: deps.backoffice });
  registerGebeurtenissen(app, {
    db: database.db,
    config,
    kickDelivery: kick.deliveryEverywhere,
    jobKicks: background.jobKicks,
    pollMs: deps.jobIntervals?.gebeurtenissen ?? 5_000,
    backgroundJobs: deps.backgroundJobs ?? true,
    options: deps.gebeurtenissen,
  });
  registerNotificaties(app, { db: database.db, config, backgroundJobs: deps.backgroundJobs ?? true });
  // Last, so every server route above wins over the desktop's SPA fallback.
  await serveDesktop(app);
  return app;
}
