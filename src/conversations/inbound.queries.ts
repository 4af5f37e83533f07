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

/**
 * Stores several messages in one statement (group commit). Returns, in order, each message's row
 * and whether it was there already: a redelivery, or the same channel id twice in the batch.
 */
export async function insertInboundBatch(db: Db, batch: { message: InboundMessage; raw: string | undefined }[]) {
  const key = (kanaal: string, id: string) => `${kanaal}\u0000${id}`;
  const inserted = await db
    .insertInto('inkomend_bericht')
    .values(
      batch.map(({ message, raw }) => ({
        kanaal: message.kanaal,
        kanaal_bericht_id: message.kanaalBerichtId,
        bericht: JSON.stringify(message),
        ruw: raw ?? null,
      })),
    )
    .onConflict((oc) => oc.columns(['kanaal', 'kanaal_bericht_id']).doNothing())
    .returning(['id', 'kanaal', 'kanaal_bericht_id'])
    .execute();
  const fresh = new Map(inserted.map((row) => [key(row.kanaal, row.kanaal_bericht_id), row.id]));
  const missing = batch.filter(({ message }) => !fresh.has(key(message.kanaal, message.kanaalBerichtId)));
  const existing = new Map<string, string>();
  if (missing.length > 0) {
    const rows = await db
      .selectFrom('inkomend_bericht')
      .select(['id', 'kanaal', 'kanaal_bericht_id'])
      .where((eb) =>
        eb.or(
          missing.map(({ message }) => eb.and([eb('kanaal', '=', message.kanaal), eb('kanaal_bericht_id', '=', message.kanaalBerichtId)])),
        ),
      )
      .execute();
    for (const row of rows) existing.set(key(row.kanaal, row.kanaal_bericht_id), row.id);
  }
  return batch.map(({ message }) => {
    const k = key(message.kanaal, message.kanaalBerichtId);
    const id = fresh.get(k);
    if (id === undefined) return { id: existing.get(k)!, duplicate: true };
    fresh.delete(k); // a second copy in this batch is a duplicate of the first
    existing.set(k, id);
    return { id, duplicate: false };
  });
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

export function pendingMessages(db: Db, ids: string[]) {
  return db.selectFrom('inkomend_bericht').select(['id', 'bericht']).where('id', 'in', ids).where('status', '<>', 'verwerkt').execute();
}

/** Locks the unprocessed ones of these messages for this transaction; another node skips them meanwhile. */
export async function claimInbound(db: Db, ids: string[]): Promise<Set<string>> {
  const rows = await db
    .selectFrom('inkomend_bericht')
    .select('id')
    .where('id', 'in', ids)
    .where('status', '<>', 'verwerkt')
    .forUpdate()
    .skipLocked()
    .execute();
  return new Set(rows.map((row) => row.id));
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

/** Marks messages processed, with the gesprek and bericht each became, in one statement. */
export async function markProcessed(db: Db, done: { inboundId: string; gesprekId: string; berichtId: string }[]) {
  if (done.length === 0) return;
  await sql`
    update inkomend_bericht i
       set status = 'verwerkt', verwerkt_op = ${new Date()}, gesprek_id = d.gesprek_id, bericht_id = d.bericht_id, laatste_fout = null
      from unnest(${done.map((d) => d.inboundId)}::uuid[], ${done.map((d) => d.gesprekId)}::uuid[], ${done.map((d) => d.berichtId)}::uuid[])
           as d(id, gesprek_id, bericht_id)
     where i.id = d.id`.execute(db);
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
