import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMedewerker } from '../auth/medewerkers.service.ts';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';

interface Sjabloon {
  id: string;
  titel: string;
  tekst: string;
  team: { id: string; naam: string } | null;
}

describe('/api/antwoordsjablonen: reply templates per team', () => {
  let t: TestApp;
  let lead: Session;
  let afvalTeam: string;

  const call = (session: Session, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: session.headers, payload });

  beforeAll(async () => {
    t = await createTestApp();
    lead = await t.login(['teamleider'], 'lead');
    // Creates both teams; the agents below join them.
    await createMedewerker(t.database.db, { gebruikersnaam: 'teams', naam: 'Teams', rollen: ['kcc'], teams: ['Afval', 'Burgerzaken'] });
    afvalTeam = (await t.database.db.selectFrom('team').select('id').where('naam', '=', 'Afval').executeTakeFirstOrThrow()).id;
  });
  afterAll(() => t.close());

  it("a team lead keeps templates for everyone and per team; each agent sees the general ones and their team's", async () => {
    const algemeen = await call(lead, 'POST', '/api/antwoordsjablonen', {
      titel: 'Groet',
      tekst: 'Goedemiddag {{naam}}, u spreekt met {{medewerker}}.',
    });
    expect(algemeen.statusCode, algemeen.body).toBe(201);
    const afval = await call(lead, 'POST', '/api/antwoordsjablonen', {
      titel: 'Bladkorf',
      tekst: 'Uw melding {{zaaknummer}} is doorgezet.',
      teamId: afvalTeam,
    });
    expect(afval.json<Sjabloon>().team).toEqual({ id: afvalTeam, naam: 'Afval' });

    const anne = await t.login(['kcc'], 'afval');
    const bas = await t.login(['kcc'], 'burgerzaken');
    const burgerzaken = (await t.database.db.selectFrom('team').select('id').where('naam', '=', 'Burgerzaken').executeTakeFirstOrThrow())
      .id;
    await t.database.db
      .insertInto('team_lid')
      .values([
        { team_id: afvalTeam, medewerker_id: anne.medewerkerId },
        { team_id: burgerzaken, medewerker_id: bas.medewerkerId },
      ])
      .execute();
    const titels = async (s: Session) =>
      (await call(s, 'GET', '/api/antwoordsjablonen')).json<{ results: Sjabloon[] }>().results.map((r) => r.titel);
    expect(await titels(anne)).toEqual(['Bladkorf', 'Groet']);
    expect(await titels(bas)).toEqual(['Groet']);
    expect(await titels(lead)).toEqual(['Bladkorf', 'Groet']);
  });

  it('changes and deletes, with 404 for what is gone and 400 for an unknown team', async () => {
    const { id } = (await call(lead, 'POST', '/api/antwoordsjablonen', { titel: 'Tijdelijk', tekst: 'x' })).json<Sjabloon>();
    const changed = await call(lead, 'PUT', `/api/antwoordsjablonen/${id}`, { titel: 'Tijdelijk 2', tekst: 'y', teamId: afvalTeam });
    expect(changed.json<Sjabloon>()).toMatchObject({ titel: 'Tijdelijk 2', tekst: 'y', team: { id: afvalTeam } });
    expect((await call(lead, 'DELETE', `/api/antwoordsjablonen/${id}`)).statusCode).toBe(204);
    expect((await call(lead, 'DELETE', `/api/antwoordsjablonen/${id}`)).json<{ error: { code: string } }>().error.code).toBe(
      'LOKET_SJABLOON_NIET_GEVONDEN',
    );
    expect((await call(lead, 'PUT', `/api/antwoordsjablonen/${id}`, { titel: 'a', tekst: 'b' })).statusCode).toBe(404);
    const onbekend = await call(lead, 'POST', '/api/antwoordsjablonen', {
      titel: 'a',
      tekst: 'b',
      teamId: '00000000-0000-4000-8000-000000000000',
    });
    expect(onbekend.json<{ error: { code: string } }>().error.code).toBe('LOKET_TEAM_NIET_GEVONDEN');
    expect((await call(lead, 'POST', '/api/antwoordsjablonen', { titel: '   ', tekst: 'b' })).statusCode).toBe(400);
  });

  it('only a team lead may change them; redacteuren and strangers may not read them', async () => {
    const kcc = await t.login(['kcc']);
    expect((await call(kcc, 'POST', '/api/antwoordsjablonen', { titel: 'a', tekst: 'b' })).statusCode).toBe(403);
    const redacteur = await t.login(['redacteur']);
    expect((await call(redacteur, 'GET', '/api/antwoordsjablonen')).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/antwoordsjablonen' })).statusCode).toBe(401);
  });
});
