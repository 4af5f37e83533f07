import type { Db } from '../../db/transaction.ts';

export interface FormulierValues {
  titel: string;
  omschrijving: string | null;
  bevestiging: string | null;
  definitie: Record<string, unknown>;
  actief: boolean;
}

export function findFormulier(db: Db, id: string) {
  return db.selectFrom('formulier').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listFormulieren(db: Db) {
  return db.selectFrom('formulier').selectAll().orderBy('titel').execute();
}

export async function insertFormulier(db: Db, id: string, values: FormulierValues): Promise<boolean> {
  const row = await db
    .insertInto('formulier')
    .values({ id, ...values, definitie: JSON.stringify(values.definitie) })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function updateFormulier(db: Db, id: string, values: FormulierValues): Promise<boolean> {
  const result = await db
    .updateTable('formulier')
    .set({ ...values, definitie: JSON.stringify(values.definitie), gewijzigd_op: new Date() })
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deleteFormulier(db: Db, id: string): Promise<boolean> {
  const result = await db.deleteFrom('formulier').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
