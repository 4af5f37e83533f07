import type { Db } from '../db/transaction.ts';

/**
 * When a partij, klantcontact or actor is deleted elsewhere (the Klantinteracties API), the
 * gesprekken and berichten that pointed at it stay as history, without the pointer. The callers
 * run these in the transaction that deletes the row and log that deletion themselves.
 */

export async function ontkoppelPartijVanGesprekken(db: Db, partijId: string): Promise<void> {
  await db.updateTable('gesprek').set({ partij_id: null }).where('partij_id', '=', partijId).execute();
}

export async function ontkoppelKlantcontactVanGesprekken(db: Db, klantcontactId: string): Promise<void> {
  await db.updateTable('gesprek').set({ klantcontact_id: null }).where('klantcontact_id', '=', klantcontactId).execute();
}

export async function ontkoppelAfzenderVanBerichten(db: Db, actorId: string): Promise<void> {
  await db.updateTable('bericht').set({ afzender_actor_id: null }).where('afzender_actor_id', '=', actorId).execute();
}
