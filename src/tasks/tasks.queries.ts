import type { Db } from '../db/transaction.ts';
import type { WerkvoorraadQuery } from './tasks.schemas.ts';

export function insertInterneTaak(
  db: Db,
  values: {
    klantcontact_id: string;
    gevraagde_handeling: string;
    toelichting: string | null;
    uiterlijk_op: string | null;
    toegewezen_op?: string;
    ingediend_door?: string;
  },
) {
  return db.insertInto('interne_taak').values(values).returning('id').executeTakeFirstOrThrow();
}

export async function assignActors(db: Db, taakId: string, actorIds: string[]) {
  await db
    .insertInto('interne_taak_actor')
    .values(actorIds.map((actor_id) => ({ interne_taak_id: taakId, actor_id })))
    .execute();
}

export async function countActors(db: Db, actorIds: string[]) {
  const row = await db
    .selectFrom('actor')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('id', 'in', actorIds)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function findInterneTaak(db: Db, id: string) {
  return db.selectFrom('interne_taak').selectAll().where('id', '=', id).executeTakeFirst();
}

export function actorenOfTaken(db: Db, taakIds: string[]) {
  if (taakIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('interne_taak_actor')
    .innerJoin('actor', 'actor.id', 'interne_taak_actor.actor_id')
    .select(['interne_taak_actor.interne_taak_id', 'actor.id', 'actor.naam', 'actor.soort_actor'])
    .where('interne_taak_actor.interne_taak_id', 'in', taakIds)
    .execute();
}

export function werkvoorraad(db: Db, query: WerkvoorraadQuery) {
  let select = db.selectFrom('interne_taak').selectAll('interne_taak');
  if (query.status) select = select.where('status', '=', query.status);
  if (query.actorId) {
    const actorId = query.actorId;
    select = select.where('id', 'in', (eb) =>
      eb.selectFrom('interne_taak_actor').select('interne_taak_id').where('actor_id', '=', actorId),
    );
  }
  return select
    .orderBy('uiterlijk_op', (ob) => ob.asc().nullsLast())
    .orderBy('toegewezen_op')
    .limit(query.limit)
    .execute();
}

export function setTaakStatus(db: Db, id: string, status: 'te_verwerken' | 'verwerkt') {
  return db
    .updateTable('interne_taak')
    .set({ status, afgehandeld_op: status === 'verwerkt' ? new Date() : null })
    .where('id', '=', id)
    .execute();
}

export function partijenOfKlantcontact(db: Db, klantcontactId: string) {
  return db
    .selectFrom('betrokkene')
    .select('partij_id')
    .where('klantcontact_id', '=', klantcontactId)
    .where('partij_id', 'is not', null)
    .execute();
}
