import { hashToken, randomSecret } from '../../auth/secrets.ts';
import type { Db } from '../../db/transaction.ts';
import { defineError } from '../../platform/errors.ts';
import type { Inwoner } from './inwoner-identiteit.ts';
import { botBronUit, type BotBron } from '../../contract/bot-bron.ts';

export const ChatSessionUnknown = defineError(
  'LOKET_CHAT_SESSIE_ONBEKEND',
  401,
  'Deze chat is verlopen of bestaat niet. Begin een nieuwe chat.',
  'This chat has expired or does not exist. Please start a new chat.',
);

/**
 * A chat session: the browser's token is the only key to its own gesprek. It is anonymous unless
 * the website handed over a checked login (`inwoner`), which then holds until the login expires.
 */
export async function createChatSession(db: Db, input: { paginaUrl?: string | undefined; taal: 'nl' | 'en' }, inwoner?: Inwoner) {
  const token = randomSecret();
  const row = await db
    .insertInto('webchat_sessie')
    .values({
      token_hash: hashToken(token),
      pagina_url: input.paginaUrl ?? null,
      taal: input.taal,
      partij_id: inwoner?.partijId ?? null,
      identiteit_methode: inwoner?.methode ?? null,
      identiteit_tot: inwoner?.geldigTot ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { sessieId: row.id, token };
}

/** The identity a session's messages carry into the pipeline, while the website's login holds. */
export function sessieIdentiteit(
  session: { partij_id: string | null; identiteit_methode: string | null; identiteit_tot: Date | string | null },
  now: Date,
): { partijId: string; methode: string } | undefined {
  if (!session.partij_id || !session.identiteit_methode || !session.identiteit_tot) return undefined;
  return new Date(session.identiteit_tot) > now ? { partijId: session.partij_id, methode: session.identiteit_methode } : undefined;
}

export async function findChatSession(db: Db, token: string | undefined) {
  if (!token) throw ChatSessionUnknown();
  const session = await db.selectFrom('webchat_sessie').selectAll().where('token_hash', '=', hashToken(token)).executeTakeFirst();
  if (!session) throw ChatSessionUnknown();
  const now = new Date();
  // laatst_actief_op serves the retention period (days): a write a minute is enough, not one per frame or reconnect.
  if (now.getTime() - new Date(session.laatst_actief_op).getTime() >= ACTIVITY_WRITE_INTERVAL_MS) {
    await db.updateTable('webchat_sessie').set({ laatst_actief_op: now }).where('id', '=', session.id).execute();
  }
  return session;
}

const ACTIVITY_WRITE_INTERVAL_MS = 60_000;

/** The citizen's view of their own chat: what they wrote and what the municipality answered, never internal notes. */
export async function chatHistory(db: Db, sessieId: string) {
  const rows = await db
    .selectFrom('bericht')
    .innerJoin('gesprek', 'gesprek.id', 'bericht.gesprek_id')
    .leftJoin('bot_feedback', 'bot_feedback.bericht_id', 'bericht.id')
    .select(['bericht.id', 'bericht.richting', 'bericht.inhoud', 'bericht.verzonden_op', 'bericht.kanaal_bericht_id', 'bericht.metadata'])
    .select((eb) => eb('bot_feedback.id', 'is not', null).as('beoordeeld'))
    .where('gesprek.kanaal', '=', 'webchat')
    .where('gesprek.externe_id', '=', sessieId)
    .where('bericht.richting', '<>', 'notitie')
    .orderBy('bericht.verzonden_op')
    .orderBy('bericht.id')
    .execute();
  // Kysely types a comparison as SqlBool (0 | 1 | boolean); PostgreSQL answers a boolean.
  return rows.map((r) => toChatMessage(sessieId, { ...r, beoordeeld: Boolean(r.beoordeeld) }));
}

export interface ChatMessage {
  id: string;
  van: 'inwoner' | 'gemeente';
  tekst: string;
  verzondenOp: string;
  /** The id the widget gave its own message, so it can match the server's copy after a reconnect. */
  clientId: string | null;
  /** A bot answer not rated yet: the widget asks "was this helpful?" under it (again after a reload, never twice). */
  beoordeelbaar: boolean;
  /** The bot handed the chat to the agents: the widget checks whether anyone is there and otherwise offers the offline choices. */
  overgedragen: boolean;
  /** A bot answer: the article it came from and how sure the bot was (shown under the answer). */
  bron?: BotBron;
}

export function toChatMessage(
  sessieId: string,
  row: {
    id: string;
    richting: string;
    inhoud: string;
    verzonden_op: Date | string;
    kanaal_bericht_id: string | null;
    metadata?: Record<string, unknown> | null;
    /** The citizen already said whether this bot answer helped. */
    beoordeeld?: boolean;
  },
): ChatMessage {
  const prefix = `${sessieId}:`;
  return {
    id: row.id,
    van: row.richting === 'inkomend' ? 'inwoner' : 'gemeente',
    tekst: row.inhoud,
    verzondenOp: new Date(row.verzonden_op).toISOString(),
    clientId: row.kanaal_bericht_id?.startsWith(prefix) ? row.kanaal_bericht_id.slice(prefix.length) : null,
    beoordeelbaar: row.richting === 'uitgaand' && !row.beoordeeld && botAnswerOf(row.metadata) !== undefined,
    overgedragen: row.richting === 'uitgaand' && typeof (row.metadata?.bot as { handoff?: unknown } | undefined)?.handoff === 'string',
    ...withBron(row.richting === 'uitgaand' ? botBronUit(row.metadata?.bot) : null),
  };
}

const withBron = (bron: BotBron | null): { bron?: BotBron } => (bron ? { bron } : {});

/** What a bot answer was given from (the conversations domain stores the bot's decision under metadata.bot); undefined for any other message. */
export function botAnswerOf(
  metadata: Record<string, unknown> | null | undefined,
): { articleId: string; questionId: string | null } | undefined {
  const bot = metadata?.bot as { articleId?: unknown; vraagId?: unknown } | undefined;
  if (typeof bot?.articleId !== 'string') return undefined;
  return { articleId: bot.articleId, questionId: typeof bot.vraagId === 'string' ? bot.vraagId : null };
}
