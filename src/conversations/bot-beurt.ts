import { kanaalSpec } from '../contract/kanalen.ts';
import type { Db } from '../db/transaction.ts';
import { inTransaction } from '../db/transaction.ts';
import { publishEvent } from '../platform/realtime/event-bus.ts';
import { botModus, type BotModusTransition } from './bot-modus.ts';
import { appendBericht } from './conversations.service.ts';

/**
 * What the bot decided about one message of the citizen. The bot only decides; this module writes
 * the outcome into the gesprek (message, bot state, handover), so the gesprek keeps one writer.
 */
export type BotBesluit = { afzenderActorId: string } & (
  | { soort: 'antwoord'; tekst: string; metadata: Record<string, unknown> }
  | { soort: 'vraag'; tekst: string; metadata: Record<string, unknown> }
  | { soort: 'overdragen'; reden: string; tekst: string }
);

/** The reason recorded when the bot's turn failed and the gesprek went to the agents instead. */
export const REDEN_FOUT = 'fout';

interface Gesprek {
  id: string;
  kanaal: string;
  bot_modus: string;
  toegewezen_aan: string | null;
  status: string;
}

/** The bot has the turn: it still answers this gesprek and no agent has it. */
const botAanZet = (g: Gesprek) => g.bot_modus === 'actief' && !g.toegewezen_aan && g.status !== 'afgehandeld';

/**
 * One turn of the bot in a gesprek: asks `beslis` only while the bot has the turn and applies the
 * decision. When deciding or applying fails, the gesprek is handed to the agents' queue (reason
 * "fout") before the error is passed on, so a failing bot never leaves the citizen waiting on it.
 * Returns what was applied, if anything.
 */
export async function runBotBeurt(
  db: Db,
  gesprekId: string,
  beslis: (gesprek: { id: string; kanaal: string }) => Promise<BotBesluit | undefined>,
): Promise<BotBesluit['soort'] | undefined> {
  const gesprek = await db
    .selectFrom('gesprek')
    .select(['id', 'kanaal', 'bot_modus', 'toegewezen_aan', 'status'])
    .where('id', '=', gesprekId)
    .executeTakeFirst();
  if (!gesprek || !botAanZet(gesprek)) return undefined;
  try {
    const besluit = await beslis({ id: gesprek.id, kanaal: gesprek.kanaal });
    return besluit && (await applyBotBesluit(db, gesprekId, besluit)) ? besluit.soort : undefined;
  } catch (error) {
    // The caller logs the bot's error. Should this handover fail as well (the database is gone),
    // routing still hands the chat over once its citizen has waited too long (overdragenNaBotStilte).
    await overdragenDoorBot(db, gesprekId, REDEN_FOUT).catch(() => false);
    throw error;
  }
}

/**
 * Applies the bot's decision under the gesprek's row lock. An agent may have taken the gesprek
 * while the bot was thinking; the bot's message is then dropped (the agent has the turn).
 */
export async function applyBotBesluit(db: Db, gesprekId: string, besluit: BotBesluit): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const gesprek = await trx
      .selectFrom('gesprek')
      .select(['id', 'kanaal', 'bot_modus', 'toegewezen_aan', 'status'])
      .where('id', '=', gesprekId)
      .forUpdate()
      .executeTakeFirst();
    if (!gesprek || !botAanZet(gesprek)) return false;
    await appendBericht(trx, gesprekId, {
      richting: 'uitgaand',
      inhoud: besluit.tekst,
      afzenderActorId: besluit.afzenderActorId,
      bezorgstatus: kanaalSpec(gesprek.kanaal).overSocket ? 'verzonden' : 'wachtrij',
      metadata: { bot: besluit.soort === 'overdragen' ? { handoff: besluit.reden } : besluit.metadata },
    });
    if (besluit.soort === 'overdragen') await changeBotModus(trx, gesprekId, 'overdragen', besluit.reden);
    return true;
  });
}

/**
 * The bot hands the gesprek to the agents' queue without a message of its own (its turn failed,
 * or it never answered). Returns whether it was still the bot's gesprek.
 */
export async function overdragenDoorBot(db: Db, gesprekId: string, reden: string): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const gesprek = await trx.selectFrom('gesprek').select('bot_modus').where('id', '=', gesprekId).forUpdate().executeTakeFirst();
    if (gesprek?.bot_modus !== 'actief') return false;
    await changeBotModus(trx, gesprekId, 'overdragen', reden);
    return true;
  });
}

/**
 * The one writer of a gesprek's bot state. The caller holds the row lock and has read the current
 * state; a handover is announced to the agents, an agent taking over is announced by the assignment.
 */
export async function changeBotModus(trx: Db, gesprekId: string, transition: BotModusTransition, reden?: string): Promise<void> {
  const row = await trx.selectFrom('gesprek').select('bot_modus').where('id', '=', gesprekId).executeTakeFirstOrThrow();
  const bot_modus = botModus.next(row.bot_modus, transition);
  await trx
    .updateTable('gesprek')
    .set({ bot_modus, bot_reden: reden ?? null })
    .where('id', '=', gesprekId)
    .execute();
  if (transition === 'overdragen')
    await publishEvent(trx, { type: 'gesprek.overgedragen', audience: { agents: true }, data: { gesprekId, reden } });
}

/** The reason recorded when the citizen waited on the bot too long (its turn never came or never ended). */
export const REDEN_ONBEANTWOORD = 'onbeantwoord';

/**
 * Hands over every gesprek whose citizen has waited longer than `seconds` on the bot: an answer
 * takes the bot a second, so a longer wait means its turn was lost (a crash between the message
 * and the bot's turn, or a handover after a failure that failed too). Routing calls this before it
 * fills the queue, so no citizen stays with a silent bot. Returns the gesprekken handed over.
 */
export async function overdragenNaBotStilte(db: Db, seconds: number, now: Date): Promise<string[]> {
  const stil = await db
    .selectFrom('gesprek')
    .select('id')
    .where('bot_modus', '=', 'actief')
    .where('status', '<>', 'afgehandeld')
    .where('toegewezen_aan', 'is', null)
    .where('wacht_sinds', '<', new Date(now.getTime() - seconds * 1000))
    .execute();
  const handedOver: string[] = [];
  for (const { id } of stil) if (await overdragenDoorBot(db, id, REDEN_ONBEANTWOORD)) handedOver.push(id);
  return handedOver;
}
