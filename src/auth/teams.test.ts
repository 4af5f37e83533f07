import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';

describe('teams for the beheerder', () => {
  let t: TestApp;
  let beheerder: Session;
  beforeAll(async () => {
    t = await createTestApp();
    beheerder = await t.login(['beheerder'], 'teams-admin');
  });
  afterAll(() => t.close());

  const teams = async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/beheer/teams', headers: beheerder.headers });
    expect(response.statusCode).toBe(200);
    return response.json<{ results: { id: string; naam: string; leden: { naam: string }[]; [k: string]: unknown }[] }>().results;
  };

  it('creates a team, refuses the same name twice and lists it with its members and working time', async () => {
    const nieuw = await t.app.inject({
      method: 'POST',
      url: '/api/beheer/teams',
      headers: beheerder.headers,
      payload: { naam: 'Vergunningen' },
    });
    expect(nieuw.statusCode).toBe(201);
    expect(nieuw.json()).toMatchObject({ naam: 'Vergunningen', leden: [], openingstijden: null, terugbeltermijnWerkdagen: null });
    const dubbel = await t.app.inject({
      method: 'POST',
      url: '/api/beheer/teams',
      headers: beheerder.headers,
      payload: { naam: 'vergunningen ' },
    });
    expect(dubbel.statusCode).toBe(409);
    expect(dubbel.json().error.code).toBe('LOKET_TEAM_EXISTS');

    const openingstijden = { ma: '09:00-17:00', di: '09:00-17:00', wo: null, do: '09:00-17:00', vr: '09:00-12:00', za: null, zo: null };
    const werktijd = await t.app.inject({
      method: 'PUT',
      url: `/api/werktijd/teams/${nieuw.json().id}`,
      headers: beheerder.headers,
      payload: { openingstijden, terugbeltermijnWerkdagen: 5 },
    });
    expect(werktijd.statusCode).toBe(204);
    const lid = await t.login(['backoffice'], 'teams-lid');
    await t.app.inject({
      method: 'PUT',
      url: `/api/medewerkers/${lid.medewerkerId}`,
      headers: beheerder.headers,
      payload: { naam: 'Lid Vergunningen', email: null, rollen: ['backoffice'], teams: ['Vergunningen'], actief: true },
    });
    const team = (await teams()).find((x) => x.naam === 'Vergunningen');
    expect(team).toMatchObject({
      openingstijden,
      terugbeltermijnWerkdagen: 5,
      afdelingId: null,
      leden: [{ naam: 'Lid Vergunningen', actief: true }],
    });
    expect((await teams()).find((x) => x.naam === 'KCC')?.leden.map((l) => l.naam)).toEqual(['Test teams-admin']);
  });

  it('is for beheerders only', async () => {
    const kcc = await t.login(['kcc'], 'teams-kcc');
    expect((await t.app.inject({ method: 'GET', url: '/api/beheer/teams', headers: kcc.headers })).statusCode).toBe(403);
    const post = await t.app.inject({ method: 'POST', url: '/api/beheer/teams', headers: kcc.headers, payload: { naam: 'Stiekem' } });
    expect(post.statusCode).toBe(403);
  });
});
