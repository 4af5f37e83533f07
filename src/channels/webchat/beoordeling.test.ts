import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { publiceerGrofvuilArtikel } from '../../test/kennisbank-fixtures.ts';
import { TestSocket } from '../../test/ws-client.ts';

interface Bericht {
  id: string;
  van: string;
  tekst: string;
  beoordeelbaar: boolean;
  overgedragen: boolean;
}

describe('"was this helpful?" under a bot answer in the chat widget', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ BOT_ACTIEF: 'true' });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    await publiceerGrofvuilArtikel(t);
  });
  afterAll(() => t.close());

  async function chatWithBotAnswer() {
    const session = (await t.app.inject({ method: 'POST', url: '/api/webchat/sessies', payload: {} })).json() as { token: string };
    const socket = await TestSocket.open(`ws://127.0.0.1:${(t.app.server.address() as AddressInfo).port}/api/webchat/ws`);
    socket.send({ type: 'aanmelden', token: session.token });
    await socket.next((f) => f.type === 'aangemeld');
    socket.send({ type: 'bericht', clientId: 'v1', tekst: 'Hoe laat ik grofvuil ophalen, een oude matras?' });
    const frame = await socket.next((f) => f.type === 'bericht' && (f.bericht as Bericht).van === 'gemeente', 15_000);
    socket.close();
    return { token: session.token, answer: frame.bericht as Bericht };
  }
  const rate = (token: string, id: string, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: `/api/webchat/berichten/${id}/beoordeling`, headers: { 'x-chat-token': token }, payload });

  it('stores one verdict per answer, and a "no" appears in the redacteuren’s coaching list', async () => {
    const { token, answer } = await chatWithBotAnswer();
    expect(answer.beoordeelbaar, answer.tekst).toBe(true);
    const first = await rate(token, answer.id, { nuttig: false });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toEqual({ nuttig: false });
    const again = await rate(token, answer.id, { nuttig: true });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ nuttig: false }); // the first verdict stands
    const rows = await t.database.db
      .selectFrom('bot_feedback')
      .select(['nuttig', 'artikel_id'])
      .where('bericht_id', '=', answer.id)
      .execute();
    expect(rows).toEqual([{ nuttig: false, artikel_id: 'grofvuil' }]);

    const redacteur = await t.login(['redacteur']);
    const coaching = (await t.app.inject({ method: 'GET', url: '/api/bot/coaching', headers: redacteur.headers })).json() as {
      clusters: { questions: { text: string }[] }[];
    };
    expect(coaching.clusters.flatMap((c) => c.questions.map((q) => q.text)).some((text) => text.includes('grofvuil'))).toBe(true);

    const history = (await t.app.inject({ method: 'GET', url: '/api/webchat/berichten', headers: { 'x-chat-token': token } })).json() as {
      berichten: Bericht[];
    };
    // Rated: after a reload the widget shows no buttons under it again.
    expect(history.berichten.map((b) => b.beoordeelbaar)).toEqual([false, false]);
    expect(history.berichten.map((b) => b.overgedragen)).toEqual([false, false]);
  });

  it('keeps asking after a reload for an answer not yet rated, with the question in buttons only, not in the answer text', async () => {
    const { token, answer } = await chatWithBotAnswer();
    expect(answer.tekst).not.toContain('Was dit antwoord nuttig?');
    expect(answer.tekst).toContain("Typ 'medewerker' als u liever iemand spreekt.");
    const reload = async () =>
      (
        (await t.app.inject({ method: 'GET', url: '/api/webchat/berichten', headers: { 'x-chat-token': token } })).json() as {
          berichten: Bericht[];
        }
      ).berichten.find((b) => b.id === answer.id);
    expect(await reload()).toMatchObject({ beoordeelbaar: true });
    expect((await rate(token, answer.id, { nuttig: true })).statusCode).toBe(201);
    expect(await reload()).toMatchObject({ beoordeelbaar: false });
  });

  it('marks the bot’s handover, so the widget can offer the offline choices when nobody is there', async () => {
    const session = (await t.app.inject({ method: 'POST', url: '/api/webchat/sessies', payload: {} })).json() as { token: string };
    const socket = await TestSocket.open(`ws://127.0.0.1:${(t.app.server.address() as AddressInfo).port}/api/webchat/ws`);
    socket.send({ type: 'aanmelden', token: session.token });
    await socket.next((f) => f.type === 'aangemeld');
    socket.send({ type: 'bericht', clientId: 'm1', tekst: 'medewerker' });
    const frame = await socket.next((f) => f.type === 'bericht' && (f.bericht as Bericht).van === 'gemeente', 15_000);
    socket.close();
    const handover = frame.bericht as Bericht;
    expect(handover).toMatchObject({ overgedragen: true, beoordeelbaar: false });
    expect(handover.tekst).toContain('geen medewerker beschikbaar');
    expect((await rate(session.token, handover.id, { nuttig: false })).json().error.code).toBe('LOKET_BOTANTWOORD_ONBEKEND');
  });

  it('refuses another chat’s answer, a citizen’s own message and bad input with a coded error', async () => {
    const { answer } = await chatWithBotAnswer();
    const other = (await t.app.inject({ method: 'POST', url: '/api/webchat/sessies', payload: {} })).json() as { token: string };
    const foreign = await rate(other.token, answer.id, { nuttig: false });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.code).toBe('LOKET_BOTANTWOORD_ONBEKEND');
    expect((await rate('onbekend-token-123', answer.id, { nuttig: false })).json().error.code).toBe('LOKET_CHAT_SESSIE_ONBEKEND');
    const bad = await rate(other.token, 'geen-uuid', { nuttig: 'nee' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(/id|nuttig/);
    const count = await t.database.db
      .selectFrom('bot_feedback')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('bericht_id', '=', answer.id)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });
});
