import { sql } from 'kysely';
import type { KanaalSoort } from '../../db/schema.ts';
import type { Db } from '../../db/transaction.ts';

export interface KoppelingValues {
  naam: string;
  instellingen: Record<string, string>;
  geheimen: string | null;
  actief: boolean;
}

export function findKoppeling(db: Db, id: string) {
  return db.selectFrom('kanaal_koppeling').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listKoppelingen(db: Db) {
  return db.selectFrom('kanaal_koppeling').selectAll().orderBy('soort').orderBy('naam').execute();
}

/** Active connections of some kinds, oldest first: the fallback for a gesprek that names none. */
export function activeKoppelingen(db: Db, soorten: KanaalSoort[]) {
  return db
    .selectFrom('kanaal_koppeling')
    .selectAll()
    .where('soort', 'in', soorten)
    .where('actief', '=', true)
    .orderBy('aangemaakt_op')
    .execute();
}

export function insertKoppeling(db: Db, soort: KanaalSoort, values: KoppelingValues) {
  return db
    .insertInto('kanaal_koppeling')
    .values({ soort, ...values, instellingen: JSON.stringify(values.instellingen) })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function updateKoppeling(db: Db, id: string, values: KoppelingValues) {
  return db
    .updateTable('kanaal_koppeling')
    .set({ ...values, instellingen: JSON.stringify(values.instellingen), gewijzigd_op: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export async function deleteKoppeling(db: Db, id: string): Promise<boolean> {
  const result = await db.deleteFrom('kanaal_koppeling').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export function countRejected(db: Db, id: string) {
  return db
    .updateTable('kanaal_koppeling')
    .set({ geweigerd_aantal: sql`geweigerd_aantal + 1`, laatst_geweigerd_op: new Date() })
    .where('id', '=', id)
    .execute();
}
