import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persoon } from '../test/fixtures.ts';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../test/test-app.ts';

describe('login, sessions, CSRF and API tokens', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('logs in with a password and sets a hardened session cookie', async () => {
    const session = await t.login(['kcc'], 'sanne');
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: session.cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json().medewerker).toMatchObject({
      gebruikersnaam: 'sanne',
      rollen: ['kcc'],
      teams: [expect.objectContaining({ naam: 'KCC' })],
    });
    expect(me.json().csrfToken).toBe(session.csrfToken);

    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { gebruikersnaam: 'SANNE', wachtwoord: TEST_PASSWORD },
    });
    const cookie = login.cookies.find((c) => c.name === 'loket_sessie');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    expect(login.body).not.toContain('wachtwoord_hash');
  });

  it('marks the cookie Secure when Loket is served over TLS', async () => {
    const tls = await createTestApp({ PUBLIC_URL: 'https://loket.gemeente.example' });
    try {
      await tls.login(['kcc'], 'tls-user');
      const login = await tls.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { gebruikersnaam: 'tls-user', wachtwoord: TEST_PASSWORD },
      });
      expect(login.cookies.find((c) => c.name === 'loket_sessie')?.secure).toBe(true);
    } finally {
      await tls.close();
    }
  });

  it('refuses a wrong password or unknown user with the same answer', async () => {
    await t.login(['kcc'], 'ahmed');
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { gebruikersnaam: 'ahmed', wachtwoord: 'fout-wachtwoord-123' },
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { gebruikersnaam: 'niemand', wachtwoord: 'fout-wachtwoord-123' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.cookies).toHaveLength(0);
  });

  it('requires the session’s CSRF token on unsafe requests made with the cookie', async () => {
    const session = await t.login(['kcc']);
    const without = await t.app.inject({
      method: 'POST',
      url: '/api/partijen',
      headers: { cookie: session.cookie },
      payload: persoon({ identificatoren: [] }),
    });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.code).toBe('LOKET_CSRF_TOKEN_INVALID');
    const forged = await t.app.inject({
      method: 'POST',
      url: '/api/partijen',
      headers: { cookie: session.cookie, 'x-csrf-token': 'geraden' },
      payload: persoon({ identificatoren: [] }),
    });
    expect(forged.statusCode).toBe(403);
    const count = await t.database.db
      .selectFrom('partij')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
    const withToken = await t.app.inject({
      method: 'POST',
      url: '/api/partijen',
      headers: session.headers,
      payload: persoon({ identificatoren: [] }),
    });
    expect(withToken.statusCode).toBe(201);
  });

  it('ends the session on logout', async () => {
    const session = await t.login(['kcc']);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: session.headers })).statusCode).toBe(204);
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: session.cookie } });
    expect(me.statusCode).toBe(401);
  });

  it('authenticates integrations with Authorization: Token, limited to the token’s role', async () => {
    const kccToken = await t.token('kcc');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/partijen',
      headers: kccToken,
      payload: persoon({ identificatoren: [] }),
    });
    expect(created.statusCode).toBe(201);
    const redacteurToken = await t.token('redacteur');
    const refused = await t.app.inject({ method: 'GET', url: `/api/partijen/${created.json().id}`, headers: redacteurToken });
    expect(refused.statusCode).toBe(403);
    const bogus = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: 'Token verzonnen' } });
    expect(bogus.statusCode).toBe(401);
    expect(bogus.json().error.code).toBe('LOKET_API_TOKEN_INVALID');
  });

  it('lets a beheerder create medewerkers and tokens, shows the key once and can revoke it', async () => {
    const admin = await t.login(['beheerder']);
    const medewerker = await t.app.inject({
      method: 'POST',
      url: '/api/medewerkers',
      headers: admin.headers,
      payload: { gebruikersnaam: 'bo.afval', naam: 'Back-office Afval', rollen: ['backoffice'], teams: ['Afval'], wachtwoord: 'kort' },
    });
    expect(medewerker.json().error.code).toBe('LOKET_PASSWORD_TOO_WEAK');
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/medewerkers',
      headers: admin.headers,
      payload: { gebruikersnaam: 'bo.afval', naam: 'Back-office Afval', rollen: ['backoffice'], teams: ['Afval'] },
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().teams[0].naam).toBe('Afval');
    const duplicate = await t.app.inject({
      method: 'POST',
      url: '/api/medewerkers',
      headers: admin.headers,
      payload: { gebruikersnaam: 'bo.afval', naam: 'X', rollen: ['kcc'] },
    });
    expect(duplicate.statusCode).toBe(409);

    const token = await t.app.inject({
      method: 'POST',
      url: '/api/api-tokens',
      headers: admin.headers,
      payload: { naam: 'KISS', rol: 'kcc' },
    });
    expect(token.statusCode).toBe(201);
    const { id, sleutel } = token.json();
    const list = await t.app.inject({ method: 'GET', url: '/api/api-tokens', headers: admin.headers });
    expect(list.body).not.toContain(sleutel);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/partijen?naam=xx', headers: { authorization: `Token ${sleutel}` } })).statusCode,
    ).toBe(200);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/api-tokens/${id}`, headers: admin.headers })).statusCode).toBe(204);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/partijen?naam=xx', headers: { authorization: `Token ${sleutel}` } })).statusCode,
    ).toBe(401);

    const kcc = await t.login(['kcc']);
    expect((await t.app.inject({ method: 'GET', url: '/api/medewerkers', headers: kcc.headers })).statusCode).toBe(403);
  });

  it('asks for login when there is no session', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/partijen?naam=jansen' });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('LOKET_UNAUTHENTICATED');
  });
});
