import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.ts';

/** Queries take either the database or an open transaction, so callers compose transactions. */
export type Db = Kysely<Database> | Transaction<Database>;

/** Runs `work` in the caller's transaction if there is one, else in a new one. */
export function inTransaction<T>(db: Db, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db as Transaction<Database>) : db.transaction().execute(work);
}
