import type { GebeurtenisBron } from '../db/schema.ts';
import type { Db } from '../db/transaction.ts';
import type { RegelBody } from './gebeurtenissen.schemas.ts';

const values = (body: RegelBody) => ({
  naam: body.naam,
  actief: body.actief ?? true,
  match: JSON.stringify(body.match),
  acties: JSON.stringify(body.acties),
});

export function insertRegel(db: Db, body: RegelBody) {
  return db.insertInto('gebeurtenis_regel').values(values(body)).returningAll().executeTakeFirstOrThrow();
}

export function updateRegel(db: Db, id: string, body: RegelBody, nu: Date) {
  return db
    .updateTable('gebeurtenis_regel')
    .set({ ...values(body), gewijzigd_op: nu })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export function deleteRegel(db: Db, id: string) {
  return db.deleteFrom('gebeurtenis_regel').where('id', '=', id).executeTakeFirst();
}

export function findRegel(db: Db, id: string) {
  return db.selectFrom('gebeurtenis_regel').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listRegels(db: Db) {
  return db.selectFrom('gebeurtenis_regel').selectAll().orderBy('naam').orderBy('id').execute();
}

/** Active rules for one kind of event; the match's bron is inside the JSON, so filter here. */
export async function actieveRegels(db: Db, bron: GebeurtenisBron) {
  const rows = await db
    .selectFrom('gebeurtenis_regel')
    .selectAll()
    .where('actief', '=', true)
    .orderBy('aangemaakt_op')
    .orderBy('id')
    .execute();
  return rows.filter((r) => (r.match as { bron?: string }).bron === bron);
}
