import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureTeam } from '../auth/teams.ts';
import { FixedClock } from '../platform/clock.ts';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';

// Thursday 10 December 2026, 11:00 in Amsterdam; working days 08:30–17:00 on weekdays.
const clock = new FixedClock('2026-12-10T10:00:00Z');

/**
 * Publiekszaken = Burgerzaken (term 2) + Belastingen (term 5); Parkeren has no afdeling.
 * - a: Burgerzaken, in Monday 7 Dec → Tue and Wed are over: 2 days gone; due Wed 17:00 → late.
 * - b: Belastingen, in Wednesday 9 Dec → 0 days gone; due Wed 16 Dec → not late.
 * - c: Parkeren, in Tuesday 1 Dec → Wed 2 … Wed 9 Dec: 6 days gone; due Thu 3 Dec → late.
 * Publiekszaken: open 2, late 1, gone (2 + 0) / 2 = 1, term (2 + 5) / 2 = 3.5.
 * Without afdeling: open 1, late 1, gone 6, term 2.
 */
describe('coordination of the back office for team leads', () => {
  let t: TestApp;
  let lead: Session;
  let kcc: Session;
  const taken: Record<string, string> = {};
  let burgerzakenActor: string;

  beforeAll(async () => {
    t = await createTestApp({}, { overrides: { clock } });
    lead = await t.login(['teamleider']);
    kcc = await t.login(['kcc']);
    const db = t.database.db;
    const [bz, bel, park] = [await ensureTeam(db, 'Burgerzaken'), await ensureTeam(db, 'Belastingen'), await ensureTeam(db, 'Parkeren')];
    burgerzakenActor = bz.actor_id;
    await db.updateTable('team').set({ terugbeltermijn_werkdagen: 5 }).where('id', '=', bel.id).execute();
    const beheerder = await t.login(['beheerder']);
    await t.app.inject({
      method: 'POST',
      url: '/api/beheer/afdelingen',
      headers: beheerder.headers,
      payload: { naam: 'Publiekszaken', teamIds: [bz.id, bel.id] },
    });
    const klantcontactId = (
      await t.app.inject({
        method: 'POST',
        url: '/api/klantcontacten',
        headers: kcc.headers,
        payload: { kanaal: 'balie', onderwerp: 'Vraag' },
      })
    ).json().id;
    const taak = async (naam: string, actorId: string, op: string) => {
      taken[naam] = (
        await t.app.inject({
          method: 'POST',
          url: '/api/interne-taken',
          headers: kcc.headers,
          payload: { klantcontactId, gevraagdeHandeling: `Taak ${naam}`, actorIds: [actorId] },
        })
      ).json().id;
      await db.updateTable('interne_taak').set({ toegewezen_op: op }).where('id', '=', taken[naam]!).execute();
    };
    await taak('a', bz.actor_id, '2026-12-07T09:00:00Z');
    await taak('b', bel.actor_id, '2026-12-09T09:00:00Z');
    await taak('c', park.actor_id, '2026-12-01T09:00:00Z');
    await taak('dicht', park.actor_id, '2026-12-01T09:00:00Z');
    await t.app.inject({
      method: 'POST',
      url: `/api/interne-taken/${taken.dicht}/afsluiten`,
      headers: kcc.headers,
      payload: { antwoord: 'Gedaan.' },
    });
  });
  afterAll(() => t.close());

  it('shows per afdeling the open and late tasks and the working days gone against the term', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/interne-taken/coordinatie', headers: lead.headers });
    expect(response.statusCode).toBe(200);
    expect(response.json().afdelingen).toEqual([
      {
        afdelingId: expect.any(String),
        afdeling: 'Publiekszaken',
        open: 2,
        teLaat: 1,
        gemiddeldVerstrekenWerkdagen: 1,
        gemiddeldeTermijnWerkdagen: 3.5,
      },
      { afdelingId: null, afdeling: null, open: 1, teLaat: 1, gemiddeldVerstrekenWerkdagen: 6, gemiddeldeTermijnWerkdagen: 2 },
    ]);
    expect((await t.app.inject({ method: 'GET', url: '/api/interne-taken/coordinatie', headers: kcc.headers })).statusCode).toBe(403);
  });

  it('reassigns in bulk and reports each task, a partial success included', async () => {
    const onbekend = '00000000-0000-4000-8000-000000000000';
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/interne-taken/herverdelen',
      headers: lead.headers,
      payload: { taakIds: [taken.b, taken.dicht, onbekend, taken.c], actorId: burgerzakenActor, toelichting: 'Werkvoorraad verdeeld' },
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ gelukt: 2, mislukt: 2 });
    expect(body.resultaten.map((r: { id: string; resultaat: string }) => [r.id, r.resultaat])).toEqual([
      [taken.b, 'ok'],
      [taken.dicht, 'fout'],
      [onbekend, 'fout'],
      [taken.c, 'ok'],
    ]);
    expect(body.resultaten[1].code).toMatch(/^LOKET_/);
    expect(body.resultaten[2].code).toMatch(/^LOKET_/);
    const actoren = await t.database.db
      .selectFrom('interne_taak_actor')
      .select('actor_id')
      .where('interne_taak_id', 'in', [taken.b!, taken.c!])
      .execute();
    expect(actoren.map((a) => a.actor_id)).toEqual([burgerzakenActor, burgerzakenActor]);
    // Now all three open tasks lie with Burgerzaken, in Publiekszaken.
    const na = (await t.app.inject({ method: 'GET', url: '/api/interne-taken/coordinatie', headers: lead.headers })).json().afdelingen;
    expect(na).toEqual([expect.objectContaining({ afdeling: 'Publiekszaken', open: 3 })]);
  });

  it('names the field of bad input and is for team leads only', async () => {
    const leeg = await t.app.inject({
      method: 'POST',
      url: '/api/interne-taken/herverdelen',
      headers: lead.headers,
      payload: { taakIds: [], actorId: burgerzakenActor },
    });
    expect(leeg.statusCode).toBe(400);
    expect(leeg.json().error.fields[0].field).toBe('body.taakIds');
    const kccPoging = await t.app.inject({
      method: 'POST',
      url: '/api/interne-taken/herverdelen',
      headers: kcc.headers,
      payload: { taakIds: [taken.a], actorId: burgerzakenActor },
    });
    expect(kccPoging.statusCode).toBe(403);
  });
});
