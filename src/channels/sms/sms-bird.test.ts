import { createHash, createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gesprekPartijId } from '../../test/test-app.ts';
import { antwoord, bericht, deliverOnce } from '../koppelingen/provider-server.test-helpers.ts';
import { ACCESS_KEY, CHANNEL, CITIZEN, SIGNING_KEY, startSmsChannels, WORKSPACE, type SmsChannels } from './sms.test-helpers.ts';

describe('SMS through Bird', () => {
  let c: SmsChannels;
  beforeAll(async () => {
    c = await startSmsChannels();
  }, 120_000);
  afterAll(async () => {
    await c?.close();
  });

  const url = () => `https://loket.gemeente.test/api/kanalen/${c.birdId}/webhook`;
  const now = () => String(Math.floor(Date.now() / 1000));
  /** Bird's documented scheme: HMAC-SHA256 over "timestamp\nurl\n" + the body's SHA-256 bytes. */
  const sign = (timestamp: string, body: string, key = SIGNING_KEY) =>
    createHmac('sha256', key)
      .update(Buffer.concat([Buffer.from(`${timestamp}\n${url()}\n`), createHash('sha256').update(body).digest()]))
      .digest('base64');
  const post = (body: string, timestamp = now(), signature: string | null = sign(timestamp, body)) =>
    c.t.app.inject({
      method: 'POST',
      url: `/api/kanalen/${c.birdId}/webhook`,
      headers: {
        'content-type': 'application/json',
        'messagebird-request-timestamp': timestamp,
        ...(signature ? { 'messagebird-signature': signature } : {}),
      },
      payload: body,
    });
  const event = (name: string, payload: Record<string, unknown>) =>
    JSON.stringify({ service: 'channels', event: name, payload: { channelId: CHANNEL, ...payload } });
  const inbound = (id: string, text: string, from = '+31687654321') =>
    event('sms.inbound', {
      id,
      sender: { contact: { identifierKey: 'phonenumber', identifierValue: from } },
      receiver: { connector: { identifierValue: '+3197010000002' } },
      body: { type: 'text', text: { text } },
      status: 'delivered',
      direction: 'incoming',
      createdAt: new Date().toISOString(),
    });
  let gesprekId: string;
  let replyId: string;

  it('takes a signed sms.inbound event, threaded by the sender’s number', async () => {
    expect((await post(inbound('0b5f-in-1', 'Wanneer is het stadhuis open?', CITIZEN))).statusCode).toBe(200);
    gesprekId = await c.gesprekOf('0b5f-in-1');
    expect(await c.gesprek(gesprekId)).toMatchObject({
      kanaal: 'sms',
      metadata: { kanaalId: c.birdId },
      berichten: [expect.objectContaining({ inhoud: 'Wanneer is het stadhuis open?' })],
    });
    expect(await gesprekPartijId(c.t.database, gesprekId)).toBe(c.partijId);
    expect((await post(inbound('0b5f-in-2', 'En op zaterdag?', CITIZEN))).statusCode).toBe(200);
    expect(await c.gesprekOf('0b5f-in-2')).toBe(gesprekId);
  });

  it('refuses forged, unsigned and stale requests, and stores a replayed one once', async () => {
    const body = inbound('0b5f-vals', 'vals');
    expect((await post(body, now(), sign(now(), body, 'geraden'))).statusCode).toBe(401);
    expect((await post(body, now(), null)).statusCode).toBe(401);
    const stale = String(Math.floor(Date.now() / 1000) - 600);
    const old = await post(body, stale, sign(stale, body));
    expect(old.statusCode).toBe(401);
    expect(old.json().error.code).toBe('LOKET_VERZOEK_VERLOPEN');
    expect(
      await c.t.database.db.selectFrom('inkomend_bericht').select('id').where('kanaal_bericht_id', '=', '0b5f-vals').executeTakeFirst(),
    ).toBeUndefined();
    expect(
      (await c.t.app.inject({ method: 'GET', url: `/api/kanalen/${c.birdId}`, headers: c.beheerder.headers })).json().geweigerdeVerzoeken
        .aantal,
    ).toBe(3);

    const replay = inbound('0b5f-in-1', 'Wanneer is het stadhuis open?', CITIZEN);
    const ts = now();
    expect((await post(replay, ts, sign(ts, replay))).statusCode).toBe(200);
    expect((await post(replay, ts, sign(ts, replay))).statusCode).toBe(200);
    expect((await c.gesprek(gesprekId)).berichten).toHaveLength(2);
  });

  it('sends a reply through the Channels API as documented, retrying after a 500, on the gesprek’s own connection', async () => {
    replyId = await antwoord(c.t, c.agent.headers, gesprekId, 'Van 9 tot 17 uur; zaterdag niet.');
    c.api.queue({ status: 503, body: { code: 'ServiceUnavailable', message: 'try again' } });
    await deliverOnce(c.t);
    expect(await bericht(c.t, replyId)).toMatchObject({ bezorgstatus: 'wachtrij', pogingen: 1 });
    await deliverOnce(c.t);
    expect(await bericht(c.t, replyId)).toMatchObject({ bezorgstatus: 'verzonden', kanaal_bericht_id: `bird-uit-${c.sent()}` });
    const request = c.api.requests.at(-1)!;
    expect(request).toMatchObject({
      method: 'POST',
      path: `/workspaces/${WORKSPACE}/channels/${CHANNEL}/messages`,
      headers: expect.objectContaining({ authorization: `AccessKey ${ACCESS_KEY}` }),
    });
    expect(JSON.parse(request.body)).toEqual({
      receiver: { contacts: [{ identifierKey: 'phonenumber', identifierValue: CITIZEN }] },
      body: { type: 'text', text: { text: 'Van 9 tot 17 uur; zaterdag niet.' } },
    });
  });

  it('applies sms.outbound status events, with the failure reason', async () => {
    const id = (await bericht(c.t, replyId)).kanaal_bericht_id!;
    await post(event('sms.outbound', { id, status: 'delivered' }));
    expect((await bericht(c.t, replyId)).bezorgstatus).toBe('afgeleverd');
    const second = await antwoord(c.t, c.agent.headers, gesprekId, 'Nog iets?');
    await deliverOnce(c.t);
    const id2 = (await bericht(c.t, second)).kanaal_bericht_id!;
    await post(
      event('sms.outbound', {
        id: id2,
        status: 'delivery_failed',
        failure: { code: 'unreachable', description: 'Subscriber unreachable' },
      }),
    );
    expect(await bericht(c.t, second)).toMatchObject({ bezorgstatus: 'mislukt', bezorgfout: 'Subscriber unreachable' });
  });

  it('marks a reply mislukt at once on a 4xx from Bird', async () => {
    const id = await antwoord(c.t, c.agent.headers, gesprekId, 'Hallo');
    c.api.queue({ status: 422, body: { code: 'InvalidPayload', message: 'receiver is not a valid phone number' } });
    await deliverOnce(c.t);
    expect(await bericht(c.t, id)).toMatchObject({
      bezorgstatus: 'mislukt',
      pogingen: 1,
      bezorgfout: expect.stringContaining('InvalidPayload'),
    });
  });
});
