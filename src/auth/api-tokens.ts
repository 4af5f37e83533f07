import type { Db } from '../db/transaction.ts';
import { inTransaction } from '../db/transaction.ts';
import type { Rol } from '../platform/roles.ts';
import { insertActor } from './medewerkers.queries.ts';
import { hashToken, randomSecret } from './secrets.ts';

/**
 * API tokens let integrations (KISS, ITA, a CMS) call Loket as `Authorization: Token <key>`,
 * as the Klantinteracties API does. Each token acts as its own geautomatiseerde actor, with one
 * role that limits what it may read and write. The key is shown once and stored as a hash.
 */
export async function createApiToken(db: Db, naam: string, rol: Rol) {
  const key = randomSecret();
  const id = await inTransaction(db, async (trx) => {
    const actorId = await insertActor(trx, naam, 'geautomatiseerde_actor', { omschrijving: `API-koppeling ${naam}` });
    const row = await trx
      .insertInto('api_token')
      .values({ naam, rol, token_hash: hashToken(key), actor_id: actorId })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  });
  return { id, key };
}

/** How stale "last used" may get: a source posting many events a second writes it once a minute, not per request. */
const GEBRUIK_BIJWERKEN_MS = 60_000;

export async function findApiToken(db: Db, key: string, now = new Date()) {
  const row = await db
    .selectFrom('api_token')
    .select(['id', 'naam', 'rol', 'actor_id', 'laatst_gebruikt_op'])
    .where('token_hash', '=', hashToken(key))
    .where('ingetrokken_op', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  const { laatst_gebruikt_op: laatst, ...token } = row;
  if (!laatst || now.getTime() - new Date(laatst).getTime() >= GEBRUIK_BIJWERKEN_MS)
    await db.updateTable('api_token').set({ laatst_gebruikt_op: now }).where('id', '=', token.id).execute();
  return token;
}

export function revokeApiToken(db: Db, id: string) {
  return db
    .updateTable('api_token')
    .set({ ingetrokken_op: new Date() })
    .where('id', '=', id)
    .where('ingetrokken_op', 'is', null)
    .executeTakeFirst();
}

export function listApiTokens(db: Db) {
  return db
    .selectFrom('api_token')
    .select(['id', 'naam', 'rol', 'aangemaakt_op', 'laatst_gebruikt_op', 'ingetrokken_op'])
    .orderBy('aangemaakt_op')
    .execute();
}
