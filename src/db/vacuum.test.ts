import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../test/test-database.ts';
import type { LoketDatabase } from './database.ts';
import { vacuumEmbedded } from './vacuum.ts';

describe('vacuuming the embedded database', () => {
  let database: LoketDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await sql`create table vacuum_proef (id integer primary key, n integer not null)`.execute(database.db);
    await sql`insert into vacuum_proef select i, 0 from generate_series(1, 5000) i`.execute(database.db);
  });
  afterAll(() => database?.close());

  const updateAll = () => sql`update vacuum_proef set n = n + 1`.execute(database.db);
  const size = async () =>
    Number((await sql<{ size: string }>`select pg_relation_size('vacuum_proef') as size`.execute(database.db)).rows[0]!.size);

  it('lets PGlite reuse the space of dead rows; a PostgreSQL server is left to its autovacuum', async () => {
    await updateAll();
    const afterFirstUpdate = await size();
    const vacuumed = await vacuumEmbedded(database);
    expect(vacuumed).toBe(database.kind === 'pglite');
    if (!vacuumed) return;
    await updateAll();
    // Without the vacuum the second update would need new pages for all 5,000 new row versions.
    expect(await size()).toBe(afterFirstUpdate);
  });
});
