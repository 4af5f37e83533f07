import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './schema.ts';
import type { LoketDatabase } from './database.ts';
import { migrate, migrationNames } from './migrate.ts';
import { createTestDatabase } from '../test/test-database.ts';

describe('migrations', () => {
  // Migrated here from an empty database, not copied from the run's template: this file tests the migrations.
  let database: LoketDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(undefined, { migrateFromScratch: true });
  });
  afterAll(() => database.close());

  it('records every migration once and applies nothing the second time', async () => {
    const rows = await database.db
      .selectFrom('loket_migratie' as never)
      .select(sql<string>`naam`.as('naam'))
      .execute();
    expect(rows.map((r) => r.naam)).toEqual(migrationNames());
    expect(await migrate(database.db)).toEqual({ applied: [] });
  });

  it('names migrations by date and purpose', () => {
    for (const name of migrationNames()) expect(name).toMatch(/^\d{4}_\d{2}_\d{2}_\d{4}_[a-z_]+\.sql$/);
  });

  it('supports Dutch full-text search and trigram similarity on both engines', async () => {
    const { rows } = await sql<{ v: string; s: number }>`
      select to_tsvector('dutch', 'bladkorven')::text as v, similarity('grofvuil', 'grof vuil') as s`.execute(database.db);
    expect(rows[0]?.v).toContain('bladkorv');
    expect(rows[0]?.s).toBeGreaterThan(0.4);
  });

  it('gives other test files, copied from the template, the same schema as migrating from scratch', async () => {
    const copy = await createTestDatabase();
    try {
      expect(await schemaOf(copy.db)).toEqual(await schemaOf(database.db));
    } finally {
      await copy.close();
    }
  });
});

async function schemaOf(db: Kysely<Database>): Promise<string[]> {
  const { rows } = await sql<{ item: string }>`
    select 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '') as item
      from information_schema.columns where table_schema = 'public'
    union all
    select 'index ' || indexdef from pg_indexes where schemaname = 'public'
    union all
    select 'constraint ' || conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)
      from pg_constraint where connamespace = 'public'::regnamespace
    union all
    select 'trigger ' || tgrelid::regclass::text || ' ' || tgname from pg_trigger where not tgisinternal
    union all
    select 'function ' || p.oid::regprocedure::text from pg_proc p where pronamespace = 'public'::regnamespace
    union all
    select 'extension ' || extname from pg_extension
    union all
    select 'migration ' || naam from loket_migratie
    order by 1`.execute(db);
  return rows.map((r) => r.item);
}
