import { sql } from 'kysely';
import type { Db } from '../db/transaction.ts';

/**
 * Closed gesprekken on the given channels that get a survey and have none yet: closed since
 * `sinds` (switching the survey on does not survey last year's contacts), with at least one
 * message from the citizen (a proactive message that nobody answered is no contact to rate).
 */
export function gesprekkenZonderEnquete(db: Db, kanalen: readonly string[], sinds: Date, limit: number) {
  return db
    .selectFrom('gesprek as g')
    .select(['g.id', 'g.kanaal', 'g.externe_id'])
    .where('g.status', '=', 'afgehandeld')
    .where('g.kanaal', 'in', kanalen)
    .where('g.afgesloten_op', '>=', sinds)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('enquete as e')
            .select(sql`1`.as('x'))
            .whereRef('e.gesprek_id', '=', 'g.id'),
        ),
      ),
    )
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('bericht as b')
          .select(sql`1`.as('x'))
          .whereRef('b.gesprek_id', '=', 'g.id')
          .where('b.richting', '=', 'inkomend'),
      ),
    )
    .orderBy('g.afgesloten_op')
    .limit(limit)
    .execute();
}

/** Records a survey for a gesprek; undefined when another node was first (one per gesprek). */
export async function insertEnquete(
  db: Db,
  row: { gesprekId: string; kanaal: string; tokenHash: string; verstuurdOp: Date; verlooptOp: Date },
) {
  const inserted = await db
    .insertInto('enquete')
    .values({
      gesprek_id: row.gesprekId,
      kanaal: row.kanaal,
      token_hash: row.tokenHash,
      verstuurd_op: row.verstuurdOp,
      verloopt_op: row.verlooptOp,
    })
    .onConflict((oc) => oc.column('gesprek_id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id;
}

/** The open survey behind a token: not answered and not expired at `nu`. */
export function openEnquete(db: Db, tokenHash: string, nu: Date) {
  return db
    .selectFrom('enquete')
    .select(['id', 'kanaal', 'verloopt_op'])
    .where('token_hash', '=', tokenHash)
    .where('beantwoord_op', 'is', null)
    .where('verloopt_op', '>', nu)
    .executeTakeFirst();
}

export interface EnqueteAntwoord {
  tevredenheid: number;
  vraagBeantwoord: boolean;
  opmerking: string | null;
}

/** Stores the answer in one statement, so a token answers exactly once even when two posts race. */
export async function beantwoordEnquete(db: Db, tokenHash: string, nu: Date, antwoord: EnqueteAntwoord) {
  return db
    .updateTable('enquete')
    .set({
      beantwoord_op: nu,
      tevredenheid: antwoord.tevredenheid,
      vraag_beantwoord: antwoord.vraagBeantwoord,
      opmerking: antwoord.opmerking,
    })
    .where('token_hash', '=', tokenHash)
    .where('beantwoord_op', 'is', null)
    .where('verloopt_op', '>', nu)
    .returning(['id', 'gesprek_id'])
    .executeTakeFirst();
}

/** Links the answer to the klantcontact its comment became. */
export function setOpmerkingKlantcontact(db: Db, id: string, klantcontactId: string) {
  return db.updateTable('enquete').set({ opmerking_klantcontact_id: klantcontactId }).where('id', '=', id).execute();
}
