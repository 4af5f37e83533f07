import type { Insertable, Updateable } from 'kysely';
import type { NewPartij, PartijIdentificatorTable, PartijUpdate } from '../db/schema.ts';
import type { Db } from '../db/transaction.ts';

/**
 * Record-level writes of a partij and its identificatoren, for adapters that map a standard's
 * wire format onto them (the Klantinteracties API). The adapter checks the request, runs these
 * in its transaction and writes one processing-log entry for everything the request touched;
 * so these log nothing themselves. Loket's own screens use parties.service.ts.
 */

export async function insertPartijRecord(db: Db, values: NewPartij): Promise<string> {
  return (await db.insertInto('partij').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/** Changes the partij's own columns and marks it changed at `now` (the app clock); nothing to change, nothing written. */
export async function updatePartijRecord(db: Db, id: string, values: PartijUpdate, now: Date): Promise<void> {
  if (Object.keys(values).length === 0) return;
  await db
    .updateTable('partij')
    .set({ ...values, gewijzigd_op: now })
    .where('id', '=', id)
    .execute();
}

/** Which of its own digital addresses and bank accounts the partij prefers. */
export async function setPartijVoorkeuren(
  db: Db,
  id: string,
  voorkeuren: Pick<PartijUpdate, 'voorkeurs_digitaal_adres_id' | 'voorkeurs_rekeningnummer_id'>,
): Promise<void> {
  if (Object.keys(voorkeuren).length === 0) return;
  await db.updateTable('partij').set(voorkeuren).where('id', '=', id).execute();
}

/** Makes exactly these digital addresses (or bank accounts) the partij's own; others it had are let go. */
export async function setOwnedByPartij(db: Db, table: 'digitaal_adres' | 'rekeningnummer', partijId: string, ids: string[]): Promise<void> {
  let unlink = db.updateTable(table).set({ partij_id: null }).where('partij_id', '=', partijId);
  if (ids.length > 0) unlink = unlink.where('id', 'not in', ids);
  await unlink.execute();
  if (ids.length > 0) await db.updateTable(table).set({ partij_id: partijId }).where('id', 'in', ids).execute();
}

/** Deletes the partij's identificatoren except those kept. */
export async function deleteIdentificatorenExcept(db: Db, partijId: string, keep: string[]): Promise<void> {
  let gone = db.deleteFrom('partij_identificator').where('partij_id', '=', partijId);
  if (keep.length > 0) gone = gone.where('id', 'not in', keep);
  await gone.execute();
}

export async function insertIdentificatorRecord(db: Db, values: Insertable<PartijIdentificatorTable>): Promise<string> {
  return (await db.insertInto('partij_identificator').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateIdentificatorRecord(db: Db, id: string, values: Updateable<PartijIdentificatorTable>): Promise<void> {
  if (Object.keys(values).length > 0) await db.updateTable('partij_identificator').set(values).where('id', '=', id).execute();
}

/** Deletes an identificator; its sub-identificatoren stay, on their own. */
export async function deleteIdentificatorRecord(db: Db, id: string): Promise<void> {
  await db.updateTable('partij_identificator').set({ sub_identificator_van_id: null }).where('sub_identificator_van_id', '=', id).execute();
  await db.deleteFrom('partij_identificator').where('id', '=', id).execute();
}

/**
 * Deletes a partij. The caller first lets go of what other domains keep of it (klantcontacten,
 * gesprekken); here the partij's own links to other partijen and identificatoren are cut.
 */
export async function deletePartijRecord(db: Db, id: string): Promise<void> {
  await db.updateTable('partij').set({ werkte_voor_partij_id: null }).where('werkte_voor_partij_id', '=', id).execute();
  await db.updateTable('partij').set({ samengevoegd_met_id: null }).where('samengevoegd_met_id', '=', id).execute();
  await db
    .updateTable('partij_identificator')
    .set({ sub_identificator_van_id: null })
    .where('sub_identificator_van_id', 'in', (eb) => eb.selectFrom('partij_identificator').select('id').where('partij_id', '=', id))
    .execute();
  await db.deleteFrom('partij').where('id', '=', id).execute();
}
