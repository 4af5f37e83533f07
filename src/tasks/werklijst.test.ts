import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMedewerker } from '../auth/medewerkers.service.ts';
import { ensureTeam } from '../auth/teams.ts';
import { FixedClock } from '../platform/clock.ts';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';

// Monday 7 December 2026, 11:00 in Amsterdam.
const clock = new FixedClock('2026-12-07T10:00:00Z');

describe('werklijst of the back office', () => {
  let t: TestApp;
  let kcc: Session;
  let bo1: Session;
  let bo2: Session;
  let redacteur: Session;
  let klantcontactId: string;
  let belastingenActor: string;
  const ids: Record<string, string> = {};

  const ids$ = (response: { json: () => { results: { id: string }[] } }) =>
    response.json().results.map((r) => Object.entries(ids).find(([, id]) => id === r.id)?.[0] ?? r.id);
  const list = (query: string, session: Session = bo1) =>
    t.app.inject({ method: 'GET', url: `/api/interne-taken?${query}`, headers: session.headers });
  const post = (url: string, session: Session, payload?: object) =>
    t.app.inject({ method: 'POST', url, headers: session.headers, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    t = await createTestApp({}, { overrides: { clock } });
    kcc = await t.login(['kcc']);
    bo1 = await t.login(['backoffice']);
    bo2 = await t.login(['backoffice']);
    redacteur = await t.login(['redacteur']);
    const db = t.database.db;
    const vergunningen = await ensureTeam(db, 'Vergunningen');
    await db.updateTable('team').set({ terugbeltermijn_werkdagen: 5 }).where('id', '=', vergunningen.id).execute();
    belastingenActor = (await ensureTeam(db, 'Belastingen')).actor_id;
    const buiten = await createMedewerker(db, {
      gebruikersnaam: 'buiten',
      naam: 'Buiten Team',
      rollen: ['backoffice'],
      teams: ['Belastingen'],
    });
    klantcontactId = (await post('/api/klantcontacten', kcc, { kanaal: 'balie', onderwerp: 'Vergunning' })).json().id;
    const taak = async (naam: string, actorId: string, toegewezenOp: string) => {
      ids[naam] = (
        await post('/api/interne-taken', kcc, { klantcontactId, gevraagdeHandeling: `Taak ${naam}`, actorIds: [actorId] })
      ).json().id;
      await db.updateTable('interne_taak').set({ toegewezen_op: toegewezenOp }).where('id', '=', ids[naam]!).execute();
    };
    await taak('laat', bo1.actorId, '2026-12-02T09:00:00Z'); // + 2 werkdagen: Friday 4 December 17:00
    await taak('vers', bo1.actorId, '2026-12-07T08:00:00Z'); // Wednesday 9 December 17:00
    await taak('team', vergunningen.actor_id, '2026-12-01T09:00:00Z'); // the team's 5 days: Tuesday 8 December
    await taak('buiten', buiten.actorId, '2026-11-30T09:00:00Z');
    const medewerker = await db.selectFrom('medewerker').select('id').where('actor_id', '=', bo1.actorId).executeTakeFirstOrThrow();
    await db.insertInto('team_lid').values({ team_id: vergunningen.id, medewerker_id: medewerker.id }).execute();
  });
  afterAll(() => t.close());

  it('shows my tasks overdue first, with the due date in working days', async () => {
    const mine = await list('voor=mij');
    expect(ids$(mine)).toEqual(['laat', 'vers']);
    expect(mine.json().results[0]).toMatchObject({ status: 'te_verwerken', deadline: '2026-12-04T16:00:00.000Z', teLaat: true });
    expect(mine.json().results[1]).toMatchObject({ deadline: '2026-12-09T16:00:00.000Z', teLaat: false });
  });

  it("shows my teams' tasks with the team's own term, and only the late ones on request", async () => {
    const team = await list('voor=team');
    expect(ids$(team)).toEqual(['laat', 'team', 'vers']);
    expect(team.json().results[1]).toMatchObject({ deadline: '2026-12-08T16:00:00.000Z', teLaat: false });
    expect(ids$(await list('voor=afdeling'))).toEqual(ids$(team));
    expect(ids$(await list('voor=team&termijn=te-laat'))).toEqual(['laat']);
    expect(ids$(await list('termijn=te-laat'))).toEqual(['buiten', 'laat']);
    expect(ids$(await list('voor=ingediend', kcc)).sort()).toEqual(['buiten', 'laat', 'team', 'vers']);
    expect(ids$(await list('voor=ingediend'))).toEqual([]);
    expect((await list('voor=mij', redacteur)).statusCode).toBe(403);
  });

  it('claims, forwards, notes, closes with an answer and reopens', async () => {
    const id = ids.team!;
    const claimed = await post(`/api/interne-taken/${id}/claimen`, bo2);
    expect(claimed.statusCode).toBe(200);
    expect(claimed.json().actoren.map((a: { id: string }) => a.id)).toEqual([bo2.actorId]);
    expect(ids$(await list('voor=mij', bo2))).toEqual(['team']);

    const forwarded = await post(`/api/interne-taken/${id}/doorsturen`, bo2, {
      actorId: belastingenActor,
      toelichting: 'Gaat over de aanslag',
    });
    expect(forwarded.json().actoren.map((a: { id: string }) => a.id)).toEqual([belastingenActor]);
    const unknown = await post(`/api/interne-taken/${id}/doorsturen`, bo2, { actorId: '5f0c3a1e-2a0b-4a9c-9d55-0f0f0f0f0f0f' });
    expect(unknown.json().error.code).toBe('LOKET_ACTOR_NOT_FOUND');

    const noted = await post(`/api/interne-taken/${id}/notities`, bo1, { tekst: 'Mevrouw is gebeld, niet opgenomen' });
    expect(noted.statusCode).toBe(201);
    expect((await post(`/api/interne-taken/${id}/notities`, bo1, { tekst: '' })).json().error.fields[0].field).toBe('body.tekst');

    const closed = await post(`/api/interne-taken/${id}/afsluiten`, bo1, { antwoord: 'Aanslag is herzien; brief volgt.' });
    expect(closed.json()).toMatchObject({ status: 'verwerkt', teLaat: false });
    expect((await post(`/api/interne-taken/${id}/claimen`, bo1)).statusCode).toBe(409);

    const detail = (await t.app.inject({ method: 'GET', url: `/api/interne-taken/${id}`, headers: bo1.headers })).json();
    expect(detail.notities.map((n: { soort: string; tekst: string }) => [n.soort, n.tekst])).toEqual([
      ['geclaimd', ''],
      ['doorgestuurd', 'Belastingen: Gaat over de aanslag'],
      ['notitie', 'Mevrouw is gebeld, niet opgenomen'],
      ['antwoord', 'Aanslag is herzien; brief volgt.'],
    ]);
    expect(detail.notities[0].aangemaaktOp).toBe('2026-12-07T10:00:00.000Z');

    const reopened = await post(`/api/interne-taken/${id}/heropenen`, bo1);
    expect(reopened.json()).toMatchObject({ status: 'te_verwerken', afgehandeldOp: null });
  });
});
