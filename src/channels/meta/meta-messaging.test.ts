import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, gesprekPartijId, type Session, type TestApp } from '../../test/test-app.ts';
import {
  antwoord,
  antwoordVlakVoorSluiten,
  bericht,
  deliverOnce,
  gesprekOf,
  geweigerd,
  kanaal,
  partijMet,
  startProviderServer,
  TEST_SECRET_KEY,
  type ProviderServer,
} from '../koppelingen/provider-server.test-helpers.ts';
import { metaSignature as sign, postMetaWebhook } from './meta-webhook.test-helpers.ts';

const PAGE_ID = '104213885678901';
const IG_ID = '17841400000000001';
const PSID = '6789012345678901';
const IGSID = '5512345678901234';
const geheimen = (prefix: string) => ({
  appSecret: `${prefix}-app-geheim`,
  accessToken: `${prefix}-pagina-token-geheim`,
  verifyToken: `${prefix}-verify-geheim`,
});
const MESSENGER = geheimen('fb');
const INSTAGRAM = geheimen('ig');

/** A webhook in the documented Messenger Platform shape: entry[].messaging[]. */
const webhook = (object: 'page' | 'instagram', accountId: string, messaging: Record<string, unknown>[]) =>
  JSON.stringify({ object, entry: [{ id: accountId, time: Date.now(), messaging }] });
const from = (sender: string, recipient: string, event: Record<string, unknown>, msAgo = 0) => ({
  sender: { id: sender },
  recipient: { id: recipient },
  timestamp: Date.now() - msAgo,
  ...event,
});

