import { createHash, randomBytes } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { classifyKlantcontacten } from '../analytics/topics/topics.service.ts';
import { registreerFeedback } from '../contacts/contacts.service.ts';
import { appendBericht } from '../conversations/conversations.service.ts';
import type { Db } from '../db/transaction.ts';
import { inTransaction } from '../db/transaction.ts';
import { publishEvent } from '../platform/realtime/event-bus.ts';
import { EnqueteNietBeschikbaar } from './enquete.errors.ts';
import * as q from './enquete.queries.ts';
import type { XlaConfig } from '../config.ts';

const DAG_MS = 86_400_000;
/** A gesprek closed longer ago than this gets no survey (after downtime, or when the survey is switched on). */
const HOOGUIT_NA_MS = DAG_MS;
/** Tokens are 32 random bytes in base64url: 43 characters. */
export const TOKEN_PATROON = /^[A-Za-z0-9_-]{43}$/;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** The survey's invitation: short, one link, no personal data (the link itself identifies nothing). */
export function uitnodiging(link: string): string {
  return `Bedankt voor uw contact met de gemeente. Wilt u ons laten weten hoe het ging? Het kost een minuut: ${link}`;
}

/**
 * Sends the survey after each closed gesprek on a channel that has it switched on: one per
 * gesprek (another node that was first wins, by the unique key), on the gesprek's own channel,
 * as an outgoing message through the conversations service. Web chat also gets the form inline.
 */
export async function verstuurEnquetes(
  db: Db,
  config: XlaConfig,
  deps: { now: Date; publicUrl: string; kickDelivery: () => void },
): Promise<number> {
  if (config.kanalen.length === 0) return 0;
  const due = await q.gesprekkenZonderEnquete(db, config.kanalen, new Date(deps.now.getTime() - HOOGUIT_NA_MS), 200);
  let verstuurd = 0;
  for (const gesprek of due) {
    const token = randomBytes(32).toString('base64url');
    const sent = await inTransaction(db, async (trx) => {
      const id = await q.insertEnquete(trx, {
        gesprekId: gesprek.id,
        kanaal: gesprek.kanaal,
        tokenHash: hashToken(token),
        verstuurdOp: deps.now,
        verlooptOp: new Date(deps.now.getTime() + config.geldigDagen * DAG_MS),
      });
      if (!id) return false;
      const inline = gesprek.kanaal === 'webchat';
      await appendBericht(trx, gesprek.id, {
        richting: 'uitgaand',
        inhoud: uitnodiging(`${deps.publicUrl}/enquete/${token}`),
        bezorgstatus: inline ? 'verzonden' : 'wachtrij',
        metadata: { enquete: true },
      });
      if (inline && gesprek.externe_id)
        await publishEvent(trx, { type: 'enquete', audience: { chatSessionIds: [gesprek.externe_id] }, data: { token } });
      return true;
    });
    if (sent) verstuurd += 1;
  }
  if (verstuurd > 0) deps.kickDelivery();
  return verstuurd;
}

/** Whether a token opens a survey now (for the survey page); refuses like an answer would. */
export async function controleerToken(db: Db, token: string, now: Date): Promise<void> {
  if (!TOKEN_PATROON.test(token) || !(await q.openEnquete(db, hashToken(token), now))) throw EnqueteNietBeschikbaar();
}

/**
 * Stores a citizen's answer, once per token. The comment becomes a klantcontact of kanaal
 * 'feedback' in the same transaction, and gets its topic like every other text the citizen
 * writes; a classifier failure leaves it to the analytics' topics job.
 */
export async function beantwoord(db: Db, token: string, antwoord: q.EnqueteAntwoord, now: Date, log: FastifyBaseLogger): Promise<void> {
  if (!TOKEN_PATROON.test(token)) throw EnqueteNietBeschikbaar();
  const feedback = await inTransaction(db, async (trx) => {
    const row = await q.beantwoordEnquete(trx, hashToken(token), now, antwoord);
    if (!row) throw EnqueteNietBeschikbaar();
    if (!antwoord.opmerking) return undefined;
    const klantcontactId = await registreerFeedback(trx, { inhoud: antwoord.opmerking, op: now });
    await q.setOpmerkingKlantcontact(trx, row.id, klantcontactId);
    return { enqueteId: row.id, klantcontactId };
  });
  if (feedback) {
    await classifyKlantcontacten(db, [feedback.klantcontactId]).catch((error: unknown) =>
      log.error({ err: error, enqueteId: feedback.enqueteId }, 'classifying the survey comment failed; the topics job retries'),
    );
  }
}
