import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { FixedClock } from '../platform/clock.ts';
import { clientAddressKey, waitSeconds } from '../platform/throttle.ts';
import { createTestApp, TEST_PASSWORD, type Session, type TestApp } from '../test/test-app.ts';
import { openSecondNode } from '../test/test-database.ts';
import { createMedewerker } from './medewerkers.service.ts';
import { LOGIN_ACCOUNT, LOGIN_ADRES } from './login-throttle.ts';

describe('login throttling (per account and per address, shared through the database)', () => {
  let t: TestApp;
  let beheerder: Session;
  const clock = new FixedClock('2026-12-07T09:00:00Z');
  let address = 0;
  const freshAddress = () => `10.1.${Math.floor(++address / 250)}.${address % 250}`;
  const login = (gebruikersnaam: string, wachtwoord: string, remoteAddress = '10.9.9.9', app = t.app) =>
    app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress, payload: { gebruikersnaam, wachtwoord } });
  const user = (gebruikersnaam: string) =>
    createMedewerker(t.database.db, { gebruikersnaam, naam: gebruikersnaam, wachtwoord: TEST_PASSWORD, rollen: ['kcc'], teams: [] });

  beforeAll(async () => {
    t = await createTestApp({}, { overrides: { clock } });
    beheerder = await t.login(['beheerder'], 'beheerder');
  });
  afterAll(() => t.close());

  it('gives an account 5 free guesses, then refuses before hashing with 429, Retry-After and LOKET_TE_VEEL_POGINGEN', async () => {
    await user('fenna');
    const codes: number[] = [];
    for (let i = 0; i < 8; i++) codes.push((await login('fenna', 'fout-wachtwoord', freshAddress())).statusCode);
    expect(codes).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
    const refused = await login('Fenna', TEST_PASSWORD, freshAddress());
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBe('1');
    expect(refused.json().error.code).toBe('LOKET_TE_VEEL_POGINGEN');
    // The refused attempts were never hashed: they are logged as refused, not as failed.
    const log = await t.database.db.selectFrom('inlogpoging').select('uitkomst').where('gebruikersnaam', '=', 'fenna').execute();
    expect(log.filter((r) => r.uitkomst === 'mislukt')).toHaveLength(5);
    expect(log.filter((r) => r.uitkomst === 'geweigerd')).toHaveLength(4);
  });

  it('doubles the wait per guess up to 30 s per account, and the right password still gets in after the wait', async () => {
    await user('gert');
    const waits: number[] = [];
    for (let i = 0; i < 60; i++) {
      const response = await login('gert', `fout-${i}`, freshAddress());
      if (response.statusCode === 429) {
        const wait = Number(response.headers['retry-after']);
        waits.push(wait);
        clock.advance(wait * 1000);
      }
    }
    expect(waits.slice(0, 7)).toEqual([1, 2, 4, 8, 16, 30, 30]);
    expect(Math.max(...waits)).toBe(30);
    // The attacker's guess right when the wait ends holds the account for 30 s more, no longer.
    expect((await login('gert', 'nog-een-gok', freshAddress())).statusCode).toBe(401);
    expect((await login('gert', TEST_PASSWORD, freshAddress())).statusCode).toBe(429);
    clock.advance(30_000);
    expect((await login('gert', TEST_PASSWORD, freshAddress())).statusCode).toBe(200);
    // Success clears the account's count: the next typo is free again.
    expect((await login('gert', 'typo', freshAddress())).statusCode).toBe(401);
  });

  it('throttles one address that guesses at many names (known or not) without touching others', async () => {
    const spray = '192.0.2.66';
    const codes: number[] = [];
    for (let i = 0; i < 22; i++) codes.push((await login(`onbekend${i}`, 'fout', spray)).statusCode);
    expect(codes.slice(0, 20).every((c) => c === 401)).toBe(true);
    expect(codes.slice(20)).toEqual([429, 429]);
    await user('hanna');
    expect((await login('hanna', TEST_PASSWORD, spray)).statusCode).toBe(429);
    expect((await login('hanna', TEST_PASSWORD, freshAddress())).statusCode).toBe(200);
  });

  it('counts a burst of parallel guesses before any is hashed', async () => {
    await user('ilse');
    const responses = await Promise.all(Array.from({ length: 30 }, () => login('ilse', 'fout', freshAddress())));
    const codes = responses.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 401)).toHaveLength(LOGIN_ACCOUNT.free);
    expect(codes.filter((c) => c === 429)).toHaveLength(30 - LOGIN_ACCOUNT.free);
  });

  it('shares the count between nodes through the database', async () => {
    await user('joost');
    const secondDb = await openSecondNode(t.database);
    const second = await buildApp({ database: secondDb, config: t.config, logger: false, backgroundJobs: false, clock });
    try {
      for (let i = 0; i < 5; i++) expect((await login('joost', 'fout', freshAddress())).statusCode).toBe(401);
      expect((await login('joost', 'fout', freshAddress(), second)).statusCode).toBe(429);
    } finally {
      await second.close();
      if (secondDb !== t.database) await secondDb.close();
    }
  });

  it('shows the beheerder the attempts and who must wait now; nobody else', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/beheer/inlogpogingen?uitkomst=geweigerd&limit=5',
      headers: beheerder.headers,
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.pogingen).toHaveLength(5);
    expect(body.pogingen[0]).toMatchObject({ uitkomst: 'geweigerd', adres: expect.any(String) });
    expect(body.geremd.adressen).toContainEqual(expect.objectContaining({ sleutel: '192.0.2.66', pogingen: 20 }));
    expect(body.geremd.accounts.map((a: { sleutel: string }) => a.sleutel)).toContain('ilse');
    const kcc = await t.login(['kcc']);
    expect((await t.app.inject({ method: 'GET', url: '/api/beheer/inlogpogingen', headers: kcc.headers })).statusCode).toBe(403);
  });

  it('counts IPv6 clients per /64 and unwraps IPv4-mapped addresses', () => {
    expect(clientAddressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(clientAddressKey('2001:DB8::1')).toBe('2001:db8:0:0::/64');
    expect(clientAddressKey('::ffff:10.0.0.1')).toBe('10.0.0.1');
    expect(waitSeconds(LOGIN_ADRES, 40)).toBe(15 * 60);
  });
});
