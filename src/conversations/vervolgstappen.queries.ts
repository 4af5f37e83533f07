import { sql } from 'kysely';
import type { VervolgstapNaam } from '../db/schema.ts';
import type { Db } from '../db/transaction.ts';

/** Records a message's follow-ups; a message processed again (after a failed attempt) records nothing new. */
export async function insertStappen(
  db: Db,
  ref: { inkomendBerichtId: string; gesprekId: string; berichtId: string },
  stappen: readonly VervolgstapNaam[],
  nu: Date,
) {
  if (stappen.length === 0) return;
  await db
    .insertInto('vervolgstap')
    .values(
      stappen.map((stap) => ({
        inkomend_bericht_id: ref.inkomendBerichtId,
        gesprek_id: ref.gesprekId,
        bericht_id: ref.berichtId,
        stap,
        volgende_poging_op: nu,
        aangemaakt_op: nu,
      })),
    )
    .onConflict((oc) => oc.columns(['bericht_id', 'stap']).doNothing())
    .execute();
}

export function stappenVanBericht(db: Db, berichtId: string) {
  return db.selectFrom('vervolgstap').select(['id', 'stap']).where('bericht_id', '=', berichtId).where('status', '=', 'wachtend').execute();
}

export function dueStappen(db: Db, nu: Date, limit: number) {
  return db
    .selectFrom('vervolgstap')
    .select('id')
    .where('status', '=', 'wachtend')
    .where('volgende_poging_op', '<=', nu)
    .orderBy('volgende_poging_op')
    .orderBy('aangemaakt_op')
    .limit(limit)
    .execute();
}

/**
 * Claims a due step for one attempt: locked while claimed (another node skips it), then leased
 * until `leaseTot` so no node starts it again while this attempt runs. One statement, so one
 * round trip. Returns the row as it was, so the attempt knows when a previous, unfinished
 * attempt started.
 */
export async function claimStap(db: Db, id: string, nu: Date, leaseTot: Date) {
  // The database's time, like the bot's messages: a retry compares the two, whatever the app's clock says.
  const { rows } = await sql<{
    id: string;
    stap: VervolgstapNaam;
    pogingen: number;
    geclaimd_op: Date | null;
    inkomend_bericht_id: string;
    gesprek_id: string;
    bericht_id: string;
    bericht: unknown;
    partij_id: string | null;
    klantcontact_id: string | null;
  }>`
    update vervolgstap
       set pogingen = c.pogingen + 1, geclaimd_op = now(), volgende_poging_op = ${leaseTot}
      from (select v.id, v.pogingen, v.geclaimd_op, i.bericht, g.partij_id, g.klantcontact_id
              from vervolgstap v
              join inkomend_bericht i on i.id = v.inkomend_bericht_id
              join gesprek g on g.id = v.gesprek_id
             where v.id = ${id} and v.status = 'wachtend' and v.volgende_poging_op <= ${nu}
               for update of v skip locked) c
     where vervolgstap.id = c.id
    returning vervolgstap.id, vervolgstap.stap, c.pogingen, c.geclaimd_op, vervolgstap.inkomend_bericht_id,
              vervolgstap.gesprek_id, vervolgstap.bericht_id, c.bericht, c.partij_id, c.klantcontact_id`.execute(db);
  const row = rows[0];
  return row ? { ...row, poging: row.pogingen + 1 } : undefined;
}

/** Ends an attempt; only the attempt that holds the claim (its number) may, so a late node changes nothing. */
export function markStap(
  db: Db,
  id: string,
  poging: number,
  uitkomst: { status: 'klaar' | 'wachtend' | 'mislukt'; fout: string | null; volgende: Date; nu: Date },
) {
  return db
    .updateTable('vervolgstap')
    .set({
      status: uitkomst.status,
      laatste_fout: uitkomst.fout,
      volgende_poging_op: uitkomst.volgende,
      afgerond_op: uitkomst.status === 'klaar' ? uitkomst.nu : null,
    })
    .where('id', '=', id)
    .where('pogingen', '=', poging)
    .where('status', '=', 'wachtend')
    .executeTakeFirst();
}

/** Steps that failed: parked ones and ones still retrying, with their error. */
export function failedStappen(db: Db, limit: number) {
  return db
    .selectFrom('vervolgstap')
    .select(['id', 'stap', 'status', 'gesprek_id', 'bericht_id', 'pogingen', 'laatste_fout', 'volgende_poging_op', 'aangemaakt_op'])
    .where('laatste_fout', 'is not', null)
    .where('status', '<>', 'klaar')
    .orderBy('aangemaakt_op')
    .limit(limit)
    .execute();
}

/** Gives a parked step one more attempt now (one still retrying keeps its own schedule and lease). */
export function retryStapNow(db: Db, id: string, nu: Date) {
  return db
    .updateTable('vervolgstap')
    .set({ status: 'wachtend', volgende_poging_op: nu })
    .where('id', '=', id)
    .where('status', '=', 'mislukt')
    .executeTakeFirst();
}

/** Done steps are only history; kept a while for looking into a complaint, then dropped. */
export function purgeKlaar(db: Db, voor: Date) {
  return db.deleteFrom('vervolgstap').where('status', '=', 'klaar').where('afgerond_op', '<', voor).executeTakeFirst();
}
