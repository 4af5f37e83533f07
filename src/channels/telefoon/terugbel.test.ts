import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMedewerker } from '../../auth/medewerkers.service.ts';
import { FixedClock } from '../../platform/clock.ts';
import { persoon } from '../../test/fixtures.ts';
import { createTestApp, sessionCookie, TEST_PASSWORD, type Session, type TestApp } from '../../test/test-app.ts';
import { TestSocket } from '../../test/ws-client.ts';

describe('call-me-back requests', () => {
  let t: TestApp;
  let agent: Session;
  let telefonist: TestSocket;
  let partijId: string;
  // Wednesday 18 November 2026, 09:10 in Amsterdam (CET): the slots do not depend on the real day.
  const clock = new FixedClock('2026-11-18T08:10:00Z');

  beforeAll(async () => {
    t = await createTestApp({ TELEFOON_OPENINGSTIJDEN: 'ma-zo 00:00-24:00' }, { overrides: { clock } });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    agent = await t.login(['kcc']);
    // A member of the phone team, which does not exist yet: the first request creates it.
    await createMedewerker(t.database.db, {
      gebruikersnaam: 'telefonist',
      naam: 'Tess',
      wachtwoord: TEST_PASSWORD,
      rollen: ['kcc'],
      teams: [],
    });
    partijId = (await t.app.inject({ method: 'POST', url: '/api/partijen', headers: agent.headers, payload: persoon() })).json().id;
  });
  afterAll(async () => {
    telefonist?.close();
    await t.close();
  });

  async function slot() {
    const response = await t.app.inject({ method: 'GET', url: '/api/terugbelverzoeken/tijdvakken' });
    expect(response.statusCode).toBe(200);
    return response.json().tijdvakken[0] as { begin: string; eind: string };
  }

  it('offers slots publicly', async () => {
    const response = (await t.app.inject({ method: 'GET', url: '/api/terugbelverzoeken/tijdvakken' })).json();
    expect(response.tijdzone).toBe('Europe/Amsterdam');
    // Today from 09:30 to 23:30 (29 slots), then four whole days of 48.
    expect(response.tijdvakken).toHaveLength(29 + 4 * 48);
    expect(response.tijdvakken[0]).toEqual({ begin: '2026-11-18T08:30:00.000Z', eind: '2026-11-18T09:00:00.000Z' });
    expect(response.tijdvakken.at(-1)).toEqual({ begin: '2026-11-22T22:30:00.000Z', eind: '2026-11-22T23:00:00.000Z' });
  });

  it('becomes a klantcontact for the partij with that number and one task for the phone team, which hears of it', async () => {
    const tijdvak = await slot();
    const body = {
      naam: 'Marieke Jansen',
      telefoonnummer: '+31 6 1234 5678',
      tijdvak: tijdvak.begin,
      vraag: 'Kan ik mijn afspraak voor een paspoort verzetten?',
    };
    const first = await t.app.inject({
      method: 'POST',
      url: '/api/terugbelverzoeken',
      headers: { 'idempotency-key': 'terugbel-1' },
      payload: body,
    });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ status: 'verwerkt', kenmerk: expect.any(String), tijdvak });
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/terugbelverzoeken',
      headers: { 'idempotency-key': 'terugbel-1' },
      payload: body,
    });
    expect(again.statusCode).toBe(200);

    const tijdlijn = (await t.app.inject({ method: 'GET', url: `/api/partijen/${partijId}/tijdlijn`, headers: agent.headers })).json();
    expect(tijdlijn.items.filter((i: { soort: string }) => i.soort === 'klantcontact')).toMatchObject([
      { titel: 'Terugbelverzoek', samenvatting: body.vraag },
    ]);
    const taken = tijdlijn.items.filter((i: { soort: string }) => i.soort === 'interne_taak');
    expect(taken).toHaveLength(1);
    expect(taken[0]).toMatchObject({ titel: 'Terugbellen', status: 'te_verwerken', samenvatting: expect.stringContaining('+31612345678') });
    const taak = (await t.app.inject({ method: 'GET', url: `/api/interne-taken/${taken[0].id}`, headers: agent.headers })).json();
    expect(taak).toMatchObject({ uiterlijkOp: tijdvak.eind, actoren: [{ naam: 'Telefonie', soortActor: 'organisatorische_eenheid' }] });

    // Now that the team exists, a member connects and hears of the next request.
    const team = await t.database.db.selectFrom('team').select('id').where('naam', '=', 'Telefonie').executeTakeFirstOrThrow();
    const medewerker = await t.database.db
      .selectFrom('medewerker')
      .select('id')
      .where('gebruikersnaam', '=', 'telefonist')
      .executeTakeFirstOrThrow();
    await t.database.db.insertInto('team_lid').values({ team_id: team.id, medewerker_id: medewerker.id }).execute();
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { gebruikersnaam: 'telefonist', wachtwoord: TEST_PASSWORD },
    });
    telefonist = await TestSocket.open(`ws://127.0.0.1:${(t.app.server.address() as AddressInfo).port}/api/realtime`, {
      cookie: sessionCookie(login),
    });
    await telefonist.next((f) => f.type === 'verbonden');
    await t.app.inject({ method: 'POST', url: '/api/terugbelverzoeken', payload: { ...body, vraag: 'Nog een vraag over mijn rijbewijs' } });
    const event = await telefonist.next((f) => f.type === 'terugbelverzoek.nieuw');
    expect(event.data).toMatchObject({ partijId, tijdvak });
    await telefonist.next(
      (f) => f.type === 'bericht.nieuw' && (f.data as { bericht: { inhoud: string } }).bericht.inhoud.includes('rijbewijs'),
    );
  });

  it('refuses an invalid phone number, a slot that was not offered, and malformed bodies with a clear 4xx', async () => {
    const tijdvak = await slot();
    for (const telefoonnummer of ['12345', '0900-1234567', '112', 'bel me', '+31 6 1234']) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/terugbelverzoeken',
        payload: { naam: 'Jan', telefoonnummer, tijdvak: tijdvak.begin, vraag: 'Vraag' },
      });
      expect(response.statusCode, telefoonnummer).toBe(400);
      expect(response.json().error.fields).toEqual([{ field: 'body.telefoonnummer', message: expect.any(String) }]);
    }
    const offSlot = await t.app.inject({
      method: 'POST',
      url: '/api/terugbelverzoeken',
      payload: {
        naam: 'Jan',
        telefoonnummer: '030 123 4567',
        tijdvak: new Date(Date.parse(tijdvak.begin) + 60_000).toISOString(),
        vraag: 'Vraag',
      },
    });
    expect(offSlot.json().error.fields).toEqual([{ field: 'body.tijdvak', message: expect.any(String) }]);
    const international = await t.app.inject({
      method: 'POST',
      url: '/api/terugbelverzoeken',
      payload: { naam: 'Hans', telefoonnummer: '+49 30 1234567', tijdvak: tijdvak.begin, vraag: 'Frage' },
    });
    expect(international.statusCode).toBe(201);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/terugbelverzoeken',
          headers: { 'content-type': 'application/json' },
          payload: '{"naam"',
        })
      ).statusCode,
    ).toBe(400);
    expect((await t.app.inject({ method: 'POST', url: '/api/terugbelverzoeken', payload: { naam: 'Jan' } })).statusCode).toBe(400);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/terugbelverzoeken',
          payload: { naam: 'Jan', telefoonnummer: '0612345678', tijdvak: tijdvak.begin, vraag: 'x'.repeat(17_000) },
        })
      ).statusCode,
    ).toBe(413);

    // Once the slot has begun it is no longer offered, and asking for it is refused.
    clock.set(tijdvak.begin);
    const late = await t.app.inject({
      method: 'POST',
      url: '/api/terugbelverzoeken',
      payload: { naam: 'Jan', telefoonnummer: '030 123 4567', tijdvak: tijdvak.begin, vraag: 'Vraag' },
    });
    expect(late.json().error.fields).toEqual([{ field: 'body.tijdvak', message: expect.any(String) }]);
    expect((await slot()).begin).not.toBe(tijdvak.begin);
  });
});
