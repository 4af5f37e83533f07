import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureTeam } from '../auth/teams.ts';
import type { LoketDatabase } from '../db/database.ts';
import { systemContext } from '../platform/system-context.ts';
import { createTestDatabase } from '../test/test-database.ts';
import { getWerklijst } from './werklijst.service.ts';

const werktijd = { feestdagen: { goedeVrijdag: false, bevrijdingsdag: 'jaarlijks' as const }, sluitingsdagen: [] };
// Monday 7 December 2026, 11:00 in Amsterdam.
const deps = { werktijd, now: new Date('2026-12-07T10:00:00Z') };

/** The stored deadline follows whatever decides it: the team's term, the assignees, toegewezen_op. */
describe('stored werklijst deadlines', () => {
  let database: LoketDatabase;
  let taakId: string;
  let team: { id: string; actor_id: string };
  const deadline = async () => {
    const [taak] = await getWerklijst(database.db, systemContext('test', team.actor_id), { actorId: team.actor_id, limit: 50 }, deps);
    return taak?.deadline;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    team = await ensureTeam(db, 'Vergunningen');
    const kc = await db
      .insertInto('klantcontact')
      .values({ kanaal: 'balie', onderwerp: 'Vraag' })
      .returning('id')
      .executeTakeFirstOrThrow();
    taakId = (
      await db
        .insertInto('interne_taak')
        .values({ gevraagde_handeling: 'Bellen', klantcontact_id: kc.id, toegewezen_op: '2026-12-01T09:00:00Z' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    await db.insertInto('interne_taak_actor').values({ interne_taak_id: taakId, actor_id: team.actor_id }).execute();
  });
  afterAll(() => database.close());

  it("recomputes after a change of the team's term or of toegewezen_op", async () => {
    expect(await deadline()).toBe('2026-12-03T16:00:00.000Z'); // Tuesday + 2 working days
    const stored = await database.db.selectFrom('interne_taak').select('termijn_op').where('id', '=', taakId).executeTakeFirstOrThrow();
    expect(new Date(stored.termijn_op!).toISOString()).toBe('2026-12-03T16:00:00.000Z');

    await database.db.updateTable('team').set({ terugbeltermijn_werkdagen: 5 }).where('id', '=', team.id).execute();
    expect(await deadline()).toBe('2026-12-08T16:00:00.000Z');

    await database.db.updateTable('interne_taak').set({ toegewezen_op: '2026-12-02T09:00:00Z' }).where('id', '=', taakId).execute();
    expect(await deadline()).toBe('2026-12-09T16:00:00.000Z');
  });
});
