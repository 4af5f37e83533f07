import type { BronSoort } from '../../db/schema.ts';
import type { Db } from '../../db/transaction.ts';

export interface BronValues {
  soort: BronSoort;
  naam: string;
  instellingen: Record<string, unknown>;
  geheimen: string | null;
  actief: boolean;
}

export function findBronRow(db: Db, id: string) {
  return db.selectFrom('backoffice_bron').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listBronRows(db: Db, soort?: BronSoort) {
  let query = db.selectFrom('backoffice_bron').selectAll();
  if (soort) query = query.where('soort', '=', soort);
  return query.orderBy('aangemaakt_op').orderBy('naam').execute();
}

export function insertBron(db: Db, values: BronValues) {
  return db
    .insertInto('backoffice_bron')
    .values({ ...values, instellingen: JSON.stringify(values.instellingen) })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function updateBron(db: Db, id: string, values: BronValues) {
  return db
    .updateTable('backoffice_bron')
    .set({ ...values, instellingen: JSON.stringify(values.instellingen), gewijzigd_op: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export async function deleteBron(db: Db, id: string): Promise<boolean> {
  const result = await db.deleteFrom('backoffice_bron').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
