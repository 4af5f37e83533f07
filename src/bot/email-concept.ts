import type { ProcessedMessage } from '../conversations/inbound.service.ts';
import type { BotConceptStatus } from '../db/schema.ts';
import type { Db } from '../db/transaction.ts';
import type { RequestContext } from '../platform/principal.ts';
import { publishEvent } from '../platform/realtime/event-bus.ts';
import { ConceptAlBeoordeeld, ConceptNotFound } from './bot.errors.ts';
import { addTrainingExample, askBot } from './bot.service.ts';

export interface BotConcept {
  id: string;
  gesprekId: string;
  berichtId: string;
  artikelId: string;
  tekst: string;
  zekerheid: number;
  status: BotConceptStatus;
  aangemaaktOp: string;
}

/** Text the e-mail reply is built around; the agent edits it before it goes out. */
function composeReply(summary: string): string {
  return ['Geachte heer/mevrouw,', '', 'Dank voor uw bericht.', '', summary, '', 'Met vriendelijke groet,'].join('\n');
}

/**
 * For a citizen's e-mail the bot does not answer by itself: when it is sure which article
 * answers it, it leaves a draft reply that an agent takes over (and may edit) or discards.
 */
export async function draftEmailReply(db: Db, processed: ProcessedMessage): Promise<void> {
  const { message } = processed;
  if (message.kanaal !== 'email' || message.metadata?.automatisch) return;
  const text = [message.onderwerp, message.tekst].filter(Boolean).join('\n');
  if (!text.trim()) return;
  const reply = await askBot(db, { text, channel: 'email' });
  if (reply.handoff || !reply.answer || !reply.articleId) return;
  const row = await db
    .insertInto('bot_concept')
    .values({
      gesprek_id: processed.gesprekId,
      bericht_id: processed.berichtId,
      artikel_id: reply.articleId,
      tekst: composeReply(reply.answer),
      zekerheid: reply.confidence,
    })
    .onConflict((oc) => oc.column('bericht_id').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (row)
    await publishEvent(db, {
      type: 'bot.concept',
      audience: { agents: true },
      data: { gesprekId: processed.gesprekId, conceptId: row.id },
    });
}

const toConcept = (r: {
  id: string;
  gesprek_id: string;
  bericht_id: string;
  artikel_id: string;
  tekst: string;
  zekerheid: number;
  status: BotConceptStatus;
  aangemaakt_op: Date;
}): BotConcept => ({
  id: r.id,
  gesprekId: r.gesprek_id,
  berichtId: r.bericht_id,
  artikelId: r.artikel_id,
  tekst: r.tekst,
  zekerheid: r.zekerheid,
  status: r.status,
  aangemaaktOp: new Date(r.aangemaakt_op).toISOString(),
});

/** The drafts of one gesprek, newest first. */
export async function conceptsOf(db: Db, gesprekId: string): Promise<BotConcept[]> {
  const rows = await db
    .selectFrom('bot_concept')
    .select(['id', 'gesprek_id', 'bericht_id', 'artikel_id', 'tekst', 'zekerheid', 'status', 'aangemaakt_op'])
    .where('gesprek_id', '=', gesprekId)
    .orderBy('aangemaakt_op', 'desc')
    .execute();
  return rows.map(toConcept);
}

/**
 * An agent takes a draft over or discards it, once. A draft taken over teaches the bot that
 * the article answers such an e-mail.
 */
export async function judgeConcept(db: Db, ctx: RequestContext, id: string, besluit: 'overgenomen' | 'verworpen'): Promise<BotConcept> {
  const row = await db
    .updateTable('bot_concept')
    .set({ status: besluit, beoordeeld_door: ctx.principal.kind === 'medewerker' ? ctx.principal.id : null, beoordeeld_op: new Date() })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .returning(['id', 'gesprek_id', 'bericht_id', 'artikel_id', 'tekst', 'zekerheid', 'status', 'aangemaakt_op'])
    .executeTakeFirst();
  if (!row) {
    const exists = await db.selectFrom('bot_concept').select('id').where('id', '=', id).executeTakeFirst();
    throw exists ? ConceptAlBeoordeeld() : ConceptNotFound();
  }
  if (besluit === 'overgenomen') {
    const vraag = await db.selectFrom('bericht').select('inhoud').where('id', '=', row.bericht_id).executeTakeFirst();
    if (vraag?.inhoud) await addTrainingExample(db, { text: vraag.inhoud, articleId: row.artikel_id, source: 'afronding' });
  }
  return toConcept(row);
}
