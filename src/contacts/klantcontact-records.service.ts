import type { Insertable, Updateable } from 'kysely';
import type { BetrokkeneTable, BijlageTable, KlantcontactTable, OnderwerpobjectTable } from '../db/schema.ts';
import type { Db } from '../db/transaction.ts';
import { meldKlantcontact } from '../notificaties/notificaties-uit.ts';

/**
 * Record-level writes of klantcontacten and what hangs off them (betrokkenen, onderwerpobjecten,
 * bijlagen, the actoren who handled them), for adapters such as the Klantinteracties API. The
 * adapter checks the request, runs these in its transaction and writes one processing-log entry
 * for everything the request touched; so these log nothing themselves. Loket's own screens use
 * contacts.service.ts.
 */

export async function insertKlantcontactRecord(db: Db, values: Insertable<KlantcontactTable>): Promise<string> {
  const { id } = await db.insertInto('klantcontact').values(values).returning('id').executeTakeFirstOrThrow();
  await meldKlantcontact(db, id);
  return id;
}

export async function updateKlantcontactRecord(db: Db, id: string, values: Updateable<KlantcontactTable>): Promise<void> {
  if (Object.keys(values).length > 0) await db.updateTable('klantcontact').set(values).where('id', '=', id).execute();
}

/**
 * Deletes a klantcontact. The caller first removes what only exists through it in other domains
 * (interne taken) and lets go of what keeps it as history (gesprekken); onderwerpobjecten that
 * say they came from it stop pointing at it.
 */
export async function deleteKlantcontactRecord(db: Db, id: string): Promise<void> {
  await db.updateTable('onderwerpobject').set({ was_klantcontact_id: null }).where('was_klantcontact_id', '=', id).execute();
  await db.deleteFrom('klantcontact').where('id', '=', id).execute();
}

export async function insertBetrokkeneRecord(db: Db, values: Insertable<BetrokkeneTable>): Promise<string> {
  return (await db.insertInto('betrokkene').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateBetrokkeneRecord(db: Db, id: string, values: Updateable<BetrokkeneTable>): Promise<void> {
  if (Object.keys(values).length > 0) await db.updateTable('betrokkene').set(values).where('id', '=', id).execute();
}

export async function deleteBetrokkeneRecord(db: Db, id: string): Promise<void> {
  await db.deleteFrom('betrokkene').where('id', '=', id).execute();
}

/** Before a partij is deleted: its klantcontacten and verzoeken stay as history, without it. */
export async function unlinkPartijFromContacts(db: Db, partijId: string): Promise<void> {
  await db.updateTable('betrokkene').set({ partij_id: null }).where('partij_id', '=', partijId).execute();
  await db.updateTable('verzoek').set({ partij_id: null }).where('partij_id', '=', partijId).execute();
}

export async function insertOnderwerpobjectRecord(db: Db, values: Insertable<OnderwerpobjectTable>): Promise<string> {
  return (await db.insertInto('onderwerpobject').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateOnderwerpobjectRecord(db: Db, id: string, values: Updateable<OnderwerpobjectTable>): Promise<void> {
  if (Object.keys(values).length > 0) await db.updateTable('onderwerpobject').set(values).where('id', '=', id).execute();
}

export async function deleteOnderwerpobjectRecord(db: Db, id: string): Promise<void> {
  await db.deleteFrom('onderwerpobject').where('id', '=', id).execute();
}

export async function insertBijlageRecord(db: Db, values: Insertable<BijlageTable>): Promise<string> {
  return (await db.insertInto('bijlage').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateBijlageRecord(db: Db, id: string, values: Updateable<BijlageTable>): Promise<void> {
  if (Object.keys(values).length > 0) await db.updateTable('bijlage').set(values).where('id', '=', id).execute();
}

export async function deleteBijlageRecord(db: Db, id: string): Promise<void> {
  await db.deleteFrom('bijlage').where('id', '=', id).execute();
}

/** Links an actor to a klantcontact as one who handled it. */
export async function insertActorKlantcontactRecord(db: Db, values: { actor_id: string; klantcontact_id: string }): Promise<string> {
  return (await db.insertInto('actor_klantcontact').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateActorKlantcontactRecord(
  db: Db,
  id: string,
  values: { actor_id?: string; klantcontact_id?: string },
): Promise<void> {
  if (Object.keys(values).length > 0) await db.updateTable('actor_klantcontact').set(values).where('id', '=', id).execute();
}

export async function deleteActorKlantcontactRecord(db: Db, id: string): Promise<void> {
  await db.deleteFrom('actor_klantcontact').where('id', '=', id).execute();
}

/** Before an actor is deleted: the klantcontacten it handled no longer name it. */
export async function unlinkActorFromKlantcontacten(db: Db, actorId: string): Promise<void> {
  await db.deleteFrom('actor_klantcontact').where('actor_id', '=', actorId).execute();
}
