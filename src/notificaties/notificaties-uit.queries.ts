import { sql } from 'kysely';
import type { Db } from '../db/transaction.ts';
import { inTransaction } from '../db/transaction.ts';

const due = (nu: Date) => sql<boolean>`(volgende_poging_op is null or volgende_poging_op <= ${nu})`;

/** Waiting notificaties that are due and have no earlier one about the same object still waiting. */
export function dueNotificaties(db: Db, nu: Date, limit: number) {
  return db
    .selectFrom('notificatie_uit as n')
    .select('n.volgnummer')
    .where('n.status', '=', 'wachtend')
    .where(due(nu))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('notificatie_uit as e')
            .select('e.volgnummer')
            .whereRef('e.object_id', '=', 'n.object_id')
            .whereRef('e.volgnummer', '<', 'n.volgnummer')
            .where('e.status', '=', 'wachtend'),
        ),
      ),
    )
    .orderBy('n.volgnummer')
    .limit(limit)
    .execute();
}

/**
 * Claims one notificatie for one attempt: locked while claimed (another node skips it), then
 * leased until `leaseTot`. Not while an earlier one about the same object waits: a subscriber
 * hears of a task's creation before its closing.
 */
export function claimNotificatie(db: Db, volgnummer: number, nu: Date, leaseTot: Date) {
  return inTransaction(db, async (trx) => {
    const row = await trx
      .selectFrom('notificatie_uit')
      .selectAll()
      .where('volgnummer', '=', volgnummer)
      .where('status', '=', 'wachtend')
      .where(due(nu))
      .forUpdate()
      .skipLocked()
      .executeTakeFirst();
    if (!row) return undefined;
    const earlier = await trx
      .selectFrom('notificatie_uit')
      .select('volgnummer')
      .where('object_id', '=', row.object_id)
      .where('volgnummer', '<', volgnummer)
      .where('status', '=', 'wachtend')
      .executeTakeFirst();
    if (earlier) return undefined;
    await trx
      .updateTable('notificatie_uit')
      .set({ pogingen: row.pogingen + 1, volgende_poging_op: leaseTot })
      .where('volgnummer', '=', volgnummer)
      .execute();
    return { ...row, poging: row.pogingen + 1 };
  });
}

/** Ends an attempt; only the attempt holding the claim (its number) may, so a late node changes nothing. */
export function markNotificatie(
  db: Db,
  volgnummer: number,
  poging: number,
  uitkomst: { status: 'wachtend' | 'afgeleverd' | 'mislukt'; fout: string | null; volgende: Date | null; nu: Date },
) {
  return db
    .updateTable('notificatie_uit')
    .set({
      status: uitkomst.status,
      laatste_fout: uitkomst.fout,
      volgende_poging_op: uitkomst.volgende,
      afgeleverd_op: uitkomst.status === 'afgeleverd' ? uitkomst.nu : null,
    })
    .where('volgnummer', '=', volgnummer)
    .where('pogingen', '=', poging)
    .where('status', '=', 'wachtend')
    .execute();
}

/** Drops delivered and parked notificaties older than `voor`, and (with no component configured) waiting ones too. */
export function purgeNotificaties(db: Db, voor: Date, ookWachtend: boolean) {
  let query = db.deleteFrom('notificatie_uit').where('aanmaakdatum', '<', voor);
  if (!ookWachtend) query = query.where('status', '<>', 'wachtend');
  return query.execute();
}
