import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMedewerker } from '../auth/medewerkers.service.ts';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';

describe('GET /api/collegas: recipients for a transfer or contactverzoek', () => {
  let t: TestApp;
  let agent: Session;
  let backoffice: { id: string; actorId: string };

  beforeAll(async () => {
    t = await createTestApp();
    agent = await t.login(['kcc'], 'collega-kcc');
    backoffice = await createMedewerker(t.database.db, {
      gebruikersnaam: 'bo.afval',
      naam: 'Bea Afval',
      email: 'bea@gemeente.example',
      rollen: ['backoffice'],
      teams: ['Afval', 'KCC'],
    });
    await createMedewerker(t.database.db, { gebruikersnaam: 'redactie', naam: 'Rik Redacteur', rollen: ['redacteur'], teams: ['Kennis'] });
    await createMedewerker(t.database.db, { gebruikersnaam: 'beheer', naam: 'Bert Beheer', rollen: ['beheerder'] });
    const weg = await createMedewerker(t.database.db, { gebruikersnaam: 'vertrokken', naam: 'Vera Vertrokken', rollen: ['kcc'] });
    await t.database.db.updateTable('medewerker').set({ actief: false }).where('id', '=', weg.id).execute();
  });
  afterAll(() => t.close());

  it('lists active agents with their teams, and every team with its actor, without personal data', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/collegas', headers: agent.headers });
    expect(response.statusCode).toBe(200);
    const body = response.json<{
      results: { medewerkerId: string; actorId: string; naam: string; teams: { id: string; naam: string }[] }[];
      teams: { id: string; naam: string; actorId: string }[];
    }>();
    expect(body.results.map((c) => c.naam)).toEqual(['Bea Afval', 'Test collega-kcc']);
    const bea = body.results.find((c) => c.naam === 'Bea Afval')!;
    expect(bea).toEqual({
      medewerkerId: backoffice.id,
      actorId: backoffice.actorId,
      naam: 'Bea Afval',
      teams: [expect.objectContaining({ naam: 'Afval' }), expect.objectContaining({ naam: 'KCC' })],
    });
    expect(Object.keys(bea.teams[0]!).sort()).toEqual(['id', 'naam']);
    expect(response.body).not.toContain('bea@gemeente.example');
    expect(response.body).not.toContain('bo.afval');
    expect(body.teams.map((team) => team.naam)).toEqual(['Afval', 'KCC', 'Kennis']);
    const actor = await t.database.db.selectFrom('team').select('actor_id').where('naam', '=', 'Afval').executeTakeFirstOrThrow();
    expect(body.teams[0]!.actorId).toBe(actor.actor_id);
  });

  it('is for agents, back office and team leads only', async () => {
    for (const rol of ['backoffice', 'teamleider'] as const) {
      const session = await t.login([rol]);
      expect((await t.app.inject({ method: 'GET', url: '/api/collegas', headers: session.headers })).statusCode).toBe(200);
    }
    const redacteur = await t.login(['redacteur']);
    expect((await t.app.inject({ method: 'GET', url: '/api/collegas', headers: redacteur.headers })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/collegas' })).statusCode).toBe(401);
  });
});
