import type { Toewijzingsmelding } from '../db/schema.ts';
import type { Db } from '../db/transaction.ts';

export function alleAfdelingen(db: Db) {
  return db.selectFrom('afdeling').select(['id', 'naam', 'groepsmailbox', 'toewijzingsmelding']).orderBy('naam').execute();
}

export function teamsPerAfdeling(db: Db, afdelingIds: readonly string[]) {
  if (afdelingIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('team').select(['id', 'naam', 'afdeling_id']).where('afdeling_id', 'in', afdelingIds).orderBy('naam').execute();
}

export function findAfdeling(db: Db, id: string) {
  return db.selectFrom('afdeling').select(['id', 'naam', 'groepsmailbox', 'toewijzingsmelding']).where('id', '=', id).executeTakeFirst();
}

export function findAfdelingByNaam(db: Db, naam: string) {
  return db.selectFrom('afdeling').select('id').where('naam', '=', naam).executeTakeFirst();
}

export interface AfdelingVelden {
  naam: string;
  groepsmailbox: string | null;
  toewijzingsmelding: Toewijzingsmelding;
}

export async function insertAfdeling(db: Db, velden: AfdelingVelden): Promise<string> {
  return (await db.insertInto('afdeling').values(velden).returning('id').executeTakeFirstOrThrow()).id;
}

export function updateAfdeling(db: Db, id: string, velden: AfdelingVelden, now: Date) {
  return db
    .updateTable('afdeling')
    .set({ ...velden, gewijzigd_op: now })
    .where('id', '=', id)
    .execute();
}

export function bestaandeTeams(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('team').select('id').where('id', 'in', ids).execute();
}

/** The afdeling's teams become exactly `teamIds`: others leave it, these join (leaving any other afdeling). */
export async function zetTeams(db: Db, afdelingId: string, teamIds: readonly string[]): Promise<void> {
  let weg = db.updateTable('team').set({ afdeling_id: null }).where('afdeling_id', '=', afdelingId);
  if (teamIds.length > 0) weg = weg.where('id', 'not in', teamIds);
  await weg.execute();
  if (teamIds.length > 0) await db.updateTable('team').set({ afdeling_id: afdelingId }).where('id', 'in', teamIds).execute();
}

/**
 * Every team in the afdelingen of the medewerker's own teams, and their own teams that belong to
 * no afdeling (for them, the afdeling is the team).
 */
export async function teamsVanMijnAfdelingen(db: Db, medewerkerActorId: string): Promise<string[]> {
  const mijnTeams = db
    .selectFrom('team_lid')
    .innerJoin('medewerker', 'medewerker.id', 'team_lid.medewerker_id')
    .select('team_lid.team_id')
    .where('medewerker.actor_id', '=', medewerkerActorId);
  const rows = await db
    .selectFrom('team')
    .select('id')
    .where((eb) =>
      eb.or([
        eb('id', 'in', mijnTeams),
        eb(
          'afdeling_id',
          'in',
          eb.selectFrom('team as t').select('t.afdeling_id').where('t.id', 'in', mijnTeams).where('t.afdeling_id', 'is not', null),
        ),
      ]),
    )
    .execute();
  return rows.map((r) => r.id);
}
