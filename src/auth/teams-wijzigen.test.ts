import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';

describe('renaming and removing teams', () => {
  let t: TestApp;
  let beheerder: Session;
  let kcc: Session;
  beforeAll(async () => {
    t = await createTestApp();
    beheerder = await t.login(['beheerder'], 'teams-wijzigen');
    kcc = await t.login(['kcc'], 'teams-kcc');
  });
  afterAll(() => t.close());

  const call = (method: 'POST' | 'PUT' | 'DELETE' | 'GET', url: string, payload?: object, sessie = beheerder) =>
    t.app.inject({ method, url, headers: sessie.headers, ...(payload ? { payload } : {}) });
  const maak = async (naam: string) => {
    const response = await call('POST', '/api/beheer/teams', { naam });
    expect(response.statusCode, response.body).toBe(201);
    const id = response.json<{ id: string }>().id;
    const { actor_id } = await t.database.db.selectFrom('team').select('actor_id').where('id', '=', id).executeTakeFirstOrThrow();
    return { id, actorId: actor_id };
  };
  const weg = async (id: string) => {
    const response = await call('DELETE', `/api/beheer/teams/${id}`);
    return { status: response.statusCode, code: response.statusCode === 204 ? null : response.json().error.code };
  };

  it('renames a team and its actor, refusing a name another team has', async () => {
    const { id, actorId } = await maak('Parkeren');
    const response = await call('PUT', `/api/beheer/teams/${id}`, { naam: ' Parkeren en vergunningen ' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ id, naam: 'Parkeren en vergunningen' });
    const actor = await t.database.db.selectFrom('actor').select('naam').where('id', '=', actorId).executeTakeFirstOrThrow();
    expect(actor.naam).toBe('Parkeren en vergunningen');
    // Its own name in another case is fine; another team's is not.
    expect((await call('PUT', `/api/beheer/teams/${id}`, { naam: 'parkeren en vergunningen' })).statusCode).toBe(200);
    const bezet = await call('PUT', `/api/beheer/teams/${id}`, { naam: 'kcc' });
    expect([bezet.statusCode, bezet.json().error.code]).toEqual([409, 'LOKET_TEAM_EXISTS']);
    expect((await call('PUT', `/api/beheer/teams/${id}`, { naam: '  ' })).statusCode).toBe(400);
    const onbekend = await call('PUT', '/api/beheer/teams/00000000-0000-4000-8000-000000000000', { naam: 'X' });
    expect([onbekend.statusCode, onbekend.json().error.code]).toEqual([404, 'LOKET_TEAM_NOT_FOUND']);
    expect((await call('PUT', `/api/beheer/teams/${id}`, { naam: 'Y' }, kcc)).statusCode).toBe(403);
    expect((await call('DELETE', `/api/beheer/teams/${id}`, undefined, kcc)).statusCode).toBe(403);
  });

  it('removes only a team without members, open work or history, and its afdeling forgets it', async () => {
    const metLid = await maak('Met lid');
    const lid = await t.login(['backoffice'], 'teams-lid-2');
    await t.database.db.insertInto('team_lid').values({ team_id: metLid.id, medewerker_id: lid.medewerkerId }).execute();
    expect(await weg(metLid.id)).toEqual({ status: 409, code: 'LOKET_TEAM_HEEFT_LEDEN' });

    const metTaak = await maak('Met taak');
    const klantcontactId = (await call('POST', '/api/klantcontacten', { kanaal: 'telefoon', onderwerp: 'Afval' }, kcc)).json().id;
    const taak = await call(
      'POST',
      '/api/interne-taken',
      { klantcontactId, gevraagdeHandeling: 'Bel terug', actorIds: [metTaak.actorId] },
      kcc,
    );
    expect(taak.statusCode, taak.body).toBe(201);
    expect(await weg(metTaak.id)).toEqual({ status: 409, code: 'LOKET_TEAM_HEEFT_OPEN_WERK' });

    const metGesprek = await maak('Met gesprek');
    const gesprek = await t.database.db
      .insertInto('gesprek')
      .values({ kanaal: 'webchat', team_id: metGesprek.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(await weg(metGesprek.id)).toEqual({ status: 409, code: 'LOKET_TEAM_HEEFT_OPEN_WERK' });
    await t.database.db
      .updateTable('gesprek')
      .set({ status: 'afgehandeld', afgesloten_op: new Date('2026-03-03T10:00:00Z') })
      .where('id', '=', gesprek.id)
      .execute();
    expect(await weg(metGesprek.id)).toEqual({ status: 409, code: 'LOKET_TEAM_HEEFT_HISTORIE' });

    const leeg = await maak('Leeg');
    const afdeling = await call('POST', '/api/beheer/afdelingen', { naam: 'Stadszaken', teamIds: [leeg.id, metLid.id] });
    expect(afdeling.statusCode, afdeling.body).toBe(201);
    expect(await weg(leeg.id)).toEqual({ status: 204, code: null });
    expect(await weg(leeg.id)).toEqual({ status: 404, code: 'LOKET_TEAM_NOT_FOUND' });
    const teams = (await call('GET', '/api/beheer/teams')).json<{ results: { naam: string }[] }>().results.map((r) => r.naam);
    expect(teams).not.toContain('Leeg');
    expect(teams).toContain('Met lid');
    const afdelingen = (await call('GET', '/api/beheer/afdelingen')).json<{ results: { naam: string; teams: { naam: string }[] }[] }>();
    expect(afdelingen.results.find((a) => a.naam === 'Stadszaken')!.teams.map((x) => x.naam)).toEqual(['Met lid']);
  });
});
