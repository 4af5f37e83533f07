import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, sessionCookie, type TestApp } from '../test/test-app.ts';
import { firstStart } from './first-start.ts';

describe('first start', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('creates the first beheerder and the demo municipality once', async () => {
    const first = await firstStart(t.database.db, { demo: true });
    expect(first?.adminPassword).toMatch(/^\S{20}$/);
    expect(first?.demoPassword).toBeTruthy();
    expect(await firstStart(t.database.db, { demo: true })).toBeUndefined();

    const admin = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { gebruikersnaam: 'admin', wachtwoord: first?.adminPassword } });
    expect(admin.json().medewerker.rollen).toEqual(['beheerder']);

    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { gebruikersnaam: 'anna', wachtwoord: first?.demoPassword } });
    const headers = { cookie: sessionCookie(login) };
    const [jansen] = (await t.app.inject({ method: 'GET', url: '/api/partijen?naam=jansen', headers })).json().results;
    expect(jansen.volledigeNaam).toBe('Marieke Jansen');
    const tijdlijn = (await t.app.inject({ method: 'GET', url: `/api/partijen/${jansen.id}/tijdlijn?volgorde=oplopend`, headers })).json();
    expect(tijdlijn.items.map((i: { soort: string; kanaal: string | null }) => `${i.soort}:${i.kanaal}`)).toEqual([
      'klantcontact:telefoon',
      'verzoek:null',
      'interne_taak:telefoon',
      'klantcontact:webchat',
    ]);
  });

  it('uses LOKET_ADMIN_PASSWORD when given and does not echo it', async () => {
    const other = await createTestApp();
    try {
      const result = await firstStart(other.database.db, { adminPassword: 'een-eigen-sterk-wachtwoord', demo: false });
      expect(result).toEqual({});
      const login = await other.app.inject({ method: 'POST', url: '/api/auth/login', payload: { gebruikersnaam: 'admin', wachtwoord: 'een-eigen-sterk-wachtwoord' } });
      expect(login.statusCode).toBe(200);
    } finally {
      await other.close();
    }
  });
});
