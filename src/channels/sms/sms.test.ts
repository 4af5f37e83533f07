import { createHash, createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, gesprekPartijId, type Session, type TestApp } from '../../test/test-app.ts';
import {
  antwoord,
  bericht,
  deliverOnce,
  kanaal,
  partijMet,
  startProviderServer,
  type ProviderServer,
  TEST_SECRET_KEY,
} from '../koppelingen/provider-server.test-helpers.ts';

const ACCOUNT_SID = 'AC0123456789abcdef0123456789abcdef';
const AUTH_TOKEN = 'twilio-auth-token-geheim-123';
const TWILIO_NUMMER = '+3197010000001';
const WORKSPACE = 'b9a7e2c1-0000-4000-8000-000000000001';
const CHANNEL = 'c3d4e5f6-0000-4000-8000-000000000002';
const ACCESS_KEY = 'bird-access-key-geheim';
const SIGNING_KEY = 'bird-signing-key-geheim';
const CITIZEN = '+31612345678';

describe('SMS through Twilio and Bird', () => {
  let t: TestApp;
  let api: ProviderServer;
  let beheerder: Session;
  let agent: Session;
  let twilioId: string;
  let birdId: string;
  let partijId: string;
  let sent = 0;

  beforeAll(async () => {
    api = await startProviderServer((request) =>
      request.path.startsWith('/2010-04-01/')
        ? { status: 201, body: { sid: `SMUIT${++sent}`, status: 'queued' } }
        : { status: 202, body: { id: `bird-uit-${++sent}`, status: 'accepted' } },
    );
    t = await createTestApp({
      LOKET_SECRET_KEY: TEST_SECRET_KEY,
      TWILIO_API_URL: api.url,
      BIRD_API_URL: api.url,
      BOT_ACTIEF: 'false',
      PUBLIC_URL: 'https://loket.gemeente.test',
    });
    beheerder = await t.login(['beheerder']);
    agent = await t.login(['kcc']);
    twilioId = await kanaal(t, beheerder.headers, {
      soort: 'sms-twilio',
      naam: 'SMS (Twilio)',
      instellingen: { accountSid: ACCOUNT_SID, nummer: TWILIO_NUMMER },
      geheimen: { authToken: AUTH_TOKEN },
    });
    birdId = await kanaal(t, beheerder.headers, {
      soort: 'sms-bird',
      naam: 'SMS (Bird)',
      instellingen: { workspaceId: WORKSPACE, channelId: CHANNEL },
      geheimen: { accessKey: ACCESS_KEY, signingKey: SIGNING_KEY },
    });
    partijId = await partijMet(t, agent.headers, 'telefoonnummer', '06 12345678');
  });
  afterAll(async () => {
    await t?.close();
    await api?.close();
  });

  const gesprek = async (id: string) =>
    (await t.app.inject({ method: 'GET', url: `/api/gesprekken/${id}`, headers: agent.headers })).json();
  const gesprekOf = async (kanaalBerichtId: string) =>
    (
      await t.database.db
        .selectFrom('inkomend_bericht')
        .select('gesprek_id')
        .where('kanaal_bericht_id', '=', kanaalBerichtId)
        .executeTakeFirstOrThrow()
    ).gesprek_id!;

  describe('Twilio', () => {
    const url = () => `https://loket.gemeente.test/api/kanalen/${twilioId}/webhook`;
    /** Twilio's documented scheme, written out here independently of the code under test. */
    const sign = (params: Record<string, string>, token = AUTH_TOKEN) =>
      createHmac('sha1', token)
        .update(
          url() +
            Object.keys(params)
              .sort()
              .map((k) => k + params[k])
              .join(''),
        )
        .digest('base64');
    const post = (params: Record<string, string>, signature: string | null = sign(params)) =>
      t.app.inject({
        method: 'POST',
        url: `/api/kanalen/${twilioId}/webhook`,
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...(signature ? { 'x-twilio-signature': signature } : {}) },
        payload: new URLSearchParams(params).toString(),
      });
    const inbound = (sid: string, body: string) => ({
      ToCountry: 'NL',
      SmsMessageSid: sid,
      NumMedia: '0',
      SmsSid: sid,
      SmsStatus: 'received',
      Body: body,
      To: TWILIO_NUMMER,
      NumSegments: '1',
      MessageSid: sid,
      AccountSid: ACCOUNT_SID,
      From: CITIZEN,
      ApiVersion: '2010-04-01',
    });
    let gesprekId: string;
    let replyId: string;

    it('takes a signed, form-encoded SMS onto the partij with that number and answers with empty TwiML', async () => {
      const response = await post(inbound('SM0001', 'Mijn container is niet geleegd'));
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/xml/);
      expect(response.body).toContain('<Response></Response>');
      gesprekId = await gesprekOf('SM0001');
      expect(await gesprek(gesprekId)).toMatchObject({
        kanaal: 'sms',
        metadata: { kanaalId: twilioId, antwoordAan: CITIZEN },
        berichten: [expect.objectContaining({ inhoud: 'Mijn container is niet geleegd' })],
      });
      expect(await gesprekPartijId(t.database, gesprekId)).toBe(partijId);
    });

    it('refuses forged and unsigned requests, and stores a redelivered MessageSid once', async () => {
      const forged = inbound('SM0666', 'vals');
      expect((await post(forged, sign(forged, 'geraden-token'))).statusCode).toBe(401);
      expect((await post(forged, null)).statusCode).toBe(401);
      expect((await post({ ...forged, Body: 'anders' }, sign(forged))).statusCode).toBe(401);
      const view = (await t.app.inject({ method: 'GET', url: `/api/kanalen/${twilioId}`, headers: beheerder.headers })).json();
      expect(view.geweigerdeVerzoeken.aantal).toBe(3);
      expect((await post(inbound('SM0001', 'Mijn container is niet geleegd'))).statusCode).toBe(200);
      expect((await gesprek(gesprekId)).berichten).toHaveLength(1);
    });

    it('sends a reply through the Messages API as documented, retrying after a 500', async () => {
      replyId = await antwoord(t, agent.headers, gesprekId, 'We komen morgen langs.');
      api.queue({ status: 500, body: { code: 20500, message: 'Internal Server Error', status: 500 } });
      await deliverOnce(t);
      expect(await bericht(t, replyId)).toMatchObject({ bezorgstatus: 'wachtrij', pogingen: 1 });
      await deliverOnce(t);
      expect(await bericht(t, replyId)).toMatchObject({ bezorgstatus: 'verzonden', kanaal_bericht_id: `SMUIT${sent}` });
      const request = api.requests.at(-1)!;
      expect(request).toMatchObject({ method: 'POST', path: `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json` });
      expect(request.headers.authorization).toBe(`Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString('base64')}`);
      expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded');
      expect(Object.fromEntries(new URLSearchParams(request.body))).toEqual({
        To: CITIZEN,
        From: TWILIO_NUMMER,
        Body: 'We komen morgen langs.',
        StatusCallback: url(),
      });
    });

    it('applies status callbacks: delivered, and undelivered with the error code', async () => {
      const sid = (await bericht(t, replyId)).kanaal_bericht_id!;
      const callback = (status: string, extra: Record<string, string> = {}) => ({
        SmsSid: sid,
        SmsStatus: status,
        MessageStatus: status,
        To: CITIZEN,
        MessageSid: sid,
        AccountSid: ACCOUNT_SID,
        From: TWILIO_NUMMER,
        ApiVersion: '2010-04-01',
        ...extra,
      });
      await post(callback('sent'));
      await post(callback('delivered'));
      expect((await bericht(t, replyId)).bezorgstatus).toBe('afgeleverd');

      const second = await antwoord(t, agent.headers, gesprekId, 'Is het gelukt?');
      await deliverOnce(t);
      const sid2 = (await bericht(t, second)).kanaal_bericht_id!;
      await post({ ...callback('undelivered', { ErrorCode: '30003' }), SmsSid: sid2, MessageSid: sid2 });
      expect(await bericht(t, second)).toMatchObject({ bezorgstatus: 'mislukt', bezorgfout: '30003' });
    });

    it('marks a reply mislukt at once on a 4xx from Twilio', async () => {
      const id = await antwoord(t, agent.headers, gesprekId, 'Hallo');
      api.queue({
        status: 400,
        body: {
          code: 21211,
          message: "The 'To' number +31612345678 is not a valid phone number.",
          more_info: 'https://www.twilio.com/docs/errors/21211',
          status: 400,
        },
      });
      await deliverOnce(t);
      expect(await bericht(t, id)).toMatchObject({ bezorgstatus: 'mislukt', pogingen: 1, bezorgfout: expect.stringContaining('(21211)') });
    });
  });

  describe('Bird', () => {
    const url = () => `https://loket.gemeente.test/api/kanalen/${birdId}/webhook`;
    const now = () => String(Math.floor(Date.now() / 1000));
    /** Bird's documented scheme: HMAC-SHA256 over "timestamp\nurl\n" + the body's SHA-256 bytes. */
    const sign = (timestamp: string, body: string, key = SIGNING_KEY) =>
      createHmac('sha256', key)
        .update(Buffer.concat([Buffer.from(`${timestamp}\n${url()}\n`), createHash('sha256').update(body).digest()]))
        .digest('base64');
    const post = (body: string, timestamp = now(), signature: string | null = sign(timestamp, body)) =>
      t.app.inject({
        method: 'POST',
        url: `/api/kanalen/${birdId}/webhook`,
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
      gesprekId = await gesprekOf('0b5f-in-1');
      expect(await gesprek(gesprekId)).toMatchObject({
        kanaal: 'sms',
        metadata: { kanaalId: birdId },
        berichten: [expect.objectContaining({ inhoud: 'Wanneer is het stadhuis open?' })],
      });
      expect(await gesprekPartijId(t.database, gesprekId)).toBe(partijId);
      expect((await post(inbound('0b5f-in-2', 'En op zaterdag?', CITIZEN))).statusCode).toBe(200);
      expect(await gesprekOf('0b5f-in-2')).toBe(gesprekId);
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
        await t.database.db.selectFrom('inkomend_bericht').select('id').where('kanaal_bericht_id', '=', '0b5f-vals').executeTakeFirst(),
      ).toBeUndefined();
      expect(
        (await t.app.inject({ method: 'GET', url: `/api/kanalen/${birdId}`, headers: beheerder.headers })).json().geweigerdeVerzoeken
          .aantal,
      ).toBe(3);

      const replay = inbound('0b5f-in-1', 'Wanneer is het stadhuis open?', CITIZEN);
      const ts = now();
      expect((await post(replay, ts, sign(ts, replay))).statusCode).toBe(200);
      expect((await post(replay, ts, sign(ts, replay))).statusCode).toBe(200);
      expect((await gesprek(gesprekId)).berichten).toHaveLength(2);
    });

    it('sends a reply through the Channels API as documented, retrying after a 500, on the gesprek’s own connection', async () => {
      replyId = await antwoord(t, agent.headers, gesprekId, 'Van 9 tot 17 uur; zaterdag niet.');
      api.queue({ status: 503, body: { code: 'ServiceUnavailable', message: 'try again' } });
      await deliverOnce(t);
      expect(await bericht(t, replyId)).toMatchObject({ bezorgstatus: 'wachtrij', pogingen: 1 });
      await deliverOnce(t);
      expect(await bericht(t, replyId)).toMatchObject({ bezorgstatus: 'verzonden', kanaal_bericht_id: `bird-uit-${sent}` });
      const request = api.requests.at(-1)!;
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
      const id = (await bericht(t, replyId)).kanaal_bericht_id!;
      await post(event('sms.outbound', { id, status: 'delivered' }));
      expect((await bericht(t, replyId)).bezorgstatus).toBe('afgeleverd');
      const second = await antwoord(t, agent.headers, gesprekId, 'Nog iets?');
      await deliverOnce(t);
      const id2 = (await bericht(t, second)).kanaal_bericht_id!;
      await post(
        event('sms.outbound', {
          id: id2,
          status: 'delivery_failed',
          failure: { code: 'unreachable', description: 'Subscriber unreachable' },
        }),
      );
      expect(await bericht(t, second)).toMatchObject({ bezorgstatus: 'mislukt', bezorgfout: 'Subscriber unreachable' });
    });

    it('marks a reply mislukt at once on a 4xx from Bird', async () => {
      const id = await antwoord(t, agent.headers, gesprekId, 'Hallo');
      api.queue({ status: 422, body: { code: 'InvalidPayload', message: 'receiver is not a valid phone number' } });
      await deliverOnce(t);
      expect(await bericht(t, id)).toMatchObject({
        bezorgstatus: 'mislukt',
        pogingen: 1,
        bezorgfout: expect.stringContaining('InvalidPayload'),
      });
    });
  });

  it('never returns a secret', async () => {
    const responses = [
      await t.app.inject({ method: 'GET', url: '/api/kanalen', headers: beheerder.headers }),
      await t.app.inject({
        method: 'PATCH',
        url: `/api/kanalen/${birdId}`,
        headers: beheerder.headers,
        payload: { geheimen: { accessKey: 'nieuwe-bird-key-geheim' } },
      }),
    ];
    for (const response of responses)
      for (const secret of [AUTH_TOKEN, ACCESS_KEY, SIGNING_KEY, 'nieuwe-bird-key-geheim']) expect(response.body).not.toContain(secret);
    expect(responses[1]!.json().geheimen).toEqual({ accessKey: { ingesteld: true }, signingKey: { ingesteld: true } });
  });
});
