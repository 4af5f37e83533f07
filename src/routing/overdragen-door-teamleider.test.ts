import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMedewerker } from '../auth/medewerkers.service.ts';
import { FixedClock } from '../platform/clock.ts';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';
import { TestSocket } from '../test/ws-client.ts';
import { setPresence } from './presence.ts';

const NOW = '2026-03-10T10:00:00Z';

describe('a team lead hands one gesprek of an agent to a named, available colleague in her team', () => {
  let t: TestApp;
  let clock: FixedClock;
  let lead: Session;
  let anna: Session;
  let bea: Session;
  let carl: Session;
  let piet: string;
  let gesprekId: string;

  const overdragen = (id: string, medewerkerId: string, session: Session = lead) =>
    t.app.inject({
      method: 'POST',
      url: `/api/teamleider/gesprekken/${id}/overdragen`,
      headers: session.headers,
      payload: { medewerkerId },
    });
  const beschikbaar = (medewerkerId: string, status: 'beschikbaar' | 'pauze' = 'beschikbaar') =>
    setPresence(t.database.db, medewerkerId, status, ['webchat'], clock.now(), 30);
  const toegewezenAan = async (id: string) =>
    (await t.database.db.selectFrom('gesprek').select('toegewezen_aan').where('id', '=', id).executeTakeFirstOrThrow()).toegewezen_aan;

  beforeAll(async () => {
    clock = new FixedClock(NOW);
    t = await createTestApp({ BOT_ACTIEF: 'false' }, { overrides: { clock } });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    lead = await t.login(['teamleider']);
    [anna, bea, carl] = [await t.login(['kcc']), await t.login(['kcc']), await t.login(['kcc'])];
    piet = (await createMedewerker(t.database.db, { gebruikersnaam: 'piet', naam: 'Piet', rollen: ['kcc'], teams: ['Vergunningen'] })).id;
    gesprekId = (
      await t.app.pipeline.receive({
        kanaal: 'webchat',
        kanaalBerichtId: 'overdragen-1',
        afzender: null,
        draad: { externeId: 'overdragen-1' },
        tekst: 'Mijn bladkorf is niet geleegd.',
      })
    ).processed!.gesprekId;
    const take = await t.app.inject({ method: 'POST', url: `/api/gesprekken/${gesprekId}/toewijzing`, headers: anna.headers, payload: {} });
    expect(take.statusCode).toBe(204);
    // Only after Anna took it, so routing does not hand it to one of them first.
    await beschikbaar(bea.medewerkerId);
    await beschikbaar(piet);
    await beschikbaar(carl.medewerkerId, 'pauze');
  });
  afterAll(() => t.close());

  it('lists the agent’s active gesprekken and only the colleagues available in her team', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/teamleider/medewerkers/${anna.medewerkerId}/gesprekken`,
      headers: lead.headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      gesprekken: [
        { id: gesprekId, kanaal: 'webchat', status: 'toegewezen', gestartOp: expect.any(String), wachtSinds: expect.any(String) },
      ],
      collegas: [{ id: bea.medewerkerId, naam: expect.stringContaining('Test') }],
    });
  });

  it('gives the gesprek to the colleague, whose desktop is told at once', async () => {
    const port = (t.app.server.address() as AddressInfo).port;
    const socket = await TestSocket.open(`ws://127.0.0.1:${port}/api/realtime`, { cookie: bea.cookie });
    await socket.next((f) => f.type === 'verbonden');
    const response = await overdragen(gesprekId, bea.medewerkerId);
    expect(response.statusCode, response.body).toBe(204);
    expect(await toegewezenAan(gesprekId)).toBe(bea.medewerkerId);
    const event = await socket.next((f) => f.type === 'gesprek.toegewezen');
    expect(event.data).toMatchObject({ gesprekId, medewerkerId: bea.medewerkerId, hoe: 'overgedragen' });
    socket.close();
    const inbox = await t.app.inject({ method: 'GET', url: '/api/inbox', headers: bea.headers });
    expect(inbox.json().results.map((g: { id: string }) => g.id)).toContain(gesprekId);
  });

  it('refuses a colleague who is away, in another team, or when her presence has run out by the clock', async () => {
    for (const naar of [carl.medewerkerId, piet]) {
      const response = await overdragen(gesprekId, naar);
      expect(response.statusCode).toBe(409);
      expect(response.json().error.code).toBe('LOKET_COLLEGA_NIET_BESCHIKBAAR');
    }
    await beschikbaar(anna.medewerkerId);
    clock.advance(31_000);
    expect((await overdragen(gesprekId, anna.medewerkerId)).json().error.code).toBe('LOKET_COLLEGA_NIET_BESCHIKBAAR');
    expect(await toegewezenAan(gesprekId)).toBe(bea.medewerkerId);
  });

  it('is for team leads, and not for a closed gesprek', async () => {
    await beschikbaar(anna.medewerkerId);
    expect((await overdragen(gesprekId, anna.medewerkerId, bea)).statusCode).toBe(403);
    await t.app.inject({ method: 'POST', url: `/api/gesprekken/${gesprekId}/afhandelen`, headers: bea.headers });
    const closed = await overdragen(gesprekId, anna.medewerkerId);
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.code).toBe('LOKET_GESPREK_NIET_TOEWIJSBAAR');
  });
});
