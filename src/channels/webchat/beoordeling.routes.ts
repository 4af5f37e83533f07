import { Type } from 'typebox';
import type { Db } from '../../db/transaction.ts';
import { defineError } from '../../platform/errors.ts';
import { ErrorResponse, errorResponses, type App } from '../../platform/http.ts';
import { publicThrottle } from '../../platform/throttle.ts';
import { botAnswerOf, findChatSession } from './webchat.sessions.ts';

const BotAnswerUnknown = defineError(
  'LOKET_BOTANTWOORD_ONBEKEND',
  404,
  'Dit bericht is geen antwoord van de chatbot in uw chat.',
  'This message is not an answer from the chatbot in your chat.',
);
const Beoordeling = Type.Object({ nuttig: Type.Boolean() });

/** The bot answer `berichtId` in the citizen's own chat, with what the bot answered from. */
async function findBotAnswer(db: Db, sessieId: string, berichtId: string) {
  const row = await db
    .selectFrom('bericht')
    .innerJoin('gesprek', 'gesprek.id', 'bericht.gesprek_id')
    .select(['bericht.metadata'])
    .where('bericht.id', '=', berichtId)
    .where('bericht.richting', '=', 'uitgaand')
    .where('gesprek.kanaal', '=', 'webchat')
    .where('gesprek.externe_id', '=', sessieId)
    .executeTakeFirst();
  return row ? botAnswerOf(row.metadata) : undefined;
}

/** A citizen's verdict on one bot answer, with what the bot answered from. */
export interface AntwoordBeoordeling {
  berichtId: string;
  questionId: string | null;
  articleId: string;
  useful: boolean;
}

/**
 * Records a verdict for the bot (its answer feedback); app.ts wires it, as a channel does not call
 * the bot itself. `nieuw` is false when the answer was judged before: the first verdict counts.
 */
export type BeoordeelAntwoord = (input: AntwoordBeoordeling) => Promise<{ nieuw: boolean; nuttig: boolean }>;

/** "Was dit antwoord nuttig?" under a bot answer in the widget; a "no" shows up in the redacteuren's coaching list. */
export function beoordelingRoutes(app: App, deps: { db: Db; beoordeelAntwoord: BeoordeelAntwoord }): void {
  app.post(
    '/api/webchat/berichten/:id/beoordeling',
    {
      config: { toegang: 'sleutel', persoonsgegevens: false },
      onRequest: publicThrottle(deps.db, app.clock, 'chat-beoordeling'),
      schema: {
        tags: ['webchat'],
        summary: 'Was dit antwoord van de chatbot nuttig? Eén oordeel per antwoord; het eerste telt',
        security: [],
        headers: Type.Object({ 'x-chat-token': Type.String({ maxLength: 200 }) }),
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        body: Type.Object({ nuttig: Type.Boolean() }, { additionalProperties: false }),
        response: { 200: Beoordeling, 201: Beoordeling, ...errorResponses, 429: ErrorResponse },
      },
    },
    async (request, reply) => {
      const session = await findChatSession(deps.db, request.headers['x-chat-token']);
      const answer = await findBotAnswer(deps.db, session.id, request.params.id);
      if (!answer) throw BotAnswerUnknown();
      const result = await deps.beoordeelAntwoord({ berichtId: request.params.id, ...answer, useful: request.body.nuttig });
      return reply.status(result.nieuw ? 201 : 200).send({ nuttig: result.nuttig });
    },
  );
}
