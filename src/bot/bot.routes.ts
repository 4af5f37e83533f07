import { Type } from 'typebox';
import type { Config } from '../config.ts';
import type { Db } from '../db/transaction.ts';
import { errorResponses, ErrorResponse, IdParams, type App } from '../platform/http.ts';
import { inTransaction } from '../db/transaction.ts';
import { requireContext } from '../platform/principal.ts';
import { publicThrottle, type ThrottleRule } from '../platform/throttle.ts';
import { logVerwerking } from '../platform/verwerkingslog.ts';
import { algoritmeregisterRoutes } from './algoritmeregister.routes.ts';
import { TooManyQuestions } from './bot.errors.ts';
import { AskBody, AskResponse, BotConceptResponse, CoachingResponse, ExampleBody, FeedbackBody } from './bot.schemas.ts';
import { addTrainingExample, askBot, giveFeedback, retrainBot } from './bot.service.ts';
import { coachingClusters } from './coaching.ts';
import { conceptsOf, judgeConcept } from './email-concept.ts';

const tags = ['bot'];

/**
 * The bot's public routes: `perMinute` questions from one address, then one per 1, 2, 4 ... up to
 * 60 seconds; a quiet minute starts afresh.
 */
export function botRule(perMinute: number): ThrottleRule {
  return { free: perMinute, capSeconds: 60, quietMs: 60_000 };
}

export function botRoutes(app: App, db: Db, config: Pick<Config, 'botRateLimitPerMinute' | 'botActief'>): void {
  algoritmeregisterRoutes(app, db, config);
  // Counted per address in the database, so the limit holds across every node behind the load balancer.
  const rule = botRule(config.botRateLimitPerMinute);
  const describe = `Na ${config.botRateLimitPerMinute} verzoeken vanaf een adres wacht elk volgend verzoek twee keer zo lang (tot 60 s); een rustige minuut begint opnieuw: 429 met Retry-After.`;

  app.post(
    '/api/bot/ask',
    {
      config: { toegang: 'openbaar', persoonsgegevens: false },
      onRequest: publicThrottle(db, app.clock, 'bot-vraag', rule, TooManyQuestions),
      schema: {
        tags,
        summary: 'Stel de bot een vraag (openbaar)',
        description: describe,
        security: [],
        body: AskBody,
        response: { 200: AskResponse, 429: ErrorResponse, ...errorResponses },
      },
    },
    async (request) => askBot(db, request.body),
  );

  app.post(
    '/api/bot/feedback',
    {
      config: { toegang: 'openbaar', persoonsgegevens: false },
      onRequest: publicThrottle(db, app.clock, 'bot-feedback', rule, TooManyQuestions),
      schema: {
        tags,
        summary: 'Was dit antwoord nuttig? (openbaar)',
        description: describe,
        security: [],
        body: FeedbackBody,
        response: { 204: Type.Null(), 429: ErrorResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      await giveFeedback(db, request.body);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/bot/retrain',
    {
      config: { toegang: 'kennis:publiceren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Bouw de bot opnieuw op met alle trainingsvoorbeelden',
        response: { 200: Type.Object({ articles: Type.Integer(), examples: Type.Integer() }), ...errorResponses },
      },
    },
    async (request) => {
      requireContext(request, 'kennis:publiceren');
      return retrainBot(db);
    },
  );

  app.post(
    '/api/bot/voorbeelden',
    {
      config: { toegang: 'kennis:redigeren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Koppel een vraag aan het artikel dat haar beantwoordt (coaching)',
        body: ExampleBody,
        response: { 201: Type.Object({ added: Type.Boolean() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      requireContext(request, 'kennis:redigeren');
      return reply.status(201).send({ added: await addTrainingExample(db, request.body) });
    },
  );

  app.get(
    '/api/bot/coaching',
    {
      config: { toegang: 'kennis:redigeren', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Onbeantwoorde en doorverbonden vragen, gegroepeerd, met het dichtstbijzijnde artikel',
        querystring: Type.Object({ dagen: Type.Integer({ minimum: 1, maximum: 365, default: 30 }) }, { additionalProperties: false }),
        response: { 200: CoachingResponse, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = requireContext(request, 'kennis:redigeren');
      const clusters = await coachingClusters(db, { days: request.query.dagen });
      // Citizens' own words, even masked, are personal data: the read is logged.
      const objecten = clusters.flatMap((c) =>
        c.questions.map((q) => ({
          objecttype: 'bot_vraag' as const,
          objectId: q.id,
          betrokkenheid: 'vraag',
          soortenGegevens: ['vraagtekst (gemaskeerd)'],
        })),
      );
      await inTransaction(db, (trx) =>
        logVerwerking(trx, ctx, {
          actieNaam: 'Botvragen raadplegen (coaching)',
          handelingNaam: 'Raadplegen',
          verwerkingNaam: 'Kennisbank en bot',
          objecten,
        }),
      );
      return { clusters };
    },
  );

  app.get(
    '/api/gesprekken/:id/botconcepten',
    {
      config: { toegang: 'klantcontact:lezen', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Conceptantwoorden van de bot op de e-mails in dit gesprek (nieuwste eerst)',
        params: IdParams,
        response: { 200: Type.Object({ results: Type.Array(BotConceptResponse) }), ...errorResponses },
      },
    },
    async (request) => {
      const ctx = requireContext(request, 'klantcontact:lezen');
      const results = await conceptsOf(db, request.params.id);
      // A concept answers a citizen's e-mail by name and content: reading one is a read of that gesprek.
      if (results.length > 0)
        await inTransaction(db, (trx) =>
          logVerwerking(trx, ctx, {
            actieNaam: 'Conceptantwoorden raadplegen',
            handelingNaam: 'Raadplegen',
            objecten: [{ objecttype: 'gesprek', objectId: request.params.id, betrokkenheid: 'gesprek' }],
          }),
        );
      return { results };
    },
  );

  app.post(
    '/api/botconcepten/:id/beoordeling',
    {
      config: { toegang: 'klantcontact:schrijven', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Neem een conceptantwoord over in het antwoord of verwerp het',
        params: IdParams,
        body: Type.Object(
          { besluit: Type.Union([Type.Literal('overgenomen'), Type.Literal('verworpen')]) },
          { additionalProperties: false },
        ),
        response: { 200: BotConceptResponse, 409: ErrorResponse, ...errorResponses },
      },
    },
    async (request) => judgeConcept(db, requireContext(request, 'klantcontact:schrijven'), request.params.id, request.body.besluit),
  );
}
