import type { Db } from '../db/transaction.ts';

const COLUMNS = ['s.id', 's.team_id', 's.titel', 's.tekst', 's.gewijzigd_op', 't.naam as team_naam'] as const;

/** Templates for everyone and for the given teams; all of them when `teamIds` is 'alle'. */
export function listSjablonen(db: Db, teamIds: readonly string[] | 'alle') {
  let query = db.selectFrom('antwoordsjabloon as s').leftJoin('team as t', 't.id', 's.team_id').select(COLUMNS);
  if (teamIds !== 'alle')
    query = query.where((eb) =>
      teamIds.length ? eb.or([eb('s.team_id', 'is', null), eb('s.team_id', 'in', teamIds)]) : eb('s.team_id', 'is', null),
    );
  return query.orderBy('s.titel').execute();
}

export function getSjabloon(db: Db, id: string) {
  return db
    .selectFrom('antwoordsjabloon as s')
    .leftJoin('team as t', 't.id', 's.team_id')
    .select(COLUMNS)
    .where('s.id', '=', id)
    .executeTakeFirst();
}

export async function teamsOf(db: Db, medewerkerId: string): Promise<string[]> {
  return (await db.selectFrom('team_lid').select('team_id').where('medewerker_id', '=', medewerkerId).execute()).map((r) => r.team_id);
}

export function teamExists(db: Db, id: string) {
  return db.selectFrom('team').select('id').where('id', '=', id).executeTakeFirst();
}

export function insertSjabloon(db: Db, values: { team_id: string | null; titel: string; tekst: string; aangemaakt_door: string }) {
  return db.insertInto('antwoordsjabloon').values(values).returning('id').executeTakeFirstOrThrow();
}

export function updateSjabloon(db: Db, id: string, values: { team_id: string | null; titel: string; tekst: string }) {
  return db
    .updateTable('antwoordsjabloon')
    .set({ ...values, gewijzigd_op: new Date() })
    .where('id', '=', id)
    .returning('id')
    .executeTakeFirst();
}

export function deleteSjabloon(db: Db, id: string) {
  return db.deleteFrom('antwoordsjabloon').where('id', '=', id).returning('id').executeTakeFirst();
}
