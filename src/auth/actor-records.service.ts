import type { Insertable, Updateable } from 'kysely';
import type { ActorTable } from '../db/schema.ts';
import type { Db } from '../db/transaction.ts';

/**
 * Record-level writes of actoren (medewerkers, teams, automated actors) for adapters such as the
 * Klantinteracties API, which checks the request and logs the processing for the whole request.
 * Loket's own logins, teams and API tokens are made through medewerkers.service.ts, teams.ts and
 * api-tokens.ts.
 */

export async function insertActorRecord(db: Db, values: Insertable<ActorTable>): Promise<string> {
  return (await db.insertInto('actor').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateActorRecord(db: Db, id: string, values: Updateable<ActorTable>): Promise<void> {
  if (Object.keys(values).length > 0) await db.updateTable('actor').set(values).where('id', '=', id).execute();
}

/** Deletes the actor; the caller has first let go of what other domains keep of it. */
export async function deleteActorRecord(db: Db, id: string): Promise<void> {
  await db.deleteFrom('actor').where('id', '=', id).execute();
}
