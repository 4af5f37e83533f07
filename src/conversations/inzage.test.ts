import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../platform/clock.ts';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';
import { TestSocket } from '../test/ws-client.ts';

describe('a colleague sees live who else has a gesprek open', () => {
  let t: TestApp;
  let anna: Session;
  let bram: Session;
  const clock = new FixedClock('2026-03-10T09:00:00Z');
  beforeAll(async () => {
    t = await createTestApp({ BOT_ACTIEF: 'false' }, { overrides: { clock } });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    anna = await t.login(['kcc'], 'anna-inzage');
    bram = await t.login(['kcc'], 'bram-inzage');
  });
  afterAll(() => t.close());

  it('announces opening and closing to other agents, with the name and until when', async () => {
    const gesprekId = (
      await t.app.pipeline.receive({
        kanaal: 'webchat',
        kanaalBerichtId: 'inzage-1',
        afzender: null,
        draad: { externeId: 'inzage-1' },
        tekst: 'Hallo',
      })
    ).processed!.gesprekId;
    const socket = await TestSocket.open(`ws://127.0.0.1:${(t.app.server.address() as AddressInfo).port}/api/realtime`, {
      cookie: bram.cookie,
    });
    await socket.next((f) => f.type === 'verbonden');

    expect((await t.app.inject({ method: 'POST', url: `/api/gesprekken/${gesprekId}/inzage`, headers: anna.headers })).statusCode).toBe(
      204,
    );
    const open = await socket.next((f) => f.type === 'gesprek.inzage');
    expect(open.data).toEqual({ gesprekId, medewerkerId: anna.medewerkerId, naam: 'Test anna-inzage', tot: '2026-03-10T09:00:45.000Z' });

    expect((await t.app.inject({ method: 'DELETE', url: `/api/gesprekken/${gesprekId}/inzage`, headers: anna.headers })).statusCode).toBe(
      204,
    );
    const dicht = await socket.next((f) => f.type === 'gesprek.inzage' && (f.data as { tot: string }).tot === '2026-03-10T09:00:00.000Z');
    expect(dicht.data).toMatchObject({ gesprekId, medewerkerId: anna.medewerkerId });
    socket.close();
  });

  it('answers 404 for an unknown gesprek and 401 without a session', async () => {
    const missing = await t.app.inject({
      method: 'POST',
      url: '/api/gesprekken/00000000-0000-4000-8000-000000000000/inzage',
      headers: anna.headers,
    });
    expect(missing.json().error.code).toBe('LOKET_GESPREK_NOT_FOUND');
    expect((await t.app.inject({ method: 'POST', url: '/api/gesprekken/00000000-0000-4000-8000-000000000000/inzage' })).statusCode).toBe(
      401,
    );
  });
});
