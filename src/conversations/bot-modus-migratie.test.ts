import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoketDatabase } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { createTestDatabase } from '../test/test-database.ts';

const MIGRATION = '2026_12_07_0200_gesprek_bot_modus.sql';

/** The migration that moves the bot's mode from metadata->>'bot' into gesprek.bot_modus, on data written before it. */
describe('migration to gesprek.bot_modus', () => {
  let database: LoketDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    // Back to the schema before the migration, with gesprekken as Loket wrote them then.
    await sql`drop index gesprek_wachtrij_idx`.execute(database.db);
    await sql`drop index gesprek_bot_actief_idx`.execute(database.db);
    await sql`alter table gesprek drop column bot_modus, drop column bot_reden`.execute(database.db);
    await sql`delete from loket_migratie where naam = ${MIGRATION}`.execute(database.db);
  });
  afterAll(() => database.close());

  const legacy = async (metadata: unknown) =>
    (
      await sql<{
        id: string;
      }>`insert into gesprek (kanaal, metadata) values ('webchat', ${metadata === null ? null : JSON.stringify(metadata)}::jsonb) returning id`.execute(
        database.db,
      )
    ).rows[0]!.id;

  it('backfills the column from the JSON key and removes the key', async () => {
    const actief = await legacy({ bot: 'actief', paginaUrl: 'https://www.lindendaal.example/afval' });
    const overgedragen = await legacy({ bot: 'overgedragen', botReden: 'fout' });
    const zonder = await legacy({ kanaalId: 'k1' });
    const leeg = await legacy(null);

    expect(await migrate(database.db)).toEqual({ applied: [MIGRATION] });

    const rows = await database.db.selectFrom('gesprek').select(['id', 'bot_modus', 'bot_reden', 'metadata']).execute();
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(actief)).toMatchObject({
      bot_modus: 'actief',
      bot_reden: null,
      metadata: { paginaUrl: 'https://www.lindendaal.example/afval' },
    });
    expect(byId.get(actief)?.metadata).not.toHaveProperty('bot');
    expect(byId.get(overgedragen)).toMatchObject({ bot_modus: 'overgedragen', bot_reden: 'fout', metadata: {} });
    expect(byId.get(zonder)).toMatchObject({ bot_modus: 'uit', metadata: { kanaalId: 'k1' } });
    expect(byId.get(leeg)).toMatchObject({ bot_modus: 'uit', metadata: null });
  });

  it('refuses a bot mode outside the state machine', async () => {
    await expect(sql`update gesprek set bot_modus = 'misschien'`.execute(database.db)).rejects.toThrow(/check|bot_modus/i);
  });
});
