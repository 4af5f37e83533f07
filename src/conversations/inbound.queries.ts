import { sql } from 'kysely';
import type { Db } from '../db/transaction.ts';
import type { InboundMessage } from './inbound.types.ts';

/** Stores the message as it arrived; a second delivery of the same channel id is a no-op. */
export async function insertInbound(db: Db, message: InboundMessage, raw: string | undefined) {
  const inserted = await db
    .insertInto('inkomend_bericht')
    .values({ kanaal: message.kanaal, kanaal_bericht_id: message.kanaalBerichtId, bericht: JSON.stringify(message), ruw: raw ?? null })
    .onConflict((oc) => oc.columns(['kanaal', 'kanaal_bericht_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { id: inserted.id, duplicate: false };
  const existing = await db
    .selectFrom('inkomend_bericht')
    .select('id')
    .where('kanaal', '=', message.kanaal)
    .where('kanaal_bericht_id', '=', message.kanaalBerichtId)
    .executeTakeFirstOrThrow();
  return { id: existing.id, duplicate: true };
}

const NEVER = new Date('9999-12-31T00:00:00Z');

/**
 * Keeps a message its channel could not read (bad MIME) as not processed, with the reason, for a
 * beheerder to look at; it is not retried on its own (next attempt far in the future).
 */
export async function insertUnreadable(db: Db, message: InboundMessage, raw: string, error: string) {
  const inserted = await db
    .insertInto('inkomend_bericht')
    .values({
      kanaal: message.kanaal,
      kanaal_bericht_id: message.kanaalBerichtId,
      bericht: JSON.stringify(message),
      ruw: raw,
      status: 'mislukt',
      laatste_fout: error.slice(0, 2000),
      volgende_poging_op: NEVER,
    })
    .onConflict((oc) => oc.columns(['kanaal', 'kanaal_bericht_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return { id: inserted?.id, duplicate: !inserted };
}

export function pendingMessage(db: Db, id: string) {
  return db.selectFrom('inkomend_bericht').select('bericht').where('id', '=', id).where('status', '<>', 'verwerkt').executeTakeFirst();
}

/** Locks one unprocessed message for this transaction; another node skips it meanwhile. */
export function claimInbound(db: Db, id: string) {
  return db
    .selectFrom('inkomend_bericht')
    .select(['id', 'bericht', 'pogingen'])
    .where('id', '=', id)
    .where('status', '<>', 'verwerkt')
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
}

export function dueInbound(db: Db, limit: number) {
  return db
    .selectFrom('inkomend_bericht')
    .select('id')
    .where('status', '<>', 'verwerkt')
    .where('volgende_poging_op', '<=', new Date())
    .orderBy('ontvangen_op')
    .limit(limit)
    .execute();
}

export function markProcessed(db: Db, id: string, gesprekId: string, berichtId: string) {
  return db
    .updateTable('inkomend_bericht')
    .set({ status: 'verwerkt', verwerkt_op: new Date(), gesprek_id: gesprekId, bericht_id: berichtId, laatste_fout: null })
    .where('id', '=', id)
    .execute();
}

/** Exponential back-off from 2 s up to an hour: a passing fault heals fast, a lasting one does not spin. */
export function markFailed(db: Db, id: string, error: string) {
  return db
    .updateTable('inkomend_bericht')
    .set({
      status: 'mislukt',
      pogingen: sql`pogingen + 1`,
      laatste_fout: error.slice(0, 2000),
      volgende_poging_op: sql`now() + least(interval '1 hour', interval '2 seconds' * power(2, pogingen))`,
    })
    .where('id', '=', id)
    .execute();
}

export function failedInbound(db: Db, limit: number) {
  return db
    .selectFrom('inkomend_bericht')
    .select(['id', 'kanaal', 'kanaal_bericht_id', 'ontvangen_op', 'pogingen', 'laatste_fout', 'volgende_poging_op'])
    .where('status', '=', 'mislukt')
    .orderBy('ontvangen_op')
    .limit(limit)
    .execute();
}

export function retryNow(db: Db, id: string) {
  return db
    .updateTable('inkomend_bericht')
    .set({ volgende_poging_op: new Date() })
    .where('id', '=', id)
    .where('status', '=', 'mislukt')
    .executeTakeFirst();
}

export function findGesprekByReply(db: Db, kanaal: string, berichtIds: string[]) {
  if (berichtIds.length === 0) return Promise.resolve(undefined);
  return db
    .selectFrom('bericht')
    .innerJoin('gesprek', 'gesprek.id', 'bericht.gesprek_id')
    .select(['gesprek.id', 'gesprek.status', 'gesprek.partij_id', 'gesprek.klantcontact_id'])
    .where('bericht.kanaal_bericht_id', 'in', berichtIds)
    .where('gesprek.kanaal', '=', kanaal)
    .orderBy('bericht.verzonden_op', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function findGesprekByExterneId(db: Db, kanaal: string, externeId: string) {
  return db
    .selectFrom('gesprek')
    .select(['id', 'status', 'partij_id', 'klantcontact_id'])
    .where('kanaal', '=', kanaal)
    .where('externe_id', '=', externeId)
    .executeTakeFirst();
}

export function inboundOutcome(db: Db, id: string) {
  return db
    .selectFrom('inkomend_bericht')
    .leftJoin('gesprek', 'gesprek.id', 'inkomend_bericht.gesprek_id')
    .leftJoin('klantcontact', 'klantcontact.id', 'gesprek.klantcontact_id')
    .select([
      'inkomend_bericht.status',
      'inkomend_bericht.gesprek_id',
      'gesprek.klantcontact_id',
      'gesprek.partij_id',
      'klantcontact.nummer as klantcontact_nummer',
    ])
    .where('inkomend_bericht.id', '=', id)
    .executeTakeFirst();
}

/** Messages received on a channel per source, where the channel id reads `<source>:<rest>` (a web form's id). */
export async function countInboundPerBron(db: Db, kanaal: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('inkomend_bericht')
    .select((eb) => [sql<string>`split_part(kanaal_bericht_id, ':', 1)`.as('bron'), eb.fn.countAll<string>().as('n')])
    .where('kanaal', '=', kanaal)
    .groupBy(sql`split_part(kanaal_bericht_id, ':', 1)`)
    .execute();
  return new Map(rows.map((r) => [r.bron, Number(r.n)]));
}
