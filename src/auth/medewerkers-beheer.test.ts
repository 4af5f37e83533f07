import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PASSWORD, type Session, type TestApp } from '../test/test-app.ts';

describe('a beheerder keeps medewerkers: list with teams, change, deactivate', () => {
  let t: TestApp;
  let beheerder: Session;
  beforeAll(async () => {
    t = await createTestApp();
    beheerder = await t.login(['beheerder'], 'beheer-admin');
  });
  afterAll(() => t.close());

  const wijzig = (id: string, payload: object, session = beheerder) =>
    t.app.inject({ method: 'PUT', url: `/api/medewerkers/${id}`, headers: session.headers, payload });

  it('lists every medewerker with their teams', async () => {
    const sanne = await t.login(['kcc'], 'beheer-sanne');
    const list = await t.app.inject({ method: 'GET', url: '/api/medewerkers', headers: beheerder.headers });
    expect(list.statusCode).toBe(200);
    const rij = list.json().results.find((m: { id: string }) => m.id === sanne.medewerkerId);
    expect(rij).toMatchObject({ gebruikersnaam: 'beheer-sanne', rollen: ['kcc'], actief: true, teams: [{ naam: 'KCC' }] });
    expect(list.body).not.toContain('wachtwoord');
  });

  it('changes name, e-mail, roles and teams, and refuses anyone but a beheerder', async () => {
    const bram = await t.login(['kcc'], 'beheer-bram');
    const response = await wijzig(bram.medewerkerId, {
      naam: 'Bram de Boer',
      email: 'bram@lindendaal.example',
      rollen: ['kcc', 'teamleider'],
      teams: ['Afval en Reiniging', 'KCC'],
      actief: true,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      naam: 'Bram de Boer',
      email: 'bram@lindendaal.example',
      rollen: ['kcc', 'teamleider'],
      teams: [{ naam: 'Afval en Reiniging' }, { naam: 'KCC' }],
    });
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: bram.headers });
    expect(me.json().medewerker.rollen).toEqual(['kcc', 'teamleider']);
    const actor = await t.database.db.selectFrom('actor').select('naam').where('id', '=', bram.actorId).executeTakeFirstOrThrow();
    expect(actor.naam).toBe('Bram de Boer');

    const door = await wijzig(bram.medewerkerId, { naam: 'x', email: null, rollen: ['beheerder'], teams: [], actief: true }, bram);
    expect(door.statusCode).toBe(403);
  });

  it('deactivating ends the sessions at once and refuses the next login', async () => {
    const karin = await t.login(['backoffice'], 'beheer-karin');
    const response = await wijzig(karin.medewerkerId, {
      naam: 'Test karin',
      email: null,
      rollen: ['backoffice'],
      teams: [],
      actief: false,
    });
    expect(response.json()).toMatchObject({ actief: false, teams: [] });
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: karin.headers });
    expect(me.statusCode).toBe(401);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { gebruikersnaam: 'beheer-karin', wachtwoord: TEST_PASSWORD },
    });
    expect(login.statusCode).toBe(401);
  });

  it('sets a new password: the old one and the open sessions stop working, a short one is refused', async () => {
    const ahmed = await t.login(['kcc'], 'beheer-ahmed');
    const basis = { naam: 'Ahmed', email: null, rollen: ['kcc'], teams: ['KCC'], actief: true };
    const kort = await wijzig(ahmed.medewerkerId, { ...basis, wachtwoord: 'kort' });
    expect(kort.statusCode).toBe(400);
    expect(kort.json().error.code).toBe('LOKET_PASSWORD_TOO_WEAK');
    expect((await wijzig(ahmed.medewerkerId, { ...basis, wachtwoord: 'een-nieuw-lang-wachtwoord' })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: ahmed.headers })).statusCode).toBe(401);
    const login = (wachtwoord: string) =>
      t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { gebruikersnaam: 'beheer-ahmed', wachtwoord } });
    expect((await login(TEST_PASSWORD)).statusCode).toBe(401);
    expect((await login('een-nieuw-lang-wachtwoord')).statusCode).toBe(200);
  });

  it('names the field that is wrong and says when the medewerker does not exist', async () => {
    const fout = await wijzig(beheerder.medewerkerId, { naam: ' ', email: 'geen-adres', rollen: [], teams: [], actief: true });
    expect(fout.statusCode).toBe(400);
    const onbekend = await wijzig('00000000-0000-4000-8000-000000000000', {
      naam: 'Niemand',
      email: null,
      rollen: ['kcc'],
      teams: [],
      actief: true,
    });
    expect(onbekend.statusCode).toBe(404);
    expect(onbekend.json().error.code).toBe('LOKET_MEDEWERKER_NOT_FOUND');
  });
});

describe('the last active beheerder', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('cannot be deactivated or lose the role, until a second beheerder exists', async () => {
    const enige = await t.login(['beheerder'], 'enige-beheerder');
    const put = (payload: object) =>
      t.app.inject({ method: 'PUT', url: `/api/medewerkers/${enige.medewerkerId}`, headers: enige.headers, payload });
    const basis = { naam: 'Enige', email: null, teams: [] };
    const uit = await put({ ...basis, rollen: ['beheerder'], actief: false });
    expect(uit.statusCode).toBe(409);
    expect(uit.json().error.code).toBe('LOKET_LAATSTE_BEHEERDER');
    expect((await put({ ...basis, rollen: ['kcc'], actief: true })).statusCode).toBe(409);
    const nog = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: enige.headers });
    expect(nog.json().medewerker).toMatchObject({ rollen: ['beheerder'], actief: true });

    await t.login(['beheerder'], 'tweede-beheerder');
    expect((await put({ ...basis, rollen: ['kcc'], actief: true })).statusCode).toBe(200);
  });
});
