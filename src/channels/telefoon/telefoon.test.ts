import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMedewerker } from '../../auth/medewerkers.service.ts';
import { persoon } from '../../test/fixtures.ts';
import { createTestApp, logCount, sessionCookie, TEST_PASSWORD, type Session, type TestApp } from '../../test/test-app.ts';
import { TestSocket } from '../../test/ws-client.ts';

const SECRET = 'centrale-geheim-0123456789abcdef';
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

describe('phone: CTI webhook, notes and transcripts', () => {
  let t: TestApp;
  let agent: Session;
  let cti: Record<string, string>;
  let socket: TestSocket;
  let partijId: string;

  beforeAll(async () => {
    t = await createTestApp({ TELEFOON_CTI_GEHEIMEN: `centrale=${SECRET}` });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    agent = await t.login(['kcc'], 'anna');
    cti = await t.token('kcc');
    socket = await TestSocket.open(`ws://127.0.0.1:${(t.app.server.address() as AddressInfo).port}/api/realtime`, { cookie: agent.cookie });
    await socket.next((f) => f.type === 'verbonden');
    partijId = (await t.app.inject({ method: 'POST', url: '/api/partijen', headers: agent.headers, payload: persoon() })).json().id;
  });
  afterAll(async () => {
    socket.close();
    await t.close();
  });

  const post = (payload: Record<string, string>, headers: Record<string, string> = cti) =>
    t.app.inject({
      method: 'POST',
      url: '/api/telefoon/cti',
      headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
      payload: form(payload),
    });

  it('stores a call once, pops the screen with the known caller, and follows answer and hangup', async () => {
    const newCall = { event: 'newCall', callId: 'call-1', from: '+31612345678', to: '0301234567', direction: 'in', queue: 'Algemeen' };
    const first = await post(newCall);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ callId: 'call-1', status: 'rinkelt', herhaald: false });
    expect((await post(newCall)).json()).toMatchObject({ herhaald: true });

    const pop = await socket.next((f) => f.type === 'telefoon.inkomend');
    expect(pop.data).toMatchObject({
      callId: 'call-1',
      van: '+31612345678',
      wachtrij: 'Algemeen',
      partij: { id: partijId, naam: 'Marieke Jansen' },
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(socket.frames.filter((f) => f.type === 'telefoon.inkomend')).toHaveLength(1);

    const answered = await post({ event: 'answer', callId: 'call-1', 'user[]': 'anna', direction: 'in' });
    expect(answered.json()).toMatchObject({ status: 'in_gesprek', herhaald: false });
    expect((await post({ event: 'answer', callId: 'call-1', user: 'anna' })).json()).toMatchObject({ herhaald: true });
    const personal = await socket.next((f) => f.type === 'telefoon.beantwoord');
    expect(personal.data).toMatchObject({ callId: 'call-1', medewerker: { id: agent.medewerkerId }, partij: { id: partijId } });

    const note = await t.app.inject({
      method: 'POST',
      url: '/api/telefoon/gesprekken/call-1/notities',
      headers: agent.headers,
      payload: { tekst: 'Vraagt naar de status van haar paspoortaanvraag' },
    });
    expect(note.statusCode).toBe(201);

    const hungUp = await post({ event: 'hangup', callId: 'call-1', cause: 'normalClearing' });
    expect(hungUp.json()).toMatchObject({ status: 'beeindigd' });
    expect((await post({ event: 'hangup', callId: 'call-1' })).json()).toMatchObject({ herhaald: true });
    const ended = await socket.next((f) => f.type === 'telefoon.beeindigd');
    expect(ended.data).toMatchObject({ callId: 'call-1', beantwoord: true, oorzaak: 'normalClearing', duurSeconden: expect.any(Number) });

    const tijdlijn = (await t.app.inject({ method: 'GET', url: `/api/partijen/${partijId}/tijdlijn`, headers: agent.headers })).json();
    const calls = tijdlijn.items.filter((i: { kanaal: string }) => i.kanaal === 'telefoon');
    expect(calls).toHaveLength(1);
    const gesprek = (await t.app.inject({ method: 'GET', url: `/api/gesprekken/${calls[0].gesprekId}`, headers: agent.headers })).json();
    expect(gesprek).toMatchObject({ kanaal: 'telefoon', status: 'afgehandeld', metadata: { callId: 'call-1', wachtrij: 'Algemeen' } });
    expect(gesprek.berichten.map((b: { richting: string; inhoud: string }) => b.inhoud)).toEqual([
      'Inkomend telefoongesprek van +31612345678 (wachtrij Algemeen)',
      'Vraagt naar de status van haar paspoortaanvraag',
      expect.stringMatching(/^Gesprek beëindigd na \d+:\d\d \(normalClearing\)\.$/),
    ]);
  });

  it('accepts JSON and the per-system secret in the URL; refuses a wrong secret or no token', async () => {
    const json = await t.app.inject({
      method: 'POST',
      url: `/api/telefoon/cti/${SECRET}`,
      payload: { event: 'newCall', callId: 'call-2', from: 'anonymous', to: '14030', direction: 'in' },
    });
    expect(json.statusCode).toBe(200);
    const pop = await socket.next((f) => f.type === 'telefoon.inkomend' && (f.data as { callId: string }).callId === 'call-2');
    expect((pop.data as { partij: unknown }).partij).toBeNull();
    const missed = await t.app.inject({
      method: 'POST',
      url: `/api/telefoon/cti/${SECRET}`,
      payload: { event: 'hangup', callId: 'call-2', cause: 'cancel' },
    });
    expect(missed.json()).toMatchObject({ status: 'beeindigd' });

    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/telefoon/cti/verkeerd-geheim-0123456789abcdef',
      payload: { event: 'newCall', callId: 'call-x' },
    });
    expect(wrong.statusCode).toBe(401);
    expect((await post({ event: 'newCall', callId: 'call-y' }, {})).statusCode).toBe(401);
  });

  it('stores transcript segments in order, a duplicate once, and publishes each stored batch', async () => {
    await post({ event: 'newCall', callId: 'call-3', from: '0612345678', direction: 'in' });
    const url = '/api/telefoon/gesprekken/call-3/transcript';
    const live = await t.app.inject({
      method: 'POST',
      url,
      headers: cti,
      payload: { segmenten: [{ speaker: 'agent', start: 0, end: 2.5, text: 'Gemeente Lindendaal, met Anna.' }] },
    });
    expect(live.json()).toEqual({ opgeslagen: 1, alBekend: 0 });
    const first = await socket.next((f) => f.type === 'telefoon.transcript');
    expect(first.data).toMatchObject({
      callId: 'call-3',
      segmenten: [{ speaker: 'agent', start: 0, text: 'Gemeente Lindendaal, met Anna.' }],
    });

    const after = await t.app.inject({
      method: 'POST',
      url,
      headers: cti,
      payload: {
        segmenten: [
          { speaker: 'klant', start: 7.25, end: 9, text: 'Ik woon op de Lindelaan.' },
          { speaker: 'agent', start: 0, end: 2.5, text: 'Gemeente Lindendaal, met Anna.' },
          { speaker: 'klant', start: 2.75, end: 7, text: 'Goedemorgen, mijn bladkorf is niet geleegd.' },
          { speaker: 'klant', start: 2.75, end: 7, text: 'Goedemorgen, mijn bladkorf is niet geleegd.' },
        ],
      },
    });
    expect(after.json()).toEqual({ opgeslagen: 2, alBekend: 2 });
    const second = await socket.next(
      (f) => f.type === 'telefoon.transcript' && (f.data as { segmenten: unknown[] }).segmenten.length === 2,
    );
    expect((second.data as { segmenten: { start: number }[] }).segmenten.map((s) => s.start)).toEqual([2.75, 7.25]);

    const transcript = await t.app.inject({ method: 'GET', url, headers: agent.headers });
    expect(transcript.json().segmenten.map((s: { speaker: string; start: number }) => `${s.speaker}@${s.start}`)).toEqual([
      'agent@0',
      'klant@2.75',
      'klant@7.25',
    ]);
    expect(await logCount(t.database, transcript.json().gesprekId, 'Raadplegen')).toBeGreaterThan(0);
  });

  it('answers bad input with a clear 4xx', async () => {
    const unknown = await post({ event: 'answer', callId: 'bestaat-niet', user: 'anna' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('LOKET_TELEFOONGESPREK_ONBEKEND');
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/telefoon/gesprekken/bestaat-niet/transcript', headers: agent.headers })).statusCode,
    ).toBe(404);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/telefoon/gesprekken/bestaat-niet/notities',
          headers: agent.headers,
          payload: { tekst: 'x' },
        })
      ).statusCode,
    ).toBe(404);
    expect((await post({ event: 'ringing', callId: 'c' })).statusCode).toBe(400);
    expect((await post({ event: 'newCall' })).statusCode).toBe(400);
    const malformed = await t.app.inject({
      method: 'POST',
      url: '/api/telefoon/cti',
      headers: { ...cti, 'content-type': 'application/json' },
      payload: '{"event":',
    });
    expect(malformed.statusCode).toBe(400);
    const oversized = await post({ event: 'newCall', callId: 'c', queue: 'x'.repeat(20_000) });
    expect(oversized.statusCode).toBe(413);
    const backwards = await t.app.inject({
      method: 'POST',
      url: '/api/telefoon/gesprekken/call-3/transcript',
      headers: cti,
      payload: { segmenten: [{ speaker: 'klant', start: 5, end: 4, text: 'x' }] },
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.fields[0].field).toBe('body.segmenten.0.end');
    const wrongSpeaker = await t.app.inject({
      method: 'POST',
      url: '/api/telefoon/gesprekken/call-3/transcript',
      headers: cti,
      payload: { segmenten: [{ speaker: 'robot', start: 1, end: 2, text: 'x' }] },
    });
    expect(wrongSpeaker.statusCode).toBe(400);
    await post({ event: 'newCall', callId: 'call-4' });
    await post({ event: 'hangup', callId: 'call-4' });
    expect((await post({ event: 'answer', callId: 'call-4' })).statusCode).toBe(409);
  });

  it('hands the screen pop to the agent who answered, found by e-mail address', async () => {
    const { id } = await createMedewerker(t.database.db, {
      gebruikersnaam: 'bert',
      naam: 'Bert',
      email: 'b.bakker@lindendaal.example',
      wachtwoord: TEST_PASSWORD,
      rollen: ['kcc'],
      teams: ['KCC'],
    });
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { gebruikersnaam: 'bert', wachtwoord: TEST_PASSWORD },
    });
    const bert = await TestSocket.open(`ws://127.0.0.1:${(t.app.server.address() as AddressInfo).port}/api/realtime`, {
      cookie: sessionCookie(login),
    });
    await bert.next((f) => f.type === 'verbonden');
    await post({ event: 'newCall', callId: 'call-5', from: '0612345678' });
    await post({ event: 'answer', callId: 'call-5', user: 'B.Bakker@lindendaal.example' });
    const pop = await bert.next((f) => f.type === 'telefoon.beantwoord');
    expect(pop.data).toMatchObject({ callId: 'call-5', medewerker: { id } });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(socket.frames.some((f) => f.type === 'telefoon.beantwoord' && (f.data as { callId: string }).callId === 'call-5')).toBe(false);
    bert.close();
  });
});
