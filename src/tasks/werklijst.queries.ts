import type { Db } from '../db/transaction.ts';
import type { NotitieSoort } from '../db/schema/klantcontact.ts';

/** The actors of the teams a medewerker belongs to: the teams themselves and all their members. */
export async function actorenVanMijnTeams(db: Db, medewerkerActorId: string): Promise<string[]> {
  const mijnTeams = db
    .selectFrom('team_lid')
    .innerJoin('medewerker', 'medewerker.id', 'team_lid.medewerker_id')
    .select('team_lid.team_id')
    .where('medewerker.actor_id', '=', medewerkerActorId);
  const teams = await db.selectFrom('team').select('actor_id').where('id', 'in', mijnTeams).execute();
  const leden = await db
    .selectFrom('team_lid')
    .innerJoin('medewerker', 'medewerker.id', 'team_lid.medewerker_id')
    .select('medewerker.actor_id')
    .where('team_lid.team_id', 'in', mijnTeams)
    .execute();
  return [...new Set([medewerkerActorId, ...teams.map((t) => t.actor_id), ...leden.map((l) => l.actor_id)])];
}

/** The teams' own actors, their members' and mine: whose tasks a view over these teams shows. */
export async function actorenVanTeams(db: Db, teamIds: readonly string[], medewerkerActorId: string): Promise<string[]> {
  if (teamIds.length === 0) return [medewerkerActorId];
  const teams = await db.selectFrom('team').select('actor_id').where('id', 'in', teamIds).execute();
  const leden = await db
    .selectFrom('team_lid')
    .innerJoin('medewerker', 'medewerker.id', 'team_lid.medewerker_id')
    .select('medewerker.actor_id')
    .where('team_lid.team_id', 'in', teamIds)
    .execute();
  return [...new Set([medewerkerActorId, ...teams.map((t) => t.actor_id), ...leden.map((l) => l.actor_id)])];
}

export interface WerklijstFilter {
  status?: 'te_verwerken' | 'verwerkt';
  /** Tasks assigned to any of these actors. */
  actorIds?: string[];
  ingediendDoor?: string;
  max: number;
}

/** Oldest first: the deadline is computed afterwards, and old tasks are the ones running late. */
export function werklijstRijen(db: Db, filter: WerklijstFilter) {
  let select = db.selectFrom('interne_taak').selectAll('interne_taak');
  if (filter.status) select = select.where('status', '=', filter.status);
  if (filter.ingediendDoor) select = select.where('ingediend_door', '=', filter.ingediendDoor);
  const actorIds = filter.actorIds;
  if (actorIds) {
    if (actorIds.length === 0) return Promise.resolve([]);
    select = select.where('id', 'in', (eb) =>
      eb.selectFrom('interne_taak_actor').select('interne_taak_id').where('actor_id', 'in', actorIds),
    );
  }
  return select.orderBy('toegewezen_op').orderBy('id').limit(filter.max).execute();
}

/**
 * The teams whose hours and term apply to each task: a team it is assigned to (first), else the
 * teams of the medewerkers it is assigned to.
 */
export async function teamsVanTaken(db: Db, taakIds: string[]) {
  if (taakIds.length === 0) return [];
  const cols = ['interne_taak_actor.interne_taak_id', 'team.naam', 'team.openingstijden', 'team.terugbeltermijn_werkdagen'] as const;
  const direct = await db
    .selectFrom('interne_taak_actor')
    .innerJoin('team', 'team.actor_id', 'interne_taak_actor.actor_id')
    .select(cols)
    .where('interne_taak_actor.interne_taak_id', 'in', taakIds)
    .orderBy('team.naam')
    .execute();
  const viaLeden = await db
    .selectFrom('interne_taak_actor')
    .innerJoin('medewerker', 'medewerker.actor_id', 'interne_taak_actor.actor_id')
    .innerJoin('team_lid', 'team_lid.medewerker_id', 'medewerker.id')
    .innerJoin('team', 'team.id', 'team_lid.team_id')
    .select(cols)
    .where('interne_taak_actor.interne_taak_id', 'in', taakIds)
    .orderBy('team.naam')
    .execute();
  return [...direct, ...viaLeden];
}

export function notitiesVan(db: Db, taakId: string) {
  return db
    .selectFrom('interne_taak_notitie')
    .innerJoin('actor', 'actor.id', 'interne_taak_notitie.actor_id')
    .select([
      'interne_taak_notitie.id',
      'interne_taak_notitie.soort',
      'interne_taak_notitie.tekst',
      'interne_taak_notitie.aangemaakt_op',
      'actor.naam',
    ])
    .where('interne_taak_notitie.interne_taak_id', '=', taakId)
    .orderBy('interne_taak_notitie.volgnummer')
    .execute();
}

export function insertNotitie(
  db: Db,
  values: { interne_taak_id: string; actor_id: string; soort: NotitieSoort; tekst: string; aangemaakt_op: Date },
) {
  return db.insertInto('interne_taak_notitie').values(values).execute();
}

export async function vervangActoren(db: Db, taakId: string, actorIds: string[]) {
  await db.deleteFrom('interne_taak_actor').where('interne_taak_id', '=', taakId).execute();
  await db
    .insertInto('interne_taak_actor')
    .values(actorIds.map((actor_id) => ({ interne_taak_id: taakId, actor_id })))
    .execute();
}
