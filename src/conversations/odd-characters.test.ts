import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanInput } from '../platform/clean-input.ts';
import { encodeBounded, MAX_PAYLOAD_BYTES } from '../platform/realtime/bounded-payload.ts';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';
import { TestSocket } from '../test/ws-client.ts';

const CONTROL = '\u0001'.repeat(1500);
const NUL = 'Mijn vraag\u0000 over afval';
const CLEANED = 'Mijn vraag\ufffd over afval';

describe('no message lost to odd characters', () => {
  let t: TestApp;
  let agent: Session;
  let beheerder: Session;
  let agentSocket: TestSocket;
  const wsUrl = (path: string) => `ws://127.0.0.1:${(t.app.server.address() as AddressInfo).port}${path}`;
  const inbound = (needle: string) =>
    t.database.db
      .selectFrom('bericht')
      .innerJoin('gesprek', 'gesprek.id', 'bericht.gesprek_id')
      .select(['bericht.inhoud', 'gesprek.id', 'gesprek.kanaal'])
      .where('bericht.inhoud', 'like', `%${needle}%`)
      .execute();

  beforeAll(async () => {
    t = await createTestApp({ TELEFOON_CTI_GEHEIMEN: 'centrale=centrale-geheim-0123456789abcdef', BOT_ACTIEF: 'false' });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    agent = await t.login(['kcc']);
    beheerder = await t.login(['beheerder']);
    agentSocket = await TestSocket.open(wsUrl('/api/realtime'), { cookie: agent.cookie });
    await agentSocket.next((f) => f.type === 'verbonden');
  });
  afterAll(async () => {
    agentSocket.close();
    await t.close();
  });

  it('processes a form whose preview would exceed NOTIFY’s 8000 bytes, and agents hear a bounded event', async () => {
    const vraag = `Controletekens${CONTROL}einde`;
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/formulieren/contactformulier/inzendingen',
      payload: { naam: 'Test', email: 'test@example.nl', vraag },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().status).toBe('verwerkt');
    const [stored] = await inbound('Controletekens');
    expect(stored!.inhoud).toBe(vraag);
    const event = await agentSocket.next((f) => f.type === 'bericht.nieuw' && (f.data as { gesprekId: string }).gesprekId === stored!.id);
    expect((event.data as { ingekort?: boolean }).ingekort).toBe(true);
    const failed = await t.database.db.selectFrom('inkomend_bericht').select('status').where('status', '=', 'mislukt').execute();
    expect(failed).toHaveLength(0);
  });

  it('takes an agent reply of 1,500 control characters', async () => {
    const [gesprek] = await inbound('Controletekens');
    const reply = await t.app.inject({
      method: 'POST',
      url: `/api/gesprekken/${gesprek!.id}/berichten`,
      headers: agent.headers,
      payload: { tekst: `Antwoord${CONTROL}`, soort: 'notitie' },
    });
    expect(reply.statusCode).toBe(201);
  });

  it('bounds any event by bytes, not characters, whatever the text', () => {
    for (const text of [CONTROL.repeat(10), '漢'.repeat(9000), '😀'.repeat(5000)]) {
      const payload = encodeBounded({
        type: 'x',
        audience: { agents: true },
        data: { gesprekId: 'id-1', bericht: { id: 'b-1', inhoud: text } },
      });
      expect(Buffer.byteLength(payload)).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
      const parsed = JSON.parse(payload) as { data: { gesprekId: string; ingekort: boolean; bericht: { id: string; inhoud: string } } };
      expect(parsed.data).toMatchObject({ gesprekId: 'id-1', ingekort: true, bericht: { id: 'b-1' } });
      expect(parsed.data.bericht.inhoud).not.toMatch(/[\ud800-\udbff]…$/);
    }
  });

  it('stores NUL as U+FFFD in JSON and HTML form posts', async () => {
    const json = await t.app.inject({
      method: 'POST',
      url: '/api/formulieren/contactformulier/inzendingen',
      payload: { naam: 'Nul\u0000', email: 'nul@example.nl', vraag: `JSON ${NUL}` },
    });
    expect(json.statusCode).toBe(201);
    expect(await inbound(`JSON ${CLEANED}`)).toHaveLength(1);
    const html = await t.app.inject({
      method: 'POST',
      url: '/formulieren/contactformulier',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ naam: 'Nul', email: 'nul@example.nl', vraag: `HTML ${NUL}` }).toString(),
    });
    expect(html.statusCode).toBe(200);
    expect(await inbound(`HTML ${CLEANED}`)).toHaveLength(1);
  });

  it('answers a NUL in a login with 401, not 500', async () => {
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { gebruikersnaam: 'ad\u0000min', wachtwoord: 'x\u0000' },
    });
    expect(login.statusCode).toBe(401);
  });

  it('stores a chat message with a NUL and a lone surrogate from the socket', async () => {
    const chat = (await t.app.inject({ method: 'POST', url: '/api/webchat/sessies', payload: {} })).json<{ token: string }>();
    const socket = await TestSocket.open(wsUrl('/api/webchat/ws'));
    try {
      socket.send({ type: 'aanmelden', token: chat.token });
      await socket.next((f) => f.type === 'aangemeld');
      socket.send(`{"type":"bericht","clientId":"c1","tekst":"Chat ${NUL.replace('\u0000', '\\u0000')} \\ud800"}`);
      const echoed = await socket.next((f) => f.type === 'bericht' || f.type === 'fout');
      expect(echoed.type).toBe('bericht');
      const [stored] = await inbound(`Chat ${CLEANED} \ufffd`);
      expect(stored).toBeDefined();
      // A reply longer than the event's preview reaches the citizen whole, read by its id.
      const tekst = `Lang antwoord ${'x'.repeat(3000)}${CONTROL}`;
      expect(
        (await t.app.inject({ method: 'POST', url: `/api/gesprekken/${stored!.id}/berichten`, headers: agent.headers, payload: { tekst } }))
          .statusCode,
      ).toBe(201);
      const answer = await socket.next((f) => f.type === 'bericht' && (f.bericht as { van: string }).van === 'gemeente');
      expect((answer.bericht as { tekst: string }).tekst).toBe(tekst);
    } finally {
      socket.close();
    }
  });

  it('takes CTI events and API-token names with NUL or a lone surrogate', async () => {
    const ctiHeaders = { ...(await t.token('kcc')), 'content-type': 'application/json' };
    const cti = await t.app.inject({
      method: 'POST',
      url: '/api/telefoon/cti',
      headers: ctiHeaders,
      payload: '{"event":"newCall","callId":"oproep-\\ud800","from":"06\\u0000","direction":"in"}',
    });
    expect(cti.statusCode).toBe(200);
    expect(cti.json().callId).toBe('oproep-\ufffd');
    const token = await t.app.inject({
      method: 'POST',
      url: '/api/api-tokens',
      headers: { ...beheerder.headers, 'content-type': 'application/json' },
      payload: '{"naam":"koppeling \\ud800\\u0000","rol":"kcc"}',
    });
    expect(token.statusCode).toBe(201);
  });

  it('cleans keys and nested values, and leaves buffers and dates alone', () => {
    const date = new Date();
    const buffer = Buffer.from([0]);
    expect(cleanInput({ 'a\u0000': ['\udc00x', { b: 'ok' }], date, buffer, n: 1 })).toEqual({
      'a\ufffd': ['\ufffdx', { b: 'ok' }],
      date,
      buffer,
      n: 1,
    });
    expect(cleanInput('😀')).toBe('😀');
  });
});
