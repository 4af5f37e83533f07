import type { VervolgstapHandler } from '../conversations/vervolgstappen.service.ts';
import type { Db } from '../db/transaction.ts';
import { botOnInbound, type BotHooks } from './bot-conversation.ts';
import { botActor } from './bot.service.ts';

/**
 * The bot's turn as a follow-up of an inbound message. A failing turn has already handed the
 * gesprek to the agents when it throws; the retry then finds the bot silent and finishes.
 * Safe to run again: when an earlier attempt wrote the bot's reply and the node died before the
 * step was marked done, the retry sees that reply and does not answer a second time. (A reply
 * the bot wrote meanwhile to a later message of the same citizen counts too: they were answered.)
 */
export function botBeurtStap(db: Db, hooks: BotHooks): VervolgstapHandler {
  return async ({ processed, vorigePogingOp }) => {
    if (vorigePogingOp && (await botSchreefSinds(db, processed.gesprekId, vorigePogingOp))) return;
    await botOnInbound(db, processed, hooks);
  };
}

async function botSchreefSinds(db: Db, gesprekId: string, sinds: Date): Promise<boolean> {
  const { id } = await botActor(db);
  const reply = await db
    .selectFrom('bericht')
    .select('id')
    .where('gesprek_id', '=', gesprekId)
    .where('richting', '=', 'uitgaand')
    .where('afzender_actor_id', '=', id)
    .where('verzonden_op', '>=', sinds)
    .limit(1)
    .executeTakeFirst();
  return reply !== undefined;
}
