import { sql } from 'kysely';
import type { LoketDatabase } from './database.ts';

/**
 * Embedded PGlite runs PostgreSQL in single-user mode, where autovacuum never runs: tables that
 * are updated often (word counts, presence, delivery states) keep their dead rows and indexes
 * stop being chosen. Loket vacuums them itself. A PostgreSQL server has autovacuum: nothing to do.
 */
export async function vacuumEmbedded(database: LoketDatabase): Promise<boolean> {
  if (database.kind !== 'pglite') return false;
  await sql`vacuum (analyze)`.execute(database.db);
  return true;
}
