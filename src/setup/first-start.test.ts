import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoWeekStart } from '../analytics/hotspots/index.ts';
import { createTestApp, sessionCookie, type TestApp } from '../test/test-app.ts';
import { LINDELAAN_INWONER, LINDELAAN_VERZOEK } from './demo-seed.ts';
import { shiftWeeks, weeksToNow } from './demo/demo-time.ts';
import { firstStartReport } from './first-start-report.ts';
import { firstStart, type FirstStartResult } from './first-start.ts';

/** A Wednesday late morning: the current week's history runs up to here, not beyond. */
const NOW = new Date('2027-01-13T10:45:00Z');
/** A Lindendaal date (2026) as the demo shows it at NOW. */
const shifted = (date: string) => shiftWeeks(`${date}T00:00:00Z`, weeksToNow(NOW)).slice(0, 10);

describe('first start with the demo municipality Lindendaal', () => {
  let t: TestApp;
  let first: FirstStartResult | undefined;
  const headers: Record<string, { cookie: string }> = {};

  beforeAll(async () => {
    t = await createTestApp();
    first = await firstStart(t.database.db, { demo: true, now: NOW });
    for (const account of first?.demo?.accounts ?? []) {
      const login = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { gebruikersnaam: account.gebruikersnaam, wachtwoord: account.wachtwoord },
      });
      headers[account.gebruikersnaam] = { cookie: sessionCookie(login) };
    }
  }, 120_000);
  afterAll(() => t.close());

  const get = (url: string, as: string) => t.app.inject({ method: 'GET', url, headers: headers[as] });

  it('creates the beheerder and one person per role in their teams, once, with passwords shown once', async () => {
    expect(first?.demoError).toBeUndefined();
    expect(first?.adminPassword).toMatch(/^\S{20}$/);
    expect(await firstStart(t.database.db, { demo: true, now: NOW })).toBeUndefined();
    const admin = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { gebruikersnaam: 'admin', wachtwoord: first?.adminPassword },
    });
    expect(admin.json().medewerker.rollen).toEqual(['beheerder']);

    const accounts = first!.demo!.accounts;
    expect(accounts.map((a) => a.rol).sort()).toEqual(['backoffice', 'kcc', 'kcc', 'redacteur', 'teamleider']);
    for (const account of accounts) {
      const me = (await get('/api/auth/me', account.gebruikersnaam)).json();
      expect(me.medewerker.rollen, account.gebruikersnaam).toEqual([account.rol]);
      expect(me.medewerker.teams.map((team: { naam: string }) => team.naam)).toEqual([
        account.rol === 'backoffice' ? 'Team Afval & Reiniging' : 'Klantcontactcentrum (KCC)',
      ]);
    }
    const report = firstStartReport(first!, 'http://localhost:8080');
    for (const account of accounts) expect(report).toContain(account.wachtwoord);
    expect(report).toContain(first!.adminPassword);
  });

  it("puts afdelingen.json's 16 teams in their 9 afdelingen", async () => {
    const rows = await t.database.db
      .selectFrom('team')
      .innerJoin('afdeling', 'afdeling.id', 'team.afdeling_id')
      .select(['team.naam as team', 'afdeling.naam as afdeling'])
      .execute();
    expect(rows).toHaveLength(16);
    expect(new Set(rows.map((r) => r.afdeling)).size).toBe(9);
    expect(rows.find((r) => r.team === 'Team Afval & Reiniging')?.afdeling).toBe('Stadsbeheer');
  });

  it('publishes the kennisbank: 70 artikelen for everyone, and the 6 werkinstructies for agents', async () => {
    const open = (await t.app.inject({ method: 'GET', url: '/api/kennisbank/artikelen' })).json().results;
    expect(open).toHaveLength(70);
    const forAgents = (await get('/api/kennisbank/artikelen', 'sanne')).json().results as { type: string }[];
    expect(forAgents.filter((a) => a.type === 'werkinstructie')).toHaveLength(6);
    expect(forAgents).toHaveLength(76);
  });

  it('shows twelve weeks of history in ten wijken, ending in the week of now, with the hotspots', async () => {
    expect((await get('/api/analytics/wijken.geojson', 'lotte')).json().features).toHaveLength(10);
    const { rows } = await sql<{ eerste: Date; laatste: Date; n: number }>`
      select min(plaatsgevonden_op) as eerste, max(plaatsgevonden_op) as laatste, count(*)::int as n
        from klantcontact where metadata ? 'import'`.execute(t.database.db);
    const history = rows[0]!;
    expect(history.n).toBeGreaterThan(17_000);
    expect(isoWeekStart(history.laatste)).toBe(isoWeekStart(NOW));
    expect(new Date(history.laatste).getTime()).toBeLessThanOrEqual(NOW.getTime());
    expect(isoWeekStart(history.eerste)).toBe(shifted('2026-08-31'));

    const from = shifted('2026-09-28');
    const hotspots = (await get(`/api/analytics/hotspots?from=${from}&to=${NOW.toISOString().slice(0, 10)}`, 'lotte')).json().hotspots;
    expect(hotspots).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ wijk: 'WK0001', articleId: 'bladkorven-herfst', weekStart: shifted('2026-10-26') }),
        expect.objectContaining({ wijk: 'WK0010', articleId: 'geluidsoverlast', weekStart: shifted('2026-11-09') }),
      ]),
    );
  });

  it('has citizens waiting in the inbox on four channels, and the Lindelaan story across two', async () => {
    const inbox = (await get('/api/inbox', 'sanne')).json().results as { kanaal: string; status: string; wachtSinds: string | null }[];
    expect(inbox.map((g) => g.kanaal).sort()).toEqual(['email', 'formulier', 'webchat', 'whatsapp']);
    expect(inbox.every((g) => g.status === 'open' && g.wachtSinds !== null)).toBe(true);

    const [partij] = (await get(`/api/partijen?bsn=${LINDELAAN_INWONER.bsn}`, 'sanne')).json().results;
    expect(partij.volledigeNaam).toBe(LINDELAAN_INWONER.volledigeNaam);
    const tijdlijn = (await get(`/api/partijen/${partij.id}/tijdlijn?volgorde=oplopend`, 'sanne')).json();
    expect(tijdlijn.items.map((i: { soort: string; kanaal: string | null }) => `${i.soort}:${i.kanaal}`)).toEqual([
      'klantcontact:telefoon',
      'verzoek:null',
      'interne_taak:telefoon',
      'klantcontact:webchat',
    ]);
    const verzoekId = tijdlijn.items.find((i: { soort: string }) => i.soort === 'verzoek').id;
    const verzoek = (await get(`/api/verzoeken/${verzoekId}`, 'sanne')).json();
    expect(verzoek.onderwerp).toBe(LINDELAAN_VERZOEK);
    expect(verzoek.klantcontacten.map((k: { kanaal: string }) => k.kanaal).sort()).toEqual(['telefoon', 'webchat']);
  });

  it('has analysed calls of both agents in the quality view', async () => {
    const rapport = (await get('/api/analytics/kwaliteit', 'lotte')).json();
    expect(rapport.medewerkers.map((m: { naam: string }) => m.naam).sort()).toEqual(['Bram Kuipers', 'Sanne Visser']);
    expect(rapport.gesprekken.length).toBeGreaterThan(0);
    expect(rapport.gesprekken.some((g: { zinAlerts: number }) => g.zinAlerts > 0)).toBe(true);
  });
});

describe('first start without the demo', () => {
  it('creates only the beheerder, with LOKET_ADMIN_PASSWORD when given, and does not echo it', async () => {
    const t = await createTestApp();
    try {
      const result = await firstStart(t.database.db, { adminPassword: 'een-eigen-sterk-wachtwoord', demo: false });
      expect(result).toEqual({});
      const login = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { gebruikersnaam: 'admin', wachtwoord: 'een-eigen-sterk-wachtwoord' },
      });
      expect(login.statusCode).toBe(200);
      const count = (table: 'medewerker' | 'klantcontact' | 'kennisartikel' | 'gesprek') =>
        t.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
          .then((r) => Number(r.n));
      expect(await count('medewerker')).toBe(1);
      expect([await count('klantcontact'), await count('kennisartikel'), await count('gesprek')]).toEqual([0, 0, 0]);
    } finally {
      await t.close();
    }
  });
});
