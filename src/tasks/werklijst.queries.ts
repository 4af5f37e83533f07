import { sql } from 'kysely';
import type { Db } from '../db/transaction.ts';
import type { NotitieSoort } from '../db/schema/klantcontact.ts';

/** The actors of the teams a medewerker belongs to: the teams themselves and all their members. */
export async function actorenVanMijnTeams(db: Db, medewerkerActorId: string): Promise<string[]> {
  const mijnTeams = db
    .selectFrom('team_lid')
    .innerJoin('medewerker', 'medewerker.id', 'team_lid.medewerker_id')
    .select('team_lid.team_id')
    .where('medewerker.actor_id', '=', medewerkerActorId);
  const actoren = await db
    .selectFrom('team')
    .select('actor_id')
    .where('id', 'in', mijnTeams)
    .unionAll(
      db
        .selectFrom('team_lid')
        .innerJoin('medewerker', 'medewerker.id', 'team_lid.medewerker_id')
        .select('medewerker.actor_id')
        .where('team_lid.team_id', 'in', mijnTeams),
    )
    .execute();
  return [...new Set([medewerkerActorId, ...actoren.map((a) => a.actor_id)])];
}

/** The teams' own actors, their members' and mine: whose tasks a view over these teams shows. */
export async function actorenVanTeams(db: Db, teamIds: readonly string[], medewerkerActorId: string): Promise<string[]> {
  if (teamIds.length === 0) return [medewerkerActorId];
  const actoren = await db
    .selectFrom('team')
    .select('actor_id')
    .where('id', 'in', teamIds)
    .unionAll(
      db
        .selectFrom('team_lid')
        .innerJoin('medewerker', 'medewerker.id', 'team_lid.medewerker_id')
        .select('medewerker.actor_id')
        .where('team_lid.team_id', 'in', teamIds),
    )
    .execute();
  return [...new Set([medewerkerActorId, ...actoren.map((a) => a.actor_id)])];
}

export interface WerklijstFilter {
  status?: 'te_verwerken' | 'verwerkt';
  /** Tasks assigned to any of these actors. */
  actorIds?: string[];
  ingediendDoor?: string;
  max: number;
}

const deadline = sql<Date>`coalesce(interne_taak.uiterlijk_op, interne_taak.termijn_op)`;

/** The tasks a werklijst view covers; undefined when it covers none. */
function inBeeld(db: Db, filter: Omit<WerklijstFilter, 'max'>) {
  let select = db.selectFrom('interne_taak').selectAll('interne_taak');
  if (filter.status) select = select.where('status', '=', filter.status);
  if (filter.ingediendDoor) select = select.where('ingediend_door', '=', filter.ingediendDoor);
  const actorIds = filter.actorIds;
  if (actorIds) {
    if (actorIds.length === 0) return undefined;
    select = select.where('id', 'in', (eb) =>
      eb.selectFrom('interne_taak_actor').select('interne_taak_id').where('actor_id', 'in', actorIds),
    );
  }
  return select;
}

/**
 * A page of the werklijst in its order: open tasks before closed ones, among them overdue first
 * (at `now`), then by deadline (an explicit uiterlijk_op, else the stored team term), then the
 * oldest. Overdue first needs no sort key of its own: the open tasks overdue at any moment are
 * those with the earliest deadlines, so the order is interne_taak_werklijst_idx's and does not
 * depend on `now` (the literal 'te_verwerken' keeps the expression the index's). Every task in
 * view must have its deadline stored (vulTermijnen) before this runs.
 */
export function werklijstRijen(db: Db, filter: WerklijstFilter & { now: Date; alleenTeLaat: boolean }) {
  let select = inBeeld(db, filter);
  if (!select) return Promise.resolve([]);
  if (filter.alleenTeLaat) select = select.where('status', '=', 'te_verwerken').where(deadline, '<', filter.now);
  return select
    .orderBy(sql`(interne_taak.status <> 'te_verwerken')`)
    .orderBy(deadline)
    .orderBy('toegewezen_op')
    .orderBy('id')
    .limit(filter.max)
    .execute();
}

/**
 * Whether any task at all lacks a stored deadline under these settings: three probes, each the
 * first entry of an index in its order (interne_taak_zonder_termijn_idx, interne_taak_termijn_sleutel_idx),
 * so the usual answer (none) costs three index lookups, whatever the statistics say.
 */
export async function eenTaakZonderTermijn(db: Db, sleutel: string): Promise<boolean> {
  const result = await sql<{ er_is: boolean }>`
    select exists (select 1 from (select id from interne_taak where termijn_op is null order by id limit 1) a)
      or exists (select 1 from (select termijn_sleutel from interne_taak where termijn_sleutel < ${sleutel} order by termijn_sleutel desc limit 1) b)
      or exists (select 1 from (select termijn_sleutel from interne_taak where termijn_sleutel > ${sleutel} order by termijn_sleutel limit 1) c)
      as er_is`.execute(db);
  return result.rows[0]?.er_is === true;
}

/** Tasks in view without a stored deadline, or with one computed under other settings. */
export function takenZonderTermijn(db: Db, filter: Omit<WerklijstFilter, 'max'>, sleutel: string, limit: number) {
  const select = inBeeld(db, filter);
  if (!select) return Promise.resolve([]);
  return (
    select
      // "<> sleutel" as two ranges, so both are index scans and finding none costs nothing.
      .where((eb) => eb.or([eb('termijn_op', 'is', null), eb('termijn_sleutel', '<', sleutel), eb('termijn_sleutel', '>', sleutel)]))
      .limit(limit)
      .execute()
  );
}

export async function zetTermijnen(db: Db, termijnen: readonly { id: string; op: Date }[], sleutel: string): Promise<void> {
  if (termijnen.length === 0) return;
  const rijen = sql.join(termijnen.map((t) => sql`(${t.id}::uuid, ${t.op}::timestamptz)`));
  await sql`
    update interne_taak it set termijn_op = t.op, termijn_sleutel = ${sleutel}
    from (values ${rijen}) as t(id, op)
    where it.id = t.id`.execute(db);
}

/** The partijen betrokken at each klantcontact, for the processing log of a page. */
export function partijenVanKlantcontacten(db: Db, klantcontactIds: readonly string[]) {
  if (klantcontactIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('betrokkene')
    .select(['klantcontact_id', 'partij_id'])
    .where('klantcontact_id', 'in', [...new Set(klantcontactIds)])
    .where('partij_id', 'is not', null)
    .execute();
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
