import type { Db } from '../db/transaction.ts';
import { hashToken, randomSecret } from './secrets.ts';

export const SESSION_COOKIE = 'loket_sessie';

/** Sessions live in the database, so every Loket node sharing it recognises them. */
export async function createSession(db: Db, medewerkerId: string, hours: number) {
  const token = randomSecret();
  const csrfToken = randomSecret();
  await db
    .insertInto('sessie')
    .values({
      token_hash: hashToken(token),
      medewerker_id: medewerkerId,
      csrf_token: csrfToken,
      verloopt_op: new Date(Date.now() + hours * 3_600_000),
    })
    .execute();
  return { token, csrfToken };
}

export function findSession(db: Db, token: string) {
  return db
    .selectFrom('sessie')
    .innerJoin('medewerker', 'medewerker.id', 'sessie.medewerker_id')
    .select(['sessie.csrf_token', 'medewerker.id', 'medewerker.actor_id', 'medewerker.naam', 'medewerker.rollen'])
    .where('sessie.token_hash', '=', hashToken(token))
    .where('sessie.verloopt_op', '>', new Date())
    .where('medewerker.actief', '=', true)
    .executeTakeFirst();
}

export async function deleteSession(db: Db, token: string) {
  await db.deleteFrom('sessie').where('token_hash', '=', hashToken(token)).execute();
}

export async function deleteExpiredSessions(db: Db) {
  await db.deleteFrom('sessie').where('verloopt_op', '<=', new Date()).execute();
}