describe('Facebook Messenger and Instagram Direct (Meta webhooks and Send API)', () => {
  let t: TestApp;
  let graph: ProviderServer;
  let beheerder: Session;
  let agent: Session;
  let messengerId: string;
  let instagramId: string;
  let partijId: string;
  let gesprekId: string;
  let sent = 0;

  beforeAll(async () => {
    graph = await startProviderServer(() => ({ status: 200, body: { recipient_id: PSID, message_id: `m_UIT${++sent}` } }));
    t = await createTestApp({ LOKET_SECRET_KEY: TEST_SECRET_KEY, META_GRAPH_URL: graph.url, BOT_ACTIEF: 'false' });
    beheerder = await t.login(['beheerder']);
    agent = await t.login(['kcc']);
    messengerId = await kanaal(t, beheerder.headers, {
      soort: 'messenger',
      naam: 'Facebookpagina',
      instellingen: { pageId: PAGE_ID },
      geheimen: MESSENGER,
    });
    instagramId = await kanaal(t, beheerder.headers, {
      soort: 'instagram',
      naam: 'Instagram',
      instellingen: { accountId: IG_ID },
      geheimen: INSTAGRAM,
    });
    partijId = await partijMet(t, agent.headers, 'overig', PSID);
  });
  afterAll(async () => {
    await t?.close();
    await graph?.close();
  });

  const post = (id: string, body: string, signature: string | null) => postMetaWebhook(t, id, body, signature);
  const toMessenger = (messaging: Record<string, unknown>[]) => {
    const body = webhook('page', PAGE_ID, messaging);
    return post(messengerId, body, sign(body, MESSENGER.appSecret));
  };
  const gesprek = async (id: string) =>
    (await t.app.inject({ method: 'GET', url: `/api/gesprekken/${id}`, headers: agent.headers })).json();

  it('answers the verification handshake of each channel with its own verify token', async () => {
    const ok = await t.app.inject({
      method: 'GET',
      url: `/api/kanalen/${instagramId}/webhook?hub.mode=subscribe&hub.verify_token=${INSTAGRAM.verifyToken}&hub.challenge=42`,
    });
    expect([ok.statusCode, ok.body]).toEqual([200, '42']);
    const crossed = await t.app.inject({
      method: 'GET',
      url: `/api/kanalen/${instagramId}/webhook?hub.mode=subscribe&hub.verify_token=${MESSENGER.verifyToken}&hub.challenge=42`,
    });
    expect(crossed.statusCode).toBe(403);
  });

  it('takes a signed Messenger message onto the partij with that page-scoped id', async () => {
    const response = await toMessenger([from(PSID, PAGE_ID, { message: { mid: 'm_IN1', text: 'Is het zwembad open met Pasen?' } })]);
    expect(response.statusCode).toBe(200);
    gesprekId = await gesprekOf(t, 'm_IN1');
    const view = await gesprek(gesprekId);
    expect(view).toMatchObject({ kanaal: 'messenger', metadata: { kanaalId: messengerId, antwoordAan: PSID } });
    expect(await gesprekPartijId(t.database, gesprekId)).toBe(partijId);
    expect(view.berichten).toEqual([expect.objectContaining({ richting: 'inkomend', inhoud: 'Is het zwembad open met Pasen?' })]);
  });

  it('refuses forged and unsigned requests (also one signed with another channel’s secret) and counts them', async () => {
    const body = webhook('page', PAGE_ID, [from(PSID, PAGE_ID, { message: { mid: 'm_VALS', text: 'vals' } })]);
    expect((await post(messengerId, body, null)).statusCode).toBe(401);
    expect((await post(messengerId, body, sign(body, INSTAGRAM.appSecret))).statusCode).toBe(401);
    expect(
      await t.database.db.selectFrom('inkomend_bericht').select('id').where('kanaal_bericht_id', '=', 'm_VALS').executeTakeFirst(),
    ).toBeUndefined();
    const list = (await t.app.inject({ method: 'GET', url: '/api/kanalen', headers: beheerder.headers })).json().results;
    expect(list.find((k: { id: string }) => k.id === messengerId).geweigerdeVerzoeken.aantal).toBe(2);
    expect(list.find((k: { id: string }) => k.id === instagramId).geweigerdeVerzoeken.aantal).toBe(0);
  });

  it('stores a message delivered twice only once, skips echoes of our own messages and other pages', async () => {
    const again = [from(PSID, PAGE_ID, { message: { mid: 'm_IN1', text: 'Is het zwembad open met Pasen?' } })];
    expect((await toMessenger(again)).statusCode).toBe(200);
    await toMessenger([from(PAGE_ID, PSID, { message: { mid: 'm_ECHO', is_echo: true, text: 'echo' } })]);
    const other = webhook('page', '999', [from(PSID, '999', { message: { mid: 'm_ANDER', text: 'andere pagina' } })]);
    expect((await post(messengerId, other, sign(other, MESSENGER.appSecret))).statusCode).toBe(200);
    expect((await gesprek(gesprekId)).berichten).toHaveLength(1);
    expect(
      await t.database.db.selectFrom('inkomend_bericht').select('id').where('kanaal_bericht_id', 'in', ['m_ECHO', 'm_ANDER']).execute(),
    ).toEqual([]);
  });

  let replyId: string;
  it('sends a reply through the Send API as documented, retrying after a 500', async () => {
    replyId = await antwoord(t, agent.headers, gesprekId, 'Ja, van 10 tot 16 uur.');
    graph.queue({ status: 500, body: { error: { message: 'An unexpected error has occurred.', code: 2 } } });
    await deliverOnce(t);
    expect(await bericht(t, replyId)).toMatchObject({ bezorgstatus: 'wachtrij', pogingen: 1 });
    await deliverOnce(t);
    expect(await bericht(t, replyId)).toMatchObject({ bezorgstatus: 'verzonden', kanaal_bericht_id: `m_UIT${sent}` });
    const request = graph.requests.at(-1)!;
    expect(request).toMatchObject({
      method: 'POST',
      path: `/v21.0/${PAGE_ID}/messages`,
      headers: expect.objectContaining({ authorization: `Bearer ${MESSENGER.accessToken}` }),
    });
    expect(JSON.parse(request.body)).toEqual({
      recipient: { id: PSID },
      messaging_type: 'RESPONSE',
      message: { text: 'Ja, van 10 tot 16 uur.' },
    });
  });

  it('applies delivery receipts (by mid) and read receipts (by watermark)', async () => {
    const mid = (await bericht(t, replyId)).kanaal_bericht_id!;
    await toMessenger([from(PSID, PAGE_ID, { delivery: { mids: [mid], watermark: Date.now() } })]);
    expect((await bericht(t, replyId)).bezorgstatus).toBe('afgeleverd');
    await toMessenger([from(PSID, PAGE_ID, { read: { watermark: Date.now() + 1000 } })]);
    expect((await bericht(t, replyId)).bezorgstatus).toBe('gelezen');
  });

  it('marks a reply mislukt at once when Meta refuses it with a 4xx', async () => {
    const id = await antwoord(t, agent.headers, gesprekId, 'Nog iets?');
    graph.queue({
      status: 400,
      body: { error: { message: '(#551) This person isn’t available right now.', type: 'OAuthException', code: 551 } },
    });
    await deliverOnce(t);
    expect(await bericht(t, id)).toMatchObject({ bezorgstatus: 'mislukt', pogingen: 1, bezorgfout: expect.stringContaining('(551)') });
  });

  it('refuses a Messenger reply outside the 24-hour window, as kanaalgrenzen tells the desktop', async () => {
    await toMessenger([from('7000000000000001', PAGE_ID, { message: { mid: 'm_OUD', text: 'oude vraag' } }, 26 * 3600_000)]);
    const oud = await gesprekOf(t, 'm_OUD');
    const grenzen = (await t.app.inject({ method: 'GET', url: `/api/gesprekken/${oud}/kanaalgrenzen`, headers: agent.headers })).json();
    expect(grenzen).toMatchObject({ kanaal: 'messenger', vensterOpen: false, alleenSjablonen: false, maxLengte: 2000 });
    const calls = graph.requests.length;
    expect(await geweigerd(t, agent.headers, oud, 'Te laat')).toBe('LOKET_KANAALVENSTER_GESLOTEN');
    const id = await antwoordVlakVoorSluiten(t, agent.headers, oud, 'Te laat', 26);
    await deliverOnce(t);
    expect(await bericht(t, id)).toMatchObject({ bezorgstatus: 'mislukt', bezorgfout: expect.stringContaining('24-uursvenster') });
    expect(graph.requests.length).toBe(calls);
    const sjabloon = await t.app.inject({
      method: 'POST',
      url: `/api/gesprekken/${oud}/sjabloon`,
      headers: agent.headers,
      payload: { naam: 'x', taal: 'nl', parameters: [] },
    });
    expect(sjabloon.statusCode).toBe(409);
  });

  it('takes Instagram Direct messages with attachments, replies on the Instagram account and applies read receipts', async () => {
    const body = webhook('instagram', IG_ID, [
      from(IGSID, IG_ID, {
        message: {
          mid: 'ig_IN1',
          text: 'Kijk, een gat in de weg',
          attachments: [{ type: 'image', payload: { url: 'https://lookaside.fbsbx.com/ig_messaging_cdn/?asset_id=1' } }],
        },
      }),
    ]);
    expect((await post(instagramId, body, sign(body, INSTAGRAM.appSecret))).statusCode).toBe(200);
    const id = await gesprekOf(t, 'ig_IN1');
    const view = await gesprek(id);
    expect(view).toMatchObject({ kanaal: 'instagram', metadata: { kanaalId: instagramId, antwoordAan: IGSID } });
    expect(view.berichten[0]).toMatchObject({
      inhoud: 'Kijk, een gat in de weg [afbeelding]',
      metadata: { bijlagen: [{ soort: 'image', url: 'https://lookaside.fbsbx.com/ig_messaging_cdn/?asset_id=1' }] },
    });
    expect(await gesprekPartijId(t.database, id)).toEqual(expect.any(String));

    const reply = await antwoord(t, agent.headers, id, 'Dank u, we komen kijken.');
    await deliverOnce(t);
    const request = graph.requests.at(-1)!;
    expect(request).toMatchObject({
      path: `/v21.0/${IG_ID}/messages`,
      headers: expect.objectContaining({ authorization: `Bearer ${INSTAGRAM.accessToken}` }),
    });
    expect(JSON.parse(request.body)).toMatchObject({ recipient: { id: IGSID }, message: { text: 'Dank u, we komen kijken.' } });
    const mid = (await bericht(t, reply)).kanaal_bericht_id!;
    const read = webhook('instagram', IG_ID, [from(IGSID, IG_ID, { read: { mid } })]);
    await post(instagramId, read, sign(read, INSTAGRAM.appSecret));
    expect((await bericht(t, reply)).bezorgstatus).toBe('gelezen');
  });

  it('never returns a secret', async () => {
    const body = (await t.app.inject({ method: 'GET', url: '/api/kanalen', headers: beheerder.headers })).body;
    for (const secret of [...Object.values(MESSENGER), ...Object.values(INSTAGRAM)]) expect(body).not.toContain(secret);
  });
});
