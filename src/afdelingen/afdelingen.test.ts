import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMedewerker } from '../auth/medewerkers.service.ts';
import { ensureTeam } from '../auth/teams.ts';
import { FixedClock } from '../platform/clock.ts';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';

describe('afdelingen', () => {
  let t: TestApp;
  let beheerder: Session;
  let kcc: Session;
  let bo: Session;
  const teams: Record<string, { id: string; actor_id: string }> = {};
  const taken: Record<string, string> = {};

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, session: Session, payload?: object) =>
    t.app.inject({ method, url, headers: session.headers, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    t = await createTestApp({}, { overrides: { clock: new FixedClock('2026-12-07T10:00:00Z') } });
    beheerder = await t.login(['beheerder']);
    kcc = await t.login(['kcc']);
    const db = t.database.db;
    for (const naam of ['Burgerzaken', 'Belastingen', 'Parkeren']) teams[naam] = await ensureTeam(db, naam);
    await createMedewerker(db, {
      gebruikersnaam: 'bz',
      naam: 'Bo Zakendoen',
      wachtwoord: 'een-lang-testwachtwoord',
      rollen: ['backoffice'],
      teams: ['Burgerzaken'],
    });
    bo = await (async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { gebruikersnaam: 'bz', wachtwoord: 'een-lang-testwachtwoord' },
      });
      const cookie = `loket_sessie=${response.cookies.find((c) => c.name === 'loket_sessie')!.value}`;
      const csrfToken = response.json<{ csrfToken: string }>().csrfToken;
      return { cookie, csrfToken, medewerkerId: '', actorId: '', headers: { cookie, 'x-csrf-token': csrfToken } };
    })();
    const klantcontactId = (await call('POST', '/api/klantcontacten', kcc, { kanaal: 'balie', onderwerp: 'Vraag' })).json().id;
    for (const naam of Object.keys(teams)) {
      taken[naam] = (
        await call('POST', '/api/interne-taken', kcc, {
          klantcontactId,
          gevraagdeHandeling: `Taak voor ${naam}`,
          actorIds: [teams[naam]!.actor_id],
        })
      ).json().id;
    }
  });
  afterAll(() => t.close());

  it('are kept by the beheerder: created with teams, listed, changed', async () => {
    const created = await call('POST', '/api/beheer/afdelingen', beheerder, {
      naam: 'Publiekszaken',
      teamIds: [teams.Burgerzaken!.id, teams.Belastingen!.id],
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ naam: 'Publiekszaken', groepsmailbox: null, toewijzingsmelding: 'uit' });
    expect(created.json().teams.map((x: { naam: string }) => x.naam)).toEqual(['Belastingen', 'Burgerzaken']);
    await call('POST', '/api/beheer/afdelingen', beheerder, { naam: 'Stadsbeheer', teamIds: [teams.Parkeren!.id] });

    const changed = await call('PUT', `/api/beheer/afdelingen/${created.json().id}`, beheerder, {
      naam: 'Publiekszaken',
      groepsmailbox: 'publiekszaken@lindendaal.example',
      toewijzingsmelding: 'groepsmailbox',
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ groepsmailbox: 'publiekszaken@lindendaal.example', toewijzingsmelding: 'groepsmailbox' });
    // Without teamIds the teams stay as they were.
    expect(changed.json().teams).toHaveLength(2);
    const list = (await call('GET', '/api/beheer/afdelingen', beheerder)).json().results;
    expect(list.map((a: { naam: string; teams: unknown[] }) => [a.naam, a.teams.length])).toEqual([
      ['Publiekszaken', 2],
      ['Stadsbeheer', 1],
    ]);
  });

  it('name the field of bad input and refuse a second afdeling of the same name', async () => {
    const id = (await call('GET', '/api/beheer/afdelingen', beheerder)).json().results[1].id;
    const noMailbox = await call('PUT', `/api/beheer/afdelingen/${id}`, beheerder, {
      naam: 'Stadsbeheer',
      toewijzingsmelding: 'groepsmailbox',
    });
    expect(noMailbox.statusCode).toBe(400);
    expect(noMailbox.json().error.fields[0].field).toBe('body.groepsmailbox');
    const unknownTeam = await call('PUT', `/api/beheer/afdelingen/${id}`, beheerder, {
      naam: 'Stadsbeheer',
      teamIds: [teams.Parkeren!.id, '00000000-0000-4000-8000-000000000000'],
    });
    expect(unknownTeam.json().error.fields[0].field).toBe('body.teamIds.1');
    const badMail = await call('POST', '/api/beheer/afdelingen', beheerder, { naam: 'Ruimte', groepsmailbox: 'geen adres' });
    expect(badMail.json().error.fields[0].field).toBe('body.groepsmailbox');
    expect((await call('POST', '/api/beheer/afdelingen', beheerder, { naam: 'Stadsbeheer' })).statusCode).toBe(409);
    expect((await call('PUT', '/api/beheer/afdelingen/00000000-0000-4000-8000-000000000000', beheerder, { naam: 'X' })).statusCode).toBe(
      404,
    );
    expect((await call('GET', '/api/beheer/afdelingen', kcc)).statusCode).toBe(403);
  });

  it("give the werklijst's afdeling view: every team of my team's afdeling", async () => {
    const ids = async (voor: string) =>
      (await call('GET', `/api/interne-taken?voor=${voor}`, bo))
        .json()
        .results.map((r: { id: string }) => r.id)
        .sort();
    // Burgerzaken and Belastingen are Publiekszaken; Parkeren is Stadsbeheer.
    expect(await ids('afdeling')).toEqual([taken.Burgerzaken, taken.Belastingen].sort());
    expect(await ids('team')).toEqual([taken.Burgerzaken]);
  });

  it('are in the OpenAPI document for the beheerder', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.paths['/api/beheer/afdelingen'].post['x-rollen']).toEqual(['beheerder']);
    expect(doc.paths['/api/beheer/afdelingen/{id}'].put['x-persoonsgegevens']).toBe(false);
  });
});
