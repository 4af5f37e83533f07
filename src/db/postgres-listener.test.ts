import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoketDatabase } from './database.ts';
import { createTestDatabase } from '../test/test-database.ts';

// Only PostgreSQL has a separate LISTEN connection that can drop; PGlite runs inside the process.
describe.skipIf(!process.env.TEST_DATABASE_URL)('the LISTEN connection on PostgreSQL', () => {
  let database: LoketDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('reconnects after the server drops it and keeps delivering events', async () => {
    const received: string[] = [];
    await database.listen('loket_test_kanaal', (payload) => received.push(payload));
    await sql`select pg_notify('loket_test_kanaal', 'voor')`.execute(database.db);
    await expect.poll(() => received).toEqual(['voor']);

    const killed = await sql<{ n: number }>`
      select count(pg_terminate_backend(pid))::int as n from pg_stat_activity
       where datname = current_database() and pid <> pg_backend_pid() and query ilike 'listen%'`.execute(database.db);
    expect(killed.rows[0]?.n).toBe(1);

    await expect
      .poll(
        async () => {
          await sql`select pg_notify('loket_test_kanaal', 'na')`.execute(database.db);
          return received.includes('na');
        },
        { timeout: 10_000, interval: 250 },
      )
      .toBe(true);
  });
});
