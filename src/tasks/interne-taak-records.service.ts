import type { Insertable, Updateable } from 'kysely';
import type { InterneTaakTable } from '../db/schema.ts';
import type { Db } from '../db/transaction.ts';
import { meldInterneTaak } from '../notificaties/notificaties-uit.ts';

/**
 * Record-level writes of interne taken, for adapters such as the Klantinteracties API: the
 * adapter checks the request (the status change through `taakStatus`), runs these in its
 * transaction and writes one processing-log entry for the request; so these log nothing.
 * Loket's own screens use tasks.service.ts and taak-acties.service.ts.
 */

export async function insertInterneTaakRecord(db: Db, values: Insertable<InterneTaakTable>): Promise<string> {
  const { id } = await db.insertInto('interne_taak').values(values).returning('id').executeTakeFirstOrThrow();
  await meldInterneTaak(db, id, 'create');
  return id;
}

export async function updateInterneTaakRecord(db: Db, id: string, values: Updateable<InterneTaakTable>): Promise<void> {
  if (Object.keys(values).length === 0) return;
  await db.updateTable('interne_taak').set(values).where('id', '=', id).execute();
  await meldInterneTaak(db, id, 'update');
}

/** The taak is assigned to exactly these actoren (duplicates count once). */
export async function setTaakActoren(db: Db, taakId: string, actorIds: string[]): Promise<void> {
  await db.deleteFrom('interne_taak_actor').where('interne_taak_id', '=', taakId).execute();
  const unique = [...new Set(actorIds)];
  if (unique.length > 0)
    await db
      .insertInto('interne_taak_actor')
      .values(unique.map((actor_id) => ({ interne_taak_id: taakId, actor_id })))
      .execute();
}

export async function deleteInterneTaakRecord(db: Db, id: string): Promise<void> {
  await meldInterneTaak(db, id, 'destroy');
  await db.deleteFrom('interne_taak').where('id', '=', id).execute();
}

/** Before a klantcontact is deleted: the taken it led to exist only through it, so they go too. */
export async function deleteTakenOfKlantcontact(db: Db, klantcontactId: string): Promise<void> {
  await db.deleteFrom('interne_taak').where('klantcontact_id', '=', klantcontactId).execute();
}

/** Before an actor is deleted: taken assigned to it are no longer assigned to it. */
export async function unassignActorFromTaken(db: Db, actorId: string): Promise<void> {
  await db.deleteFrom('interne_taak_actor').where('actor_id', '=', actorId).execute();
}
