import type { Db } from '../db/transaction.ts';
import { inTransaction } from '../db/transaction.ts';
import { TeamExists, TeamHeeftHistorie, TeamHeeftLeden, TeamHeeftOpenWerk, TeamNotFound } from './auth.errors.ts';

export interface Team {
  id: string;
  actor_id: string;
  email: string | null;
}

/**
 * The team (an organisational unit) of that name, created with its actor when missing. Safe when
 * two callers create it at once: the first creation wins and the other reuses it.
 */
export async function ensureTeam(db: Db, naam: string): Promise<Team> {
  const find = () => db.selectFrom('team').select(['id', 'actor_id', 'email']).where('naam', '=', naam).executeTakeFirst();
  const existing = await find();
  if (existing) return existing;
  const actor = await db
    .insertInto('actor')
    .values({ naam, soort_actor: 'organisatorische_eenheid' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const created = await db
    .insertInto('team')
    .values({ naam, actor_id: actor.id })
    .onConflict((oc) => oc.column('naam').doNothing())
    .returning(['id', 'actor_id', 'email'])
    .executeTakeFirst();
  return created ?? (await find())!;
}

/** Every team with its members (active or not), settings and afdeling, for the beheerder. */
export async function lijstTeams(db: Db) {
  const [teams, leden] = await Promise.all([
    db.selectFrom('team').select(['id', 'naam', 'afdeling_id', 'openingstijden', 'terugbeltermijn_werkdagen']).orderBy('naam').execute(),
    db
      .selectFrom('team_lid')
      .innerJoin('medewerker', 'medewerker.id', 'team_lid.medewerker_id')
      .select(['team_lid.team_id', 'medewerker.id', 'medewerker.naam', 'medewerker.actief'])
      .orderBy('medewerker.naam')
      .execute(),
  ]);
  return teams.map((t) => ({
    id: t.id,
    naam: t.naam,
    afdelingId: t.afdeling_id,
    openingstijden: t.openingstijden,
    terugbeltermijnWerkdagen: t.terugbeltermijn_werkdagen,
    leden: leden.filter((l) => l.team_id === t.id).map(({ id, naam, actief }) => ({ id, naam, actief })),
  }));
}

/** Refuses a name another team (any case) already has. */
async function naamVrij(db: Db, naam: string, behalve?: string): Promise<void> {
  let query = db
    .selectFrom('team')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['naam']), '=', naam.toLowerCase()));
  if (behalve) query = query.where('id', '<>', behalve);
  if (await query.executeTakeFirst()) throw TeamExists();
}

/** A new team; the name is taken when a team (any case) is already called so. */
export async function maakTeam(db: Db, naam: string) {
  const schoon = naam.trim();
  await naamVrij(db, schoon);
  const { id } = await ensureTeam(db, schoon);
  return (await lijstTeams(db)).find((t) => t.id === id)!;
}

/** A team under a new name; its actor (who tasks and notes name) is renamed with it. */
export async function hernoemTeam(db: Db, id: string, naam: string) {
  const schoon = naam.trim();
  await inTransaction(db, async (trx) => {
    const team = await trx.selectFrom('team').select('actor_id').where('id', '=', id).forUpdate().executeTakeFirst();
    if (!team) throw TeamNotFound();
    await naamVrij(trx, schoon, id);
    await trx.updateTable('team').set({ naam: schoon }).where('id', '=', id).execute();
    await trx.updateTable('actor').set({ naam: schoon }).where('id', '=', team.actor_id).execute();
  });
  return (await lijstTeams(db)).find((t) => t.id === id)!;
}

/**
 * Removes a team nobody uses: no members, no open gesprekken or tasks, and no closed gesprekken or
 * signals that name it (those keep their history; such a team is renamed instead). Its afdeling
 * loses it with the row; the team's actor stays, as closed tasks and notes name it. The row lock
 * makes a member joining at the same moment wait, and then find no team.
 */
export async function verwijderTeam(db: Db, id: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    const team = await trx.selectFrom('team').select('actor_id').where('id', '=', id).forUpdate().executeTakeFirst();
    if (!team) throw TeamNotFound();
    const heeft = async (query: { executeTakeFirst: () => Promise<unknown> }) => (await query.executeTakeFirst()) !== undefined;
    if (await heeft(trx.selectFrom('team_lid').select('team_id').where('team_id', '=', id).limit(1))) throw TeamHeeftLeden();
    const openGesprek = trx.selectFrom('gesprek').select('id').where('team_id', '=', id).where('status', '<>', 'afgehandeld').limit(1);
    const openTaak = trx
      .selectFrom('interne_taak_actor')
      .innerJoin('interne_taak', 'interne_taak.id', 'interne_taak_actor.interne_taak_id')
      .select('interne_taak.id')
      .where('interne_taak_actor.actor_id', '=', team.actor_id)
      .where('interne_taak.status', '<>', 'verwerkt')
      .limit(1);
    if ((await heeft(openGesprek)) || (await heeft(openTaak))) throw TeamHeeftOpenWerk();
    if (
      (await heeft(trx.selectFrom('gesprek').select('id').where('team_id', '=', id).limit(1))) ||
      (await heeft(trx.selectFrom('hotspot_signaal').select('team_id').where('team_id', '=', id).limit(1))) ||
      (await heeft(trx.selectFrom('kennis_reviewherinnering').select('team_id').where('team_id', '=', id).limit(1)))
    )
      throw TeamHeeftHistorie();
    await trx.deleteFrom('team').where('id', '=', id).execute();
  });
}
