import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ANSWER_THRESHOLD } from '../../knowledge/matching/matcher.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { publiceerGrofvuilArtikel } from '../../test/kennisbank-fixtures.ts';
import { TestSocket } from '../../test/ws-client.ts';

interface Bericht {
  id: string;
  van: string;
  tekst: string;
  bron?: { artikelId: string; titel: string; url: string | null; zekerheid: number };
}

describe('why the bot answered: the article and how sure, for the citizen and the agent', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ BOT_ACTIEF: 'true', KENNISBANK_ARTIKEL_URL: 'https://www.lindendaal.example/onderwerpen/{id}' });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    await publiceerGrofvuilArtikel(t);
  });
  afterAll(() => t.close());

  it('sends the article title, its link on the website and the confidence with the answer, and again after a reload', async () => {
    const session = (await t.app.inject({ method: 'POST', url: '/api/webchat/sessies', payload: {} })).json() as { token: string };
    const socket = await TestSocket.open(`ws://127.0.0.1:${(t.app.server.address() as AddressInfo).port}/api/webchat/ws`);
    socket.send({ type: 'aanmelden', token: session.token });
    await socket.next((f) => f.type === 'aangemeld');
    socket.send({ type: 'bericht', clientId: 'v1', tekst: 'Hoe laat ik grofvuil ophalen, een oude matras?' });
    const frame = await socket.next((f) => f.type === 'bericht' && (f.bericht as Bericht).van === 'gemeente', 15_000);
    socket.close();
    const answer = frame.bericht as Bericht;
    expect(answer.bron, answer.tekst).toMatchObject({
      artikelId: 'grofvuil',
      titel: 'Grofvuil laten ophalen',
      url: 'https://www.lindendaal.example/onderwerpen/grofvuil',
    });
    expect(answer.bron?.zekerheid).toBeGreaterThanOrEqual(Math.floor(DEFAULT_ANSWER_THRESHOLD * 1000) / 1000);

    const history = await t.app.inject({ method: 'GET', url: '/api/webchat/berichten', headers: { 'x-chat-token': session.token } });
    const berichten = history.json().berichten as Bericht[];
    expect(berichten.find((b) => b.van === 'inwoner')?.bron).toBeUndefined();
    expect(berichten.find((b) => b.id === answer.id)?.bron).toEqual(answer.bron);

    // The agent's desktop reads the same from the bericht's metadata.
    const kcc = await t.login(['kcc']);
    const gesprekken = await t.database.db.selectFrom('bericht').select('gesprek_id').where('id', '=', answer.id).executeTakeFirstOrThrow();
    const gesprek = await t.app.inject({ method: 'GET', url: `/api/gesprekken/${gesprekken.gesprek_id}`, headers: kcc.headers });
    expect(gesprek.statusCode, gesprek.body).toBe(200);
    const bericht = (gesprek.json().berichten as { id: string; metadata: { bot?: Record<string, unknown> } | null }[]).find(
      (b) => b.id === answer.id,
    );
    expect(bericht?.metadata?.bot).toMatchObject({
      articleId: 'grofvuil',
      articleTitle: 'Grofvuil laten ophalen',
      confidence: answer.bron?.zekerheid,
    });
  });
});
