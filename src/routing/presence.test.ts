import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../platform/clock.ts';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';
import { TestSocket } from '../test/ws-client.ts';
import { assignWaiting } from './assignment.ts';
import { anyoneAvailable } from './presence.ts';

const START = '2026-03-10T09:00:00Z';
const SECOND = 1000;

describe('presence ends a grace period after the agent’s desktop went away', () => {
  let t: TestApp;
  let clock: FixedClock;
  let lead: Session;
  beforeAll(async () => {
    clock = new FixedClock(START);
    t = await createTestApp({ BOT_ACTIEF: 'false', PRESENCE_GRACE_SECONDS: '30' }, { overrides: { clock } });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    lead = await t.login(['teamleider']);
  });
  afterAll(() => t.close());

  const statusIn = async (medewerkerId: string) => {
    const response = await t.app.inject({ method: 'GET', url: '/api/teamleider/overzicht', headers: lead.headers });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ medewerkers: { id: string; status: string }[] }>().medewerkers.find((m) => m.id === medewerkerId)?.status;
  };
  const widgetSeesAgent = async () =>
    (await t.app.inject({ method: 'GET', url: '/api/webchat/beschikbaarheid' })).json<{ beschikbaar: boolean }>().beschikbaar;
  const beschikbaar = (agent: Session) =>
    t.app.inject({
      method: 'PUT',
      url: '/api/aanwezigheid',
      headers: agent.headers,
      payload: { status: 'beschikbaar', kanalen: ['webchat'] },
    });

  it('shows an agent who set herself available as offline once the grace period passed without a sign of life', async () => {
    clock.set(START);
    const anna = await t.login(['kcc']);
    expect((await beschikbaar(anna)).statusCode).toBe(200);
    clock.advance(29 * SECOND);
    expect(await statusIn(anna.medewerkerId)).toBe('beschikbaar');
    expect(await widgetSeesAgent()).toBe(true);
    clock.advance(2 * SECOND);
    expect(await statusIn(anna.medewerkerId)).toBe('offline');
    expect(await widgetSeesAgent()).toBe(false);
    expect(await anyoneAvailable(t.database.db, 'webchat', clock.now())).toBe(false);
    // Her own choice stays as she set it: her desktop shows it when she comes back.
    expect((await t.app.inject({ method: 'GET', url: '/api/aanwezigheid', headers: anna.headers })).json()).toEqual({
      status: 'beschikbaar',
      kanalen: ['webchat'],
    });
  });

  it('tells the widget the bot answers a new chat when it is on, also with nobody present', async () => {
    clock.set('2026-03-10T11:00:00Z');
    const stand = (await t.app.inject({ method: 'GET', url: '/api/webchat/beschikbaarheid' })).json();
    // BOT_ACTIEF=false in this app: without the bot and without agents, the widget offers leave-a-message.
    expect(stand).toEqual({ beschikbaar: false, bot: false });
  });

  it('routes by the same clock that wrote presence: in grace she gets the chat, after it she does not', async () => {
    // The fixed clock is years before the database's own now(): judged by now(), she would never count.
    clock.set('2026-03-10T12:00:00Z');
    const cas = await t.login(['kcc']);
    await beschikbaar(cas);
    const chat = async (n: number) =>
      (
        await t.app.pipeline.receive({
          kanaal: 'webchat',
          kanaalBerichtId: `klok-${n}`,
          afzender: null,
          draad: { externeId: `klok-${n}` },
          tekst: 'Hallo',
        })
      ).processed!.gesprekId;
    const toegewezen = async (id: string) =>
      (await t.database.db.selectFrom('gesprek').select('toegewezen_aan').where('id', '=', id).executeTakeFirstOrThrow()).toegewezen_aan;
    const eerste = await chat(1);
    clock.advance(20 * SECOND);
    await assignWaiting(t.database.db, { now: clock.now() });
    expect(await toegewezen(eerste)).toBe(cas.medewerkerId);
    const tweede = await chat(2);
    clock.advance(20 * SECOND);
    await assignWaiting(t.database.db, { now: clock.now() });
    expect(await toegewezen(tweede)).toBeNull();
  });

  it('keeps her present while her desktop is connected, and from the moment it closes for the grace period only', async () => {
    clock.set('2026-03-10T10:00:00Z');
    const bea = await t.login(['kcc']);
    await beschikbaar(bea);
    const port = (t.app.server.address() as AddressInfo).port;
    const socket = await TestSocket.open(`ws://127.0.0.1:${port}/api/realtime`, { cookie: bea.cookie });
    await socket.next((f) => f.type === 'verbonden');

    // Twenty minutes of work: the socket's heartbeat renews presence with the clock's time.
    const seen = async () =>
      new Date(
        (
          await t.database.db
            .selectFrom('aanwezigheid')
            .select('laatst_gezien_op')
            .where('medewerker_id', '=', bea.medewerkerId)
            .executeTakeFirstOrThrow()
        ).laatst_gezien_op,
      ).getTime();
    clock.advance(20 * 60 * SECOND);
    const renewedBy = clock.now().getTime();
    await expect.poll(seen, { timeout: 15_000, interval: 200 }).toBe(renewedBy);
    expect(await statusIn(bea.medewerkerId)).toBe('beschikbaar');

    // She closes the laptop 10 s later: present for 30 s more, then offline.
    clock.advance(10 * SECOND);
    const closedAt = clock.now().getTime();
    socket.close();
    await socket.closed;
    await expect.poll(seen, { timeout: 5_000, interval: 100 }).toBe(closedAt);
    clock.advance(29 * SECOND);
    expect(await statusIn(bea.medewerkerId)).toBe('beschikbaar');
    clock.advance(2 * SECOND);
    expect(await statusIn(bea.medewerkerId)).toBe('offline');
  }, 40_000);
});
