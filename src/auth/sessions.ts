import type { Db } from '../db/transaction.ts';
import { hashToken, randomSecret } from './secrets.ts';

export const SESSION_COOKIE = 'loket_sessie';

/**
 * Sessions live in the database, so every Loket node sharing it recognises them. `now` is the
 * app's clock: a session made and checked under a test's fixed moment must agree with itself.
 */
export async function createSession(db: Db, medewerkerId: string, hours: number, now: Date) {
  const token = randomSecret();
  const csrfToken = randomSecret();
  await db
    .insertInto('sessie')
    .values({
      token_hash: hashToken(token),
      medewerker_id: medewerkerId,
      csrf_token: csrfToken,
      verloopt_op: new Date(now.getTime() + hours * 3_600_000),
    })
    .execute();
  return { token, csrfToken };
}

export function findSession(db: Db, token: string, now: Date) {
  return db
    .selectFrom('sessie')
    .innerJoin('medewerker', 'medewerker.id', 'sessie.medewerker_id')
    .select(['sessie.csrf_token', 'medewerker.id', 'medewerker.actor_id', 'medewerker.naam', 'medewerker.rollen'])
    .where('sessie.token_hash', '=', hashToken(token))
    .where('sessie.verloopt_op', '>', now)
    .where('medewerker.actief', '=', true)
    .executeTakeFirst();
}

export async function deleteSession(db: Db, token: string) {
  await db.deleteFrom('sessie').where('token_hash', '=', hashToken(token)).execute();
}

export async function deleteExpiredSessions(db: Db, now: Date) {
  await db.deleteFrom('sessie').where('verloopt_op', '<=', now).execute();
}
