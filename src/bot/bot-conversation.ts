import { sql } from 'kysely';
import { appendBericht } from '../conversations/conversations.service.ts';
import type { ProcessedMessage } from '../conversations/inbound.service.ts';
import type { InboundMessage } from '../conversations/inbound.types.ts';
import type { Db } from '../db/transaction.ts';
import { publishEvent } from '../platform/realtime/event-bus.ts';
import { botIndex } from './bot-index.ts';
import { askBot, botActor } from './bot.service.ts';
import { draftEmailReply } from './email-concept.ts';

/** Text channels the bot answers on; e-mail gets drafts for agents instead (not automatic answers). */
export const BOT_CHANNELS = new Set(['webchat', 'whatsapp', 'messenger', 'instagram', 'sms']);
/** Channels whose replies travel over Loket's own socket instead of an outbound adapter. */
const INLINE_CHANNELS = new Set(['webchat']);

export interface BotHooks {
  /** Is an agent available on this channel now? Decides what the bot says on handoff. */
  anyoneAvailable: (kanaal: string) => Promise<boolean>;
  /** Wake the delivery and routing jobs after the bot queued a reply or handed over. */
  kickDelivery: () => void;
  kickRouting: () => void;
}

/** Whether the bot takes a new gesprek on this channel: only when there is published knowledge to answer from. */
export async function botTakesNewGesprek(db: Db, message: InboundMessage): Promise<boolean> {
  if (!BOT_CHANNELS.has(message.kanaal) || message.metadata?.achtergelaten) return false;
  return (await botIndex(db)).articles.size > 0;
}

const TEXTS = {
  doorverbinden: 'Ik verbind u door met een medewerker. Een moment geduld alstublieft; de medewerker ziet ons gesprek.',
  niemand: 'Er is op dit moment geen medewerker beschikbaar. Laat uw e-mailadres of telefoonnummer achter, dan nemen we zo snel mogelijk contact met u op.',
  spoed: 'Is er direct gevaar? Bel dan 112. Voor andere dringende zaken verbind ik u door met een medewerker.',
  keuze: 'Ik weet niet zeker wat u bedoelt. Gaat het om een van deze onderwerpen?',
  keuzeSlot: "Typ het onderwerp, of typ 'medewerker' om een medewerker te spreken.",
  nuttig: "Was dit antwoord nuttig? Typ 'medewerker' als u liever iemand spreekt.",
};

/**
 * The bot in a gesprek: it answers what it is sure of from published articles, asks which
 * article is meant when two are close, and otherwise hands the gesprek — with the whole
 * conversation — to the agents' queue. Once handed over, or taken by an agent, it stays silent.
 */
export async function botOnInbound(db: Db, processed: ProcessedMessage, hooks: BotHooks): Promise<void> {
  if (processed.message.kanaal === 'email') return draftEmailReply(db, processed);
  if (!BOT_CHANNELS.has(processed.message.kanaal) || processed.message.metadata?.automatisch) return;
  const gesprek = await db.selectFrom('gesprek').select(['id', 'metadata', 'toegewezen_aan', 'status']).where('id', '=', processed.gesprekId).executeTakeFirst();
  const mode = (gesprek?.metadata as { bot?: string } | null)?.bot;
  if (!gesprek || mode !== 'actief' || gesprek.toegewezen_aan || gesprek.status === 'afgehandeld') return;

  const reply = await askBot(db, { text: processed.message.tekst, channel: processed.message.kanaal });
  const actor = await botActor(db);
  const send = (inhoud: string, metadata: Record<string, unknown>) =>
    appendBericht(db, gesprek.id, {
      richting: 'uitgaand',
      inhoud,
      afzenderActorId: actor.id,
      bezorgstatus: INLINE_CHANNELS.has(processed.message.kanaal) ? 'verzonden' : 'wachtrij',
      metadata: { bot: metadata },
    });

  if (!reply.handoff && reply.answer) {
    await send(`${reply.answer}\n\n${TEXTS.nuttig}`, { articleId: reply.articleId, confidence: reply.confidence, vraagId: reply.questionId });
  } else if (!reply.handoff && reply.alternatives.length > 0) {
    await send([TEXTS.keuze, ...reply.alternatives.map((a) => `- ${a.title}`), TEXTS.keuzeSlot].join('\n'), { alternatives: reply.alternatives, vraagId: reply.questionId });
  } else {
    const available = await hooks.anyoneAvailable(processed.message.kanaal);
    const text = reply.reason === 'emergency' ? TEXTS.spoed : available ? TEXTS.doorverbinden : TEXTS.niemand;
    await db.transaction().execute(async (trx) => {
      await sql`update gesprek set metadata = coalesce(metadata, '{}'::jsonb) || ${JSON.stringify({ bot: 'overgedragen', botReden: reply.reason })}::jsonb where id = ${gesprek.id}`.execute(trx);
      await appendBericht(trx, gesprek.id, { richting: 'uitgaand', inhoud: text, afzenderActorId: actor.id, bezorgstatus: INLINE_CHANNELS.has(processed.message.kanaal) ? 'verzonden' : 'wachtrij', metadata: { bot: { handoff: reply.reason } } });
      await publishEvent(trx, { type: 'gesprek.overgedragen', audience: { agents: true }, data: { gesprekId: gesprek.id, reden: reply.reason } });
    });
    hooks.kickRouting();
  }
  if (!INLINE_CHANNELS.has(processed.message.kanaal)) hooks.kickDelivery();
}

/**
 * The bot's turn failed (a bug, the database, the knowledge index): the citizen must not wait on a
 * bot that will not answer. Hands the gesprek to the agents' queue, as a handoff with reason
 * "fout", so routing assigns it like any other.
 */
export async function handOverAfterBotFailure(db: Db, gesprekId: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const result = await sql`update gesprek set metadata = metadata || ${JSON.stringify({ bot: 'overgedragen', botReden: 'fout' })}::jsonb
      where id = ${gesprekId} and metadata->>'bot' = 'actief'`.execute(trx);
    if (!result.numAffectedRows) return false;
    await publishEvent(trx, { type: 'gesprek.overgedragen', audience: { agents: true }, data: { gesprekId, reden: 'fout' } });
    return true;
  });
}
