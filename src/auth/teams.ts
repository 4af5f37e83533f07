import type { Db } from '../db/transaction.ts';

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
