import type { Insertable, Updateable } from 'kysely';
import type { CategorieRelatieTable, DigitaalAdresTable, RekeningnummerTable, VertegenwoordigingTable } from '../db/schema.ts';
import type { Db } from '../db/transaction.ts';

/**
 * Record-level writes of what hangs off a partij — digitale adressen, rekeningnummers,
 * vertegenwoordigingen, categorieën — for adapters such as the Klantinteracties API, which
 * checks the request and logs the processing for the whole request (see partij-records.service.ts).
 */

export async function insertDigitaalAdresRecord(db: Db, values: Insertable<DigitaalAdresTable>): Promise<string> {
  return (await db.insertInto('digitaal_adres').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateDigitaalAdresRecord(db: Db, id: string, values: Updateable<DigitaalAdresTable>): Promise<void> {
  if (Object.keys(values).length > 0) await db.updateTable('digitaal_adres').set(values).where('id', '=', id).execute();
}

/** Deletes a digital address; a partij that preferred it no longer prefers one. */
export async function deleteDigitaalAdresRecord(db: Db, id: string): Promise<void> {
  await db.updateTable('partij').set({ voorkeurs_digitaal_adres_id: null }).where('voorkeurs_digitaal_adres_id', '=', id).execute();
  await db.deleteFrom('digitaal_adres').where('id', '=', id).execute();
}

export async function insertRekeningnummerRecord(db: Db, values: Insertable<RekeningnummerTable>): Promise<string> {
  return (await db.insertInto('rekeningnummer').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateRekeningnummerRecord(db: Db, id: string, values: Updateable<RekeningnummerTable>): Promise<void> {
  if (Object.keys(values).length > 0) await db.updateTable('rekeningnummer').set(values).where('id', '=', id).execute();
}

/** Deletes a bank account; a partij that preferred it no longer prefers one. */
export async function deleteRekeningnummerRecord(db: Db, id: string): Promise<void> {
  await db.updateTable('partij').set({ voorkeurs_rekeningnummer_id: null }).where('voorkeurs_rekeningnummer_id', '=', id).execute();
  await db.deleteFrom('rekeningnummer').where('id', '=', id).execute();
}

export async function insertVertegenwoordigingRecord(db: Db, values: Insertable<VertegenwoordigingTable>): Promise<string> {
  return (await db.insertInto('vertegenwoordiging').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateVertegenwoordigingRecord(db: Db, id: string, values: Updateable<VertegenwoordigingTable>): Promise<void> {
  if (Object.keys(values).length > 0) await db.updateTable('vertegenwoordiging').set(values).where('id', '=', id).execute();
}

export async function deleteVertegenwoordigingRecord(db: Db, id: string): Promise<void> {
  await db.deleteFrom('vertegenwoordiging').where('id', '=', id).execute();
}

export async function insertCategorieRecord(db: Db, naam: string): Promise<string> {
  return (await db.insertInto('categorie').values({ naam }).returning('id').executeTakeFirstOrThrow()).id;
}

export async function renameCategorieRecord(db: Db, id: string, naam: string): Promise<void> {
  await db.updateTable('categorie').set({ naam }).where('id', '=', id).execute();
}

export async function deleteCategorieRecord(db: Db, id: string): Promise<void> {
  await db.deleteFrom('categorie').where('id', '=', id).execute();
}

export async function insertCategorieRelatieRecord(db: Db, values: Insertable<CategorieRelatieTable>): Promise<string> {
  return (await db.insertInto('categorie_relatie').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateCategorieRelatieRecord(db: Db, id: string, values: Updateable<CategorieRelatieTable>): Promise<void> {
  if (Object.keys(values).length > 0) await db.updateTable('categorie_relatie').set(values).where('id', '=', id).execute();
}

export async function deleteCategorieRelatieRecord(db: Db, id: string): Promise<void> {
  await db.deleteFrom('categorie_relatie').where('id', '=', id).execute();
}
