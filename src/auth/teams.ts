import type { Db } from '../db/transaction.ts';
import { TeamExists } from './auth.errors.ts';

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

/** A new team; the name is taken when a team (any case) is already called so. */
export async function maakTeam(db: Db, naam: string) {
  const schoon = naam.trim();
  const bestaand = await db
    .selectFrom('team')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['naam']), '=', schoon.toLowerCase()))
    .executeTakeFirst();
  if (bestaand) throw TeamExists();
  const { id } = await ensureTeam(db, schoon);
  return (await lijstTeams(db)).find((t) => t.id === id)!;
}
