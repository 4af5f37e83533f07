import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoketDatabase } from '../db/database.ts';
import { createTestDatabase } from '../test/test-database.ts';
import { getServicenormen } from './servicenormen.service.ts';

const werktijd = { feestdagen: { goedeVrijdag: false, bevrijdingsdag: 'jaarlijks' as const }, sluitingsdagen: [] };
const NU = new Date('2026-03-20T12:00:00Z');

/**
 * The day counts behind the report: a past day is counted once and kept, and forgotten when one
 * of its gesprekken changes, so the report never shows a stale figure. Telephone norm: 30 s.
 */
describe('service norms per day', () => {
  let database: LoketDatabase;
  const rapport = async () =>
    (await getServicenormen(database.db, werktijd, '2026-03-02', '2026-03-06', NU)).map((k) => [k.kanaal, k.afgehandeld, k.binnenNorm]);
  const gesprek = async (gestart: string, afgesloten: string) =>
    (
      await database.db
        .insertInto('gesprek')
        .values({ kanaal: 'telefoon', gestart_op: gestart, afgesloten_op: afgesloten, status: 'afgehandeld' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;

  beforeAll(async () => {
    database = await createTestDatabase();
    // Tuesday 3 March, 10:00 Amsterdam: closed without an answer after 20 s (within) and 2 minutes (not).
    await gesprek('2026-03-03T09:00:00Z', '2026-03-03T09:00:20Z');
    await gesprek('2026-03-03T09:10:00Z', '2026-03-03T09:12:00Z');
  });
  afterAll(() => database.close());

  it('counts a past day once and keeps the count', async () => {
    expect(await rapport()).toEqual([['telefoon', 2, 1]]);
    const dagen = await database.db.selectFrom('servicenorm_dag').select(['kanaal', 'afgehandeld', 'binnen_norm']).execute();
    expect(dagen).toEqual([{ kanaal: 'telefoon', afgehandeld: 2, binnen_norm: 1 }]);
    expect(await rapport()).toEqual([['telefoon', 2, 1]]);
  });

  it('counts the day again when a gesprek of it is added, reopened or removed', async () => {
    const derde = await gesprek('2026-03-03T10:00:00Z', '2026-03-03T10:00:05Z');
    expect(await rapport()).toEqual([['telefoon', 3, 2]]);
    await database.db
      .updateTable('gesprek')
      .set({ status: 'open', afgesloten_op: null, wachttijd_werkseconden: null })
      .where('id', '=', derde)
      .execute();
    expect(await rapport()).toEqual([['telefoon', 2, 1]]);
    await database.db.deleteFrom('gesprek').where('afgesloten_op', '=', '2026-03-03T09:00:20Z').execute();
    expect(await rapport()).toEqual([['telefoon', 1, 0]]);
  });
});
