import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoketDatabase } from './database.ts';
import { migrate, migrationNames } from './migrate.ts';
import { createTestDatabase } from '../test/test-database.ts';

describe('migrations', () => {
  let database: LoketDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
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
});
