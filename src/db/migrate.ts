import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';
import { fromRoot } from './paden.ts';

const migrationsDir = fromRoot('src', 'db', 'migrations');
// Any constant works; it only has to be the same on every Loket node.
const MIGRATION_LOCK_KEY = 7_460_301;

export interface MigrationResult {
  applied: string[];
}

export function migrationNames(): string[] {
  return readdirSync(migrationsDir)
    .filter((name) => name.endsWith('.sql'))
    .sort();
}

/**
 * Applies pending SQL migrations in name order, in one transaction. The advisory lock makes
 * nodes that start together wait for each other instead of migrating twice.
 */
export async function migrate(db: Kysely<Database>): Promise<MigrationResult> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`.execute(trx);
    await sql`create table if not exists loket_migratie (
      naam text primary key,
      toegepast_op timestamptz not null default now()
    )`.execute(trx);
    const done = new Set((await sql<{ naam: string }>`select naam from loket_migratie`.execute(trx)).rows.map((r) => r.naam));
    const applied: string[] = [];
    for (const name of migrationNames()) {
      if (done.has(name)) continue;
      await sql.raw(readFileSync(join(migrationsDir, name), 'utf8')).execute(trx);
      await sql`insert into loket_migratie (naam) values (${name})`.execute(trx);
      applied.push(name);
    }
    return { applied };
  });
}
