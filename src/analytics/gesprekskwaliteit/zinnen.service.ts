import { sql } from 'kysely';
import type { Db } from '../../db/transaction.ts';
import { ZinExists, ZinNotFound } from './analyse.errors.ts';

/** The phrase list live analysis alerts on; a change applies to the next segments analysed. */
export function listZinnen(db: Db) {
  return db.selectFrom('analyse_zin').select(['id', 'zin']).orderBy('zin').execute();
}

export async function addZin(db: Db, zin: string) {
  const row = await db
    .insertInto('analyse_zin')
    .values({ zin: zin.trim().replace(/\s+/g, ' ') })
    .onConflict((oc) => oc.expression(sql`lower(zin)`).doNothing())
    .returning(['id', 'zin'])
    .executeTakeFirst();
  if (!row) throw ZinExists();
  return row;
}

export async function removeZin(db: Db, id: string) {
  const result = await db.deleteFrom('analyse_zin').where('id', '=', id).executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) throw ZinNotFound();
}
